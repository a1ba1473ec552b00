import type { Locale } from '../../http/i18n-types';

/** Error and e-mail texts of the offerings module, merged into the server's message table. */
export const offeringsMessages = {
  'offerings.validation.endBeforeStart': {
    de: 'Das Ende muss nach dem Beginn liegen',
    en: 'The end must be after the start',
  },
  'offerings.validation.rruleMalformed': {
    de: 'Keine gültige Wiederholungsregel (RRULE), z. B. FREQ=WEEKLY;COUNT=8',
    en: 'Not a valid recurrence rule (RRULE), e.g. FREQ=WEEKLY;COUNT=8',
  },
  'offerings.validation.rruleEndless': {
    de: 'Die Wiederholung braucht ein Ende (Anzahl oder Enddatum) innerhalb von 2 Jahren',
    en: 'The recurrence needs an end (count or end date) within 2 years',
  },
  'offerings.validation.rruleTooLong': {
    de: 'Die Wiederholung darf höchstens 2 Jahre (400 Termine) dauern',
    en: 'The recurrence may last at most 2 years (400 dates)',
  },
  'offerings.validation.rruleEmpty': {
    de: 'Die Wiederholungsregel ergibt keinen einzigen Termin',
    en: 'The recurrence rule yields no date at all',
  },
  'offerings.validation.sealCriterion': {
    de: 'Kriterium als Nummer wie 6.2',
    en: 'Criterion as a code like 6.2',
  },
  'offerings.validation.noLead': {
    de: 'Genau ein Mitveranstalter muss die Leitung (lead) haben',
    en: 'Exactly one co-organiser must have the lead',
  },
  'offerings.validation.secondLead': {
    de: 'Es darf nur einen Mitveranstalter mit Leitung (lead) geben',
    en: 'Only one co-organiser may have the lead',
  },
  'offerings.validation.duplicateOrganizer': {
    de: 'Diese Organisation ist schon Mitveranstalter',
    en: 'This organisation is a co-organiser already',
  },
  'offerings.validation.unknownOrganization': {
    de: 'Unbekannte Organisation',
    en: 'Unknown organisation',
  },
  'offerings.validation.leadChange': {
    de: 'Die Leitung kann nicht an eine andere Organisation übergehen; legen Sie das Angebot dort neu an',
    en: 'The lead cannot move to another organisation; create the offering there instead',
  },
  'offerings.validation.ageRange': {
    de: 'Das Mindestalter darf nicht über dem Höchstalter liegen',
    en: 'The minimum age must not exceed the maximum age',
  },
  'offerings.validation.reducedFee': {
    de: 'Die ermäßigte Gebühr darf nicht höher als die Gebühr sein',
    en: 'The reduced fee must not exceed the fee',
  },
  'offerings.validation.unknownPostcode': {
    de: 'Diese Postleitzahl kennen wir nicht',
    en: 'We do not know this postcode',
  },
  'offerings.validation.radiusNeedsPostcode': {
    de: 'Für die Entfernung bitte eine Postleitzahl angeben',
    en: 'Please give a postcode for the distance',
  },
  'offerings.validation.dateRange': {
    de: 'Das Enddatum muss nach dem Anfangsdatum liegen (höchstens 2 Jahre)',
    en: 'The end date must follow the start date (at most 2 years)',
  },
  'offerings.validation.sessionNotPast': {
    de: 'Teilnehmende können erst nach dem Termin eingetragen werden',
    en: 'Participants can be recorded only after the session',
  },
  'offerings.validation.unknownSession': {
    de: 'Dieser Termin gehört nicht zum Angebot',
    en: 'This session does not belong to the offering',
  },
  'offerings.validation.notConsenting': {
    de: 'Sie können für keinen Mitveranstalter dieses Angebots zustimmen',
    en: 'You cannot consent for any co-organiser of this offering',
  },
  'offerings.conflict.transition': {
    de: 'Von „{{from}}“ kann das Angebot nicht zu „{{to}}“ wechseln',
    en: 'The offering cannot move from "{{from}}" to "{{to}}"',
  },
  'offerings.conflict.consentMissing': {
    de: 'Es fehlt noch die Zustimmung von: {{names}}',
    en: 'Consent is still missing from: {{names}}',
  },
  'offerings.conflict.noConsentAsked': {
    de: 'Im Moment wird keine Zustimmung erbeten (Status „{{status}}“)',
    en: 'No consent is being asked for at the moment (status "{{status}}")',
  },
  'offerings.conflict.alreadyConsented': {
    de: 'Ihre Organisation hat in dieser Runde schon zugestimmt',
    en: 'Your organisation has consented in this round already',
  },
  'offerings.conflict.staleRound': {
    de: 'Die Bedingungen wurden inzwischen geändert (Runde {{current}}). Bitte prüfen Sie sie erneut.',
    en: 'The terms have changed meanwhile (round {{current}}). Please review them again.',
  },
  'offerings.mail.proposed.subject': {
    de: 'Angebot „{{title}}“: Ihre Zustimmung als Mitveranstalter',
    en: 'Offering "{{title}}": your consent as co-organiser',
  },
  'offerings.mail.proposed.text': {
    de: '{{lead}} schlägt das gemeinsame Angebot „{{title}}“ vor. Ihre Organisation {{organization}} übernimmt: {{responsibilities}}.\n\nBitte prüfen Sie Termine und Aufgaben und stimmen Sie zu:\n{{url}}',
    en: '{{lead}} proposes the joint offering "{{title}}". Your organisation {{organization}} takes on: {{responsibilities}}.\n\nPlease review dates and responsibilities and consent:\n{{url}}',
  },
  'offerings.mail.newRound.subject': {
    de: 'Angebot „{{title}}“ geändert: bitte erneut zustimmen',
    en: 'Offering "{{title}}" changed: please consent again',
  },
  'offerings.mail.newRound.text': {
    de: '{{lead}} hat Aufgaben oder Termine des vereinbarten Angebots „{{title}}“ geändert. Bitte prüfen Sie die Änderung und stimmen Sie erneut zu:\n{{url}}',
    en: '{{lead}} changed responsibilities or dates of the agreed offering "{{title}}". Please review the change and consent again:\n{{url}}',
  },
} as const satisfies Record<string, Record<Locale, string>>;
