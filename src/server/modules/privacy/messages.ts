import type { Locale } from '../../http/i18n-types';

/** Error texts of personal-data export and erasure, merged into the server's message table. */
export const privacyMessages = {
  'privacy.lastAdmin': {
    de: 'Die Person ist die letzte Administration von „{{organization}}“. Geben Sie zuerst einer anderen Person die Rolle Administration.',
    en: 'This person is the last administrator of “{{organization}}”. First give the administrator role to someone else.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
