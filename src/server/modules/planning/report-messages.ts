/** Error texts of planning: report, merged into the module's messages. */
export const reportMessages = {
  'planning.report.validation.year': {
    de: 'Bitte ein Berichtsjahr zwischen 2001 und 2100 angeben.',
    en: 'Please give a report year between 2001 and 2100.',
  },
};
