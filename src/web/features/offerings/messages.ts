/** Texts of the offerings pages; de is the source, en must have the same keys (checked in i18n/en.ts). */
export const offeringsDe = {};

export const offeringsEn: typeof offeringsDe = {};
