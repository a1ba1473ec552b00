/** Error texts of planning: coverage and the state-wide aggregates, merged into the module's messages. */
export const coverageMessages = {
  'planning.coverage.year': {
    de: 'Bitte ein Jahr zwischen 2000 und 2100 angeben.',
    en: 'Please give a year between 2000 and 2100.',
  },
  'planning.stateAggregates.state': {
    de: 'Bitte das Bundesland mit zwei Großbuchstaben angeben (z. B. NW).',
    en: 'Please give the state as two capital letters (e.g. NW).',
  },
};
