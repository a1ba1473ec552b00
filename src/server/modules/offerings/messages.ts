import type { Locale } from '../../http/i18n-types';

/** Error and e-mail texts of the offerings module, merged into the server's message table. */
export const offeringsMessages = {} as const satisfies Record<string, Record<Locale, string>>;
