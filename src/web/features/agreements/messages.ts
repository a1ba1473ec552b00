/** Texts of the agreements pages; de is the source, en must have the same keys (checked in i18n/en.ts). */
export const agreementsDe = {};

export const agreementsEn: typeof agreementsDe = {};
