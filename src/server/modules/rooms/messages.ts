import type { Locale } from '../../http/i18n-types';

/** Error and e-mail texts of the rooms module, merged into the server's message table. */
export const roomsMessages = {} as const satisfies Record<string, Record<Locale, string>>;
