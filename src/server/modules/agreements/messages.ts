import type { Locale } from '../../http/i18n-types';

/** Error and e-mail texts of the agreements module, merged into the server's message table. */
export const agreementsMessages = {} as const satisfies Record<string, Record<Locale, string>>;
