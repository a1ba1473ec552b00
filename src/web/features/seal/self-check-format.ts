import { currentLanguage } from '../../i18n';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'de-DE');

/** A date without time (YYYY-MM-DD) as the reader writes it; no time zone shift (it is a calendar day). */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

/** Today in Europe/Berlin as YYYY-MM-DD (the default effective date of new evidence). */
export function todayInBerlin(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/** A catalogue text in the reader's language (German when there is no English one). */
export function localised(language: string, de: string, en: string): string {
  return language === 'en' && en ? en : de;
}
