import { DateTime } from 'luxon';
import { currentLanguage } from '../../i18n';

/** "2027-01" as "Jan. 2027" (table headers); hours and long months come from components/hours.ts. */
export const formatShortMonth = (month: string) =>
  DateTime.fromISO(`${month}-01`, { zone: 'utc' })
    .setLocale(currentLanguage() === 'en' ? 'en-GB' : 'de-DE')
    .toLocaleString({ month: 'short', year: 'numeric' });
