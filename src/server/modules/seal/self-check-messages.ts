/**
 * Texts of the seal module's self-check part: warnings and gaps with their suggested next step, rendered in
 * the caller's language (the web page, the report PDF and the bundle show them as they come).
 */
export const selfCheckMessages = {
  'seal.selfCheck.error.noEdition': {
    de: 'Es ist noch kein Kriterienkatalog hinterlegt. Bitte wenden Sie sich an die Administration.',
    en: 'No criteria catalogue has been set up yet. Please contact the administrators.',
  },
  'seal.selfCheck.warning.agreementEnded': {
    de: 'Die Vereinbarung „{{title}}“ endete am {{date}} und zählt nicht mehr als Nachweis.',
    en: 'The agreement “{{title}}” ended on {{date}} and no longer counts as evidence.',
  },
  'seal.selfCheck.warning.offeringOutsidePeriod': {
    de: 'Das Angebot „{{title}}“ hat keine Termine im Prüfzeitraum {{year}} und zählt deshalb nicht.',
    en: 'The offering “{{title}}” has no sessions in the review period {{year}}, so it does not count.',
  },
  'seal.selfCheck.warning.expiresBeforeDue': {
    de: '„{{title}}“ läuft am {{date}} ab, vor der Re-Zertifizierung am {{due}}.',
    en: '“{{title}}” expires on {{date}}, before the re-certification on {{due}}.',
  },
  'seal.selfCheck.warning.dueSoon': {
    de: 'Die Re-Zertifizierung ist am {{due}} fällig (in {{days}} Tagen).',
    en: 'The re-certification is due on {{due}} (in {{days}} days).',
  },
  'seal.selfCheck.warning.overdue': {
    de: 'Die Re-Zertifizierung war am {{due}} fällig.',
    en: 'The re-certification was due on {{due}}.',
  },
  'seal.selfCheck.missing.offering': {
    de: 'Kein Angebot mit Kriterium {{code}} und Terminen im Prüfzeitraum {{year}}',
    en: 'No offering marked with criterion {{code}} and sessions in the review period {{year}}',
  },
  'seal.selfCheck.step.offering': {
    de: 'Angebot planen oder mit Kriterium {{code}} kennzeichnen',
    en: 'Plan an offering or mark one with criterion {{code}}',
  },
  'seal.selfCheck.missing.agreement': {
    de: 'Keine unterschriebene, gültige Vereinbarung mit Partnern',
    en: 'No signed agreement in force with partners',
  },
  'seal.selfCheck.missing.agreementKinds': {
    de: 'Keine unterschriebene, gültige Vereinbarung mit: {{kinds}}',
    en: 'No signed agreement in force with: {{kinds}}',
  },
  'seal.selfCheck.step.agreement': {
    de: 'Vereinbarung anlegen und unterschreiben lassen',
    en: 'Draw up an agreement and have it signed',
  },
  'seal.selfCheck.missing.cooperation': {
    de: 'Keine aktive Kooperation mit einem Partner',
    en: 'No active cooperation with a partner',
  },
  'seal.selfCheck.missing.cooperationKinds': {
    de: 'Keine aktive Kooperation mit: {{kinds}}',
    en: 'No active cooperation with: {{kinds}}',
  },
  'seal.selfCheck.step.cooperation': {
    de: 'Partner im Partnerverzeichnis suchen',
    en: 'Search the partner directory',
  },
  'seal.selfCheck.step.cooperationKinds': {
    de: '{{kinds}} im Partnerverzeichnis suchen',
    en: 'Search the partner directory for {{kinds}}',
  },
  'seal.selfCheck.missing.room': {
    de: 'Keine Räume für Angebote von Partnern geöffnet',
    en: 'No rooms opened to partners’ offerings',
  },
  'seal.selfCheck.step.room': {
    de: 'Einen Raum für einen Partner freigeben',
    en: 'Open a room to a partner',
  },
  'seal.selfCheck.missing.document': {
    de: 'Kein gültiger Nachweis zu Kriterium {{code}} hinterlegt',
    en: 'No valid evidence recorded for criterion {{code}}',
  },
  'seal.selfCheck.step.document': {
    de: 'Protokoll oder Nachweis hochladen',
    en: 'Upload minutes or other evidence',
  },
  'seal.selfCheck.or': { de: ' oder ', en: ' or ' },
  'seal.selfCheck.roomTitle': { de: '{{room}} für {{partner}}', en: '{{room}} for {{partner}}' },
};
