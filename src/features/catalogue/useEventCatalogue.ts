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
    for (const item of data?.items ?? []) {
      const key = item.name.toLowerCase();
      if (!byName.has(key)) byName.set(key, item);
    }
    return (name: unknown) => (typeof name === 'string' ? byName.get(name.toLowerCase()) : undefined);
  }, [data]);
}

export function catalogueLink(name: string): string {
  return `/event-types?q=${encodeURIComponent(name)}`;
}
