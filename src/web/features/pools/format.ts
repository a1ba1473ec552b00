import { currentLanguage } from '../../i18n';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'de-DE');

/** A date without time (YYYY-MM-DD), shown as such: no time zone shift. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}
