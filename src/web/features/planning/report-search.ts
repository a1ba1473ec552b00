import { planningSearch } from './planning-search';

/** The report page's search parameters: the municipality and the report year (2001–2100, else ignored). */
export function reportSearch(search: Record<string, unknown>): { municipality?: string; year?: number } {
  const year = Number(search.year);
  return {
    ...planningSearch(search),
    year: Number.isInteger(year) && year >= 2001 && year <= 2100 ? year : undefined,
  };
}
