import { DateTime } from 'luxon';
import { currentLanguage, formatDate } from '../../i18n';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'de-DE');

/** "Januar 2027" / "January 2027" from YYYY-MM. */
export const formatMonth = (month: string) =>
  DateTime.fromISO(`${month}-01`).setLocale(locale()).toFormat('LLLL yyyy');

/** A number of hours as the reader writes it ("1,5" in German). */
export const formatHours = (hours: number) => hours.toLocaleString(locale(), { maximumFractionDigits: 1 });

/** A calendar date (YYYY-MM-DD) or an instant, as the reader writes dates. */
export const formatDay = (iso: string) => formatDate(iso);

/** Today in Berlin as YYYY-MM-DD. */
export const today = () => DateTime.now().setZone('Europe/Berlin').toISODate() ?? '';
