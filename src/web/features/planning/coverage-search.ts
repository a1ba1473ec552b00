import { planningSearch } from './planning-search';

/** The current calendar year in Berlin. */
export function currentYear(): number {
  return Number(
    new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Berlin' }).format(new Date()),
  );
}

/** The `year` search parameter of the coverage and state pages: 2000–2100, else none (the current year). */
export function yearSearch(value: unknown): number | undefined {
  const year = Number(value);
  return value !== undefined && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

/** The years offered in the year choice: this one and the four before (data before that is rare). */
export function yearChoices(): string[] {
  const now = currentYear();
  return [0, 1, 2, 3, 4].map((n) => String(now - n));
}

/** /planung: the municipality (planningSearch) and the year. */
export function overviewSearch(search: Record<string, unknown>): { municipality?: string; year?: number } {
  return { ...planningSearch(search), year: yearSearch(search.year) };
}

/** /planung/land: the year and, for instance admins, the state (two capital letters). */
export function stateSearch(search: Record<string, unknown>): { state?: string; year?: number } {
  const state =
    typeof search.state === 'string' && /^[A-Z]{2}$/.test(search.state) ? search.state : undefined;
  return { state, year: yearSearch(search.year) };
}
