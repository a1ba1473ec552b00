import type { Locale } from '../../http/i18n-types';

/** Error texts of the accounts module (own sessions and API keys), merged into the server's message table. */
export const accountsMessages = {
  'accounts.sessionRequired': {
    de: 'Dafür müssen Sie im Browser angemeldet sein; mit einem API-Schlüssel geht das nicht.',
    en: 'This needs a signed-in session; an API key cannot be used for it.',
  },
  'accounts.validation.apiKeyMaxDays': {
    de: 'Höchstens {{days}} Tage.',
    en: 'At most {{days}} days.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
