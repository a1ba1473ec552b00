/** Texts of the rooms pages; de is the source, en must have the same keys (checked in i18n/en.ts). */
export const roomsDe = {};

export const roomsEn: typeof roomsDe = {};
