import { eventSources, type EventType } from '../../api/schemas/eventTypes';

export type EventSource = EventType['source'];

export interface CatalogueFilter {
  q: string;
  source: EventSource | null;
  category: string | null;
}

/** The filter as the page's URL holds it; an unknown source is dropped with a notice saying so. */
export function readCatalogueFilter(params: URLSearchParams): {
  filter: CatalogueFilter;
  notice: string | null;
} {
  const rawSource = params.get('source');
  const source = eventSources.find((s) => s === rawSource) ?? null;
  const notice =
    rawSource !== null && source === null
      ? `“${rawSource}” in the link is not a source of event types; showing every source.`
      : null;
  return { filter: { q: params.get('q') ?? '', source, category: params.get('category') || null }, notice };
}

export function writeCatalogueFilter(filter: CatalogueFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.source) params.set('source', filter.source);
  if (filter.category) params.set('category', filter.category);
  return params;
}

/** The categories of a source (of every source when none is chosen), in catalogue order. */
export function categoriesOf(items: readonly EventType[], source: EventSource | null): string[] {
  return [...new Set(items.filter((e) => !source || e.source === source).map((e) => e.category))];
}

export function filterCatalogue(items: readonly EventType[], filter: CatalogueFilter): EventType[] {
  const needle = filter.q.trim().toLowerCase();
  return items.filter(
    (e) =>
      (!filter.source || e.source === filter.source) &&
      (!filter.category || e.category === filter.category) &&
      (!needle ||
        [e.name, e.description, e.category, e.source, e.code === null ? '' : String(e.code)].some((v) =>
          v.toLowerCase().includes(needle),
        )),
  );
}
