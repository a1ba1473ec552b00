import { DateTime } from 'luxon';

/**
 * Calendar dates of the certification cycle, as "YYYY-MM-DD" strings. A calendar date has no time of day, so
 * UTC arithmetic gives the Berlin dates; only "today" needs the zone.
 */
const ZONE = 'Europe/Berlin';

export function todayInBerlin(now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate() ?? '';
}

export function addMonths(isoDate: string, months: number): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ months }).toISODate() ?? isoDate;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** Whole days from `from` to `to` (negative when `to` lies before). */
export function daysBetween(from: string, to: string): number {
  const a = DateTime.fromISO(from, { zone: 'utc' });
  const b = DateTime.fromISO(to, { zone: 'utc' });
  return Math.round(b.diff(a, 'days').days);
}

/** "2027-03-31" → "31.03.2027", as a German letter writes it. */
export function germanDate(isoDate: string): string {
  return isoDate.split('-').reverse().join('.');
}

/** A certificate is valid four years (domain.md §8) unless it says otherwise. */
export const VALIDITY_YEARS = 4;

/** The defaults of a new cycle: valid four years; the review period is the calendar year before it ends. */
export function defaultValidUntil(certifiedOn: string): string {
  return addMonths(certifiedOn, VALIDITY_YEARS * 12);
}

export function defaultReviewYear(certifiedOn: string, validUntil: string): number {
  // A short cycle (a corrected date) must not get a review year before its certification.
  return Math.max(yearOf(certifiedOn), yearOf(validUntil) - 1);
}
