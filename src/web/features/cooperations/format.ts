import { currentLanguage } from '../../i18n';

/** Hours with the language's decimal sign (3,5 in German, 3.5 in English). */
export function formatHours(hours: number): string {
  return new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'de-DE', {
    maximumFractionDigits: 1,
  }).format(hours);
}
