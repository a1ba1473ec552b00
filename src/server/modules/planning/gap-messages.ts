/** Error texts of planning: gaps and overlaps, merged into the module's messages. */
export const gapMessages = {
  'planning.gaps.validation.year': {
    de: 'Bitte ein Jahr zwischen 2000 und 2100 angeben.',
    en: 'Please give a year between 2000 and 2100.',
  },
  'planning.gaps.validation.quarter': {
    de: 'Bitte ein Quartal von 1 bis 4 angeben.',
    en: 'Please give a quarter from 1 to 4.',
  },
};
