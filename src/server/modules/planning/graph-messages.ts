/** Error texts of planning: graph, merged into the module's messages. */
export const graphMessages = {
  'planningGraph.validation.atInFuture': {
    de: 'Das Datum darf nicht in der Zukunft liegen: der Graph zeigt, was an einem Tag aktiv war.',
    en: 'The date must not be in the future: the graph shows what was active on a day.',
  },
  'planningGraph.validation.unknownDistrict': {
    de: 'Diesen Sozialraum gibt es in dieser Kommune nicht.',
    en: 'This municipality has no such district.',
  },
  'planningGraph.validation.unknownKind': {
    de: 'Diese Partnerart gibt es nicht.',
    en: 'There is no such partner kind.',
  },
} as const;
