import { DateTime } from 'luxon';
import { currentLanguage } from '../i18n';

/** Hours, months: as the cooperation, capacity and pool pages show them, in the reader's language. */
const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'de-DE');

/** Hours with the language's decimal sign (3,5 in German, 3.5 in English); "–" when unknown. */
export function formatHours(hours: number | null): string {
  return hours === null ? '–' : new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(hours);
}

/** "2027-01" as "Januar 2027". */
export const formatMonth = (month: string) =>
  DateTime.fromISO(`${month}-01`, { zone: 'utc' })
    .setLocale(locale())
    .toLocaleString({ month: 'long', year: 'numeric' });

/** Sums of hours in tenths, so that 0.1 + 0.2 is 0.3. */
export function sumHours(values: readonly number[]): number {
  return values.reduce((total, v) => total + Math.round(v * 10), 0) / 10;
}
