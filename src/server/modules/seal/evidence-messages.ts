/** Error texts of the seal module's evidence part (manual evidence). */
export const evidenceMessages = {
  'seal.evidence.validation.code': {
    de: 'Ein Kriterium hat die Form „6.2“.',
    en: 'A criterion looks like “6.2”.',
  },
  'seal.evidence.validation.criteria': {
    de: 'Bitte mindestens ein Kriterium wählen.',
    en: 'Please choose at least one criterion.',
  },
  'seal.evidence.validation.unknownCriteria': {
    de: 'Diese Kriterien gibt es im Katalog {{edition}} nicht: {{codes}}.',
    en: 'These criteria are not in catalogue {{edition}}: {{codes}}.',
  },
  'seal.evidence.validation.facility': {
    de: 'Bitte eine Einrichtung dieses Familienzentrums oder Verbunds wählen.',
    en: 'Please choose a facility of this family centre or Verbund.',
  },
  'seal.evidence.validation.document': {
    de: 'Bitte eine PDF-Datei hochladen.',
    en: 'Please upload a PDF file.',
  },
  'seal.evidence.validation.noDocument': {
    de: 'Eine Notiz hat keine Datei.',
    en: 'A note has no file.',
  },
  'seal.evidence.validation.notPdf': {
    de: 'Die Datei ist kein PDF.',
    en: 'The file is not a PDF.',
  },
  'seal.evidence.validation.tooLarge': {
    de: 'Die Datei ist größer als 10 MB.',
    en: 'The file is larger than 10 MB.',
  },
  'seal.evidence.validation.dates': {
    de: 'Das Ablaufdatum liegt vor dem Gültigkeitsbeginn.',
    en: 'The expiry is before the effective date.',
  },
  'seal.evidence.error.noFile': {
    de: 'Zu diesem Nachweis gibt es keine Datei.',
    en: 'This evidence has no file.',
  },
};
