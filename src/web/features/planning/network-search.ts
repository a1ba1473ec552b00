import { planningSearch } from './planning-search';

export interface NetworkSearch {
  municipality?: string | undefined;
  at?: string | undefined;
  district?: string | undefined;
  kind?: string | undefined;
  /** "1": also draw partners without any link. */
  unlinked?: '1' | undefined;
}

const text = (value: unknown, pattern: RegExp) =>
  typeof value === 'string' && pattern.test(value) ? value : undefined;

/** The network page's search parameters: the planning ones plus day, district, kind and the unlinked toggle. */
export function networkSearch(search: Record<string, unknown>): NetworkSearch {
  return {
    ...planningSearch(search),
    at: text(search.at, /^\d{4}-\d{2}-\d{2}$/),
    district: text(search.district, /^[0-9a-f-]{36}$/i),
    kind: text(search.kind, /^[a-z0-9_]{1,100}$/),
    unlinked: search.unlinked === '1' || search.unlinked === 1 ? '1' : undefined,
  };
}
