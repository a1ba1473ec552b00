/** Error texts of cooperations and cooperation models (merged into the module's messages.ts). */
export const cooperationMessages = {
  'cooperations.validation.unknownModel': {
    de: 'Dieses Kooperationsmodell gibt es nicht (oder nicht für diese Kommune).',
    en: 'This cooperation model does not exist (or not for this municipality).',
  },
  'cooperations.validation.notACentre': {
    de: 'Bitte ein Familienzentrum angeben.',
    en: 'Please name a family centre.',
  },
  'cooperations.validation.notAPartner': {
    de: 'Bitte einen Kooperationspartner angeben (kein Träger, Verbund oder Familienzentrum selbst).',
    en: 'Please name a cooperation partner (not a provider, network or the centre itself).',
  },
  'cooperations.error.exists.detail': {
    de: 'Diese Kooperation besteht bereits (Kennung {{id}}).',
    en: 'This cooperation already exists (id {{id}}).',
  },
  'cooperations.validation.modelKey': {
    de: 'Nur Kleinbuchstaben, Ziffern und _ (2 bis 50 Zeichen, zuerst ein Buchstabe).',
    en: 'Lower-case letters, digits and _ only (2 to 50 characters, starting with a letter).',
  },
  'cooperations.validation.modelKeyTaken': {
    de: 'Ein Modell mit diesem Schlüssel gibt es hier schon.',
    en: 'A model with this key exists here already.',
  },
  'cooperations.validation.unknownFormat': {
    de: 'Dieses Angebotsformat gibt es nicht.',
    en: 'This offering format does not exist.',
  },
  'cooperations.validation.unknownTemplate': {
    de: 'Diese Vorlage gibt es nicht.',
    en: 'This template does not exist.',
  },
  'cooperations.validation.notPlannerOf': {
    de: 'Modelle einer Kommune legt deren Jugendhilfeplanung an.',
    en: "A municipality's models are added by its planners.",
  },
} as const;
