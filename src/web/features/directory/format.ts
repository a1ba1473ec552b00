import { currentLanguage } from '../../i18n';
import type { KindLabel } from './types';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'de-DE');

export function kindLabel(kind: KindLabel): string {
  return currentLanguage() === 'en' ? kind.labelEn : kind.labelDe;
}

/** A language's name from its ISO code, in the chosen language (no list of names to keep). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The name of an ISO weekday (1 = Monday). */
export function weekdayName(day: number): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, day));
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

export function formatKm(distanceKm: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: distanceKm < 10 ? 1 : 0 }).format(
    distanceKm,
  );
}

/** A date without time (YYYY-MM-DD), shown as such: no time zone shift. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

/** Languages partners commonly offer in Musterstadt and NRW; the filter lists these. */
export const filterLanguages = [
  'de',
  'en',
  'tr',
  'ar',
  'ru',
  'pl',
  'uk',
  'fa',
  'ku',
  'ro',
  'bg',
  'fr',
  'es',
  'it',
  'el',
];
