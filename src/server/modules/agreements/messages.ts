import type { Locale } from '../../http/i18n-types';

/** Error and e-mail texts of the agreements module, merged into the server's message table. */
export const agreementsMessages = {
  'validation.agreementParties': {
    de: 'Eine Vereinbarung braucht mindestens zwei Parteien',
    en: 'An agreement needs at least two parties',
  },
  'validation.agreementEndBeforeStart': {
    de: 'Das Ende darf nicht vor dem Beginn liegen',
    en: 'The end must not be before the start',
  },
  'validation.agreementUnknownOrganization': {
    de: 'Diese Organisation gibt es nicht',
    en: 'This organisation does not exist',
  },
  'validation.agreementFacilityNotOfProvider': {
    de: 'Diese Einrichtung gehört nicht zu diesem Träger',
    en: 'This facility does not belong to this provider',
  },
  'validation.agreementUnknownParty': {
    de: 'Diese Partei gehört nicht zur Vereinbarung',
    en: 'This party is not part of the agreement',
  },
  'validation.agreementDuplicateParty': {
    de: 'Diese Partei ist doppelt angegeben',
    en: 'This party is listed twice',
  },
  'validation.agreementUnknownTemplate': {
    de: 'Diese Vorlage gibt es nicht',
    en: 'This template does not exist',
  },
  'validation.agreementSignedOnFuture': {
    de: 'Das Datum der Unterschrift darf nicht in der Zukunft liegen',
    en: 'The signature date must not be in the future',
  },
  'validation.agreementNotAPdf': {
    de: 'Die Datei ist kein PDF-Dokument',
    en: 'The file is not a PDF document',
  },
  'validation.agreementPdfTooLarge': {
    de: 'Die Datei ist größer als 10 MB',
    en: 'The file is larger than 10 MB',
  },
  'validation.agreementNoDistrictPairs': {
    de: 'In diesem Sozialraum gibt es keine Beratungsstellen und Familienzentren, die gepaart werden könnten',
    en: 'This district has no counselling centres and family centres to pair',
  },
  'validation.attentionScope': {
    de: 'Bitte genau eines angeben: Organisation oder Kommune',
    en: 'Give exactly one of organisation or municipality',
  },
  'validation.agreementNextReviewDate': {
    de: 'Das nächste Überprüfungsdatum muss in der Zukunft liegen',
    en: 'The next review date must be in the future',
  },
  'error.agreementTransition.detail': {
    de: 'Von „{{from}}“ kann die Vereinbarung nicht zu „{{to}}“ wechseln.',
    en: 'The agreement cannot move from "{{from}}" to "{{to}}".',
  },
  'error.agreementMissingSignatures.detail': {
    de: 'Es fehlen noch Unterschriften von: {{parties}}.',
    en: 'Signatures are still missing from: {{parties}}.',
  },
  'error.agreementNotStarted.detail': {
    de: 'Die Vereinbarung beginnt erst am {{date}}.',
    en: 'The agreement only starts on {{date}}.',
  },
  'error.agreementNotEditable.detail': {
    de: 'Im Status „{{status}}“ kann die Vereinbarung nicht geändert werden.',
    en: 'The agreement cannot be changed in status "{{status}}".',
  },
  'error.agreementNotCommentable.detail': {
    de: 'Im Status „{{status}}“ nimmt die Vereinbarung keine Kommentare an: Kommentare gehören zur Abstimmung.',
    en: 'The agreement takes no comments in status "{{status}}": comments belong to the review.',
  },
  'error.agreementNotForSignature.detail': {
    de: 'Unterschriften sind erst möglich, wenn die Vereinbarung zur Unterschrift bereit ist.',
    en: 'Signatures are only possible once the agreement is ready for signature.',
  },
  'error.agreementAlreadySigned.detail': {
    de: 'Diese Partei hat die aktuelle Fassung bereits unterschrieben.',
    en: 'This party has already signed the current version.',
  },
  'error.agreementNotParty.detail': {
    de: 'Sie vertreten diese Partei nicht und können nicht für sie unterschreiben.',
    en: 'You do not represent this party and cannot sign for it.',
  },
  'mail.agreementReminder.subject': {
    de: 'Kooperationsvereinbarung „{{title}}“: {{what}} am {{date}}',
    en: 'Cooperation agreement "{{title}}": {{what}} on {{date}}',
  },
  'mail.agreementReminder.body': {
    de: 'Guten Tag,\n\nfür die Kooperationsvereinbarung „{{title}}“ ({{reference}}) steht in {{days}} Tagen an: {{what}} am {{date}}.\n\nZur Vereinbarung: {{url}}\n\nDiese Nachricht wurde von Familiennetz verschickt.',
    en: 'Hello,\n\nfor the cooperation agreement "{{title}}" ({{reference}}) the following is due in {{days}} days: {{what}} on {{date}}.\n\nOpen the agreement: {{url}}\n\nThis message was sent by Familiennetz.',
  },
  'mail.agreementReminder.review': { de: 'Überprüfung', en: 'Review' },
  'mail.agreementReminder.notice': { de: 'Kündigungsfrist endet', en: 'Notice deadline' },
  'agreement.status.draft': { de: 'Entwurf', en: 'Draft' },
  'agreement.status.in_review': { de: 'In Abstimmung', en: 'In review' },
  'agreement.status.ready_for_signature': { de: 'Bereit zur Unterschrift', en: 'Ready for signature' },
  'agreement.status.signed': { de: 'Unterzeichnet', en: 'Signed' },
  'agreement.status.active': { de: 'In Kraft', en: 'Active' },
  'agreement.status.review_due': { de: 'Überprüfung fällig', en: 'Review due' },
  'agreement.status.amended': { de: 'Änderung in Arbeit', en: 'Being amended' },
  'agreement.status.ended': { de: 'Beendet', en: 'Ended' },
} as const satisfies Record<string, Record<Locale, string>>;
