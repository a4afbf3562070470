import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { eventTypesQuery } from '../../api/eventTypes';
import type { EventType } from '../../api/schemas/eventTypes';

export type DescribeEvent = (name: unknown) => EventType | undefined;

/** Looks up an event name (case-insensitively) in the catalogue; undefined until it has loaded. */
export function useEventCatalogue(enabled = true): DescribeEvent {
  const { data } = useQuery({ ...eventTypesQuery, enabled });
  return useMemo(() => {
    const byName = new Map<string, EventType>();
    // an Ardexa action named like several (update, create, …) is described by its controller, which
    // the name alone does not give: better no hover text than the wrong one
    const ambiguous = new Set<string>();
    for (const item of data?.items ?? []) {
      const key = item.name.toLowerCase();
      const first = byName.get(key);
      if (!first) byName.set(key, item);
      else if (first.source === item.source && first.description !== item.description) ambiguous.add(key);
    }
    for (const key of ambiguous) byName.delete(key);
    return (name: unknown) => (typeof name === 'string' ? byName.get(name.toLowerCase()) : undefined);
  }, [data]);
}

export function catalogueLink(name: string): string {
  return `/event-types?q=${encodeURIComponent(name)}`;
}
