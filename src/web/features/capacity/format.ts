import { DateTime } from 'luxon';
import { currentLanguage } from '../../i18n';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'de-DE');

/** "2027-01" as "Januar 2027". */
export const formatMonth = (month: string) =>
  DateTime.fromISO(`${month}-01`, { zone: 'utc' })
    .setLocale(locale())
    .toLocaleString({ month: 'long', year: 'numeric' });

/** "2027-01" as "Jan. 2027" (table headers). */
export const formatShortMonth = (month: string) =>
  DateTime.fromISO(`${month}-01`, { zone: 'utc' })
    .setLocale(locale())
    .toLocaleString({ month: 'short', year: 'numeric' });

export const formatHours = (value: number | null) =>
  value === null ? '–' : new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value);
