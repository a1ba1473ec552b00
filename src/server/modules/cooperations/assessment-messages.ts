import type { Locale } from '../../http/i18n-types';

/** Error texts of assessments and their questions (merged into the cooperations module's messages). */
export const assessmentMessages = {
  'assessments.validation.hours': {
    de: 'Bitte Stunden von 0 bis 744 mit höchstens einer Nachkommastelle angeben.',
    en: 'Please give hours from 0 to 744 with at most one decimal.',
  },
  'assessments.validation.hoursTotal': {
    de: 'Zusammen {{total}} Stunden: mehr Stunden, als ein Monat hat (höchstens 744).',
    en: 'Together {{total}} hours: more hours than a month has (at most 744).',
  },
  'assessments.validation.scale': {
    de: 'Bitte einen Wert von 1 bis 5 wählen.',
    en: 'Please choose a value from 1 to 5.',
  },
  'assessments.validation.decidedOnMissing': {
    de: 'Eine Entscheidung braucht ein Datum.',
    en: 'A decision needs a date.',
  },
  'assessments.validation.unknownQuestion': {
    de: 'Diese Frage stellt Ihre Organisation nicht (mehr).',
    en: 'Your organisation does not ask this question (any more).',
  },
  'assessments.validation.textAnswer': {
    de: 'Diese Frage erwartet eine Antwort in Worten.',
    en: 'This question expects an answer in words.',
  },
  'assessments.validation.unknownCooperation': {
    de: 'Diese Kooperation gibt es nicht.',
    en: 'This cooperation does not exist.',
  },
  'assessments.validation.notASide': {
    de: 'Diese Organisation ist nicht Teil der Kooperation.',
    en: 'This organisation is not part of the cooperation.',
  },
  'assessments.error.exists.detail': {
    de: 'Diese Seite hat die Kooperation schon eingeschätzt (Einschätzung {{id}}).',
    en: 'This side has already assessed the cooperation (assessment {{id}}).',
  },
  'assessments.error.decide.detail': {
    de: 'Die Entscheidung treffen nur Leitung und Verwaltung der Organisation.',
    en: "Only the organisation's leads and admins record the decision.",
  },
  'assessments.error.share.detail': {
    de: 'Teilen und Zurückziehen dürfen nur Leitung und Verwaltung der Organisation.',
    en: "Only the organisation's leads and admins share or withdraw the decision.",
  },
  'assessments.error.questions.detail': {
    de: 'Die Fragen ändern nur Leitung und Verwaltung der Organisation.',
    en: "Only the organisation's leads and admins change the questions.",
  },
  'assessments.validation.questionUnknown': {
    de: 'Diese Frage gibt es bei Ihrer Organisation nicht (mehr).',
    en: 'Your organisation has no such question (any more).',
  },
  'assessments.validation.questionDuplicate': {
    de: 'Diese Frage steht zweimal in der Liste.',
    en: 'This question is in the list twice.',
  },
  'assessments.validation.questionKindFixed': {
    de: 'Die Art einer Frage bleibt, damit alte Antworten passen: bitte eine neue Frage anlegen.',
    en: 'A question keeps its kind so that old answers fit: please add a new question.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
