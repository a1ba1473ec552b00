import type { Locale } from '../../http/i18n-types';

/** Error and e-mail texts of the rooms module, merged into the server's message table. */
export const roomsMessages = {
  'rooms.validation.hoursOrder': {
    de: 'Das Ende muss nach dem Beginn liegen.',
    en: 'The end must be after the start.',
  },
  'rooms.validation.capacity': {
    de: 'Bitte mindestens einen Platz angeben.',
    en: 'Please give at least one place.',
  },
  'rooms.validation.rrule': {
    de: 'Die Wiederholungsregel ist ungültig (z. B. FREQ=WEEKLY;COUNT=8).',
    en: 'The recurrence rule is invalid (e.g. FREQ=WEEKLY;COUNT=8).',
  },
  'rooms.validation.rruleUnbounded': {
    de: 'Eine Serie braucht ein Ende: Anzahl (COUNT) oder Enddatum (UNTIL).',
    en: 'A series needs an end: a number (COUNT) or an end date (UNTIL).',
  },
  'rooms.validation.tooManyOccurrences': {
    de: 'Eine Serie darf höchstens {{max}} Termine haben.',
    en: 'A series may have at most {{max}} dates.',
  },
  'rooms.validation.month': {
    de: 'Bitte einen Monat (JJJJ-MM) angeben.',
    en: 'Please give a month (YYYY-MM).',
  },
  'rooms.validation.municipalityOrOrganization': {
    de: 'Bitte entweder eine Kommune oder eine Organisation angeben.',
    en: 'Please give either a municipality or an organisation.',
  },
  'rooms.validation.endBeforeStart': {
    de: 'Das Ende muss nach dem Beginn liegen.',
    en: 'The end must be after the start.',
  },
  'rooms.validation.tooLong': {
    de: 'Eine Buchung darf höchstens 24 Stunden dauern.',
    en: 'A booking may last at most 24 hours.',
  },
  'rooms.validation.rangeTooLong': {
    de: 'Der Zeitraum darf höchstens {{days}} Tage umfassen.',
    en: 'The period may cover at most {{days}} days.',
  },
  'rooms.validation.offeringNotYours': {
    de: 'Ein Raum kann nur für ein Angebot gebucht werden, das Ihre Organisation mitveranstaltet.',
    en: 'A room can only be booked for an offering your organisation co-organises.',
  },
  'rooms.validation.sessionNotOfOffering': {
    de: 'Dieser Termin gehört nicht zu dem gewählten Angebot.',
    en: 'This session does not belong to the chosen offering.',
  },
  'rooms.validation.notYourOrganization': {
    de: 'Sie gehören dieser Organisation nicht an.',
    en: 'You are not a member of this organisation.',
  },
  'rooms.validation.reasonRequired': {
    de: 'Bitte eine Begründung für die Ablehnung angeben.',
    en: 'Please give a reason for declining.',
  },
  'rooms.validation.feeMissing': {
    de: 'Bitte den Betrag zum Gebührenmodell angeben.',
    en: 'Please give the amount for the fee model.',
  },
  'rooms.validation.near': {
    de: 'Bitte eine Organisation, eine Postleitzahl oder Koordinaten angeben.',
    en: 'Please give an organisation, a postcode or coordinates.',
  },
  'rooms.validation.nearUnknown': {
    de: 'Zu dieser Angabe ist kein Ort bekannt.',
    en: 'No location is known for this.',
  },
  'rooms.validation.icsInvalid': {
    de: 'Die Kalenderdatei konnte nicht gelesen werden.',
    en: 'The calendar file could not be read.',
  },
  'rooms.validation.grantOwnOrganization': {
    de: 'Die eigene Organisation braucht keine Freigabe.',
    en: 'The own organisation needs no grant.',
  },
  'rooms.validation.unknownOrganization': {
    de: 'Diese Organisation gibt es nicht.',
    en: 'This organisation does not exist.',
  },
  'rooms.error.clash.detail': {
    de: 'Der Raum ist {{when}} bereits belegt.',
    en: 'The room is already booked {{when}}.',
  },
  'rooms.error.seriesProblems.detail': {
    de: '{{count}} von {{total}} Terminen sind nicht buchbar. Nichts wurde gebucht; Sie können die freien Termine buchen und die übrigen überspringen.',
    en: '{{count}} of {{total}} dates cannot be booked. Nothing was booked; you may book the free dates and skip the others.',
  },
  'rooms.error.notRequested.detail': {
    de: 'Über diese Buchung ist bereits entschieden.',
    en: 'This booking has already been decided.',
  },
  'rooms.error.notCancellable.detail': {
    de: 'Diese Buchung ist bereits abgelehnt oder storniert.',
    en: 'This booking has already been declined or cancelled.',
  },
  'rooms.error.roomRemoved.detail': {
    de: 'Dieser Raum wird nicht mehr angeboten.',
    en: 'This room is no longer offered.',
  },
  'rooms.error.grantExists.detail': {
    de: 'Diese Organisation hat bereits eine Freigabe für den Raum.',
    en: 'This organisation already has a grant for the room.',
  },
  'rooms.error.hasFutureBookings.detail': {
    de: 'Der Raum hat noch {{count}} künftige Buchungen. Bitte zuerst stornieren.',
    en: 'The room still has {{count}} future bookings. Please cancel them first.',
  },
  'rooms.outcome.bookable': { de: '{{when}}: frei', en: '{{when}}: free' },
  'rooms.outcome.clash': { de: '{{when}}: belegt ({{other}})', en: '{{when}}: booked ({{other}})' },
  'rooms.outcome.outsideHours': {
    de: '{{when}}: außerhalb der buchbaren Zeiten',
    en: '{{when}}: outside the bookable hours',
  },
  'rooms.outcome.closed': { de: '{{when}}: geschlossen ({{reason}})', en: '{{when}}: closed ({{reason}})' },
  'rooms.error.plain': { de: '{{text}}', en: '{{text}}' },
  'rooms.busy': { de: 'belegt', en: 'busy' },
  'rooms.closed': { de: 'geschlossen', en: 'closed' },
  'rooms.mail.request.subject': {
    de: 'Raumanfrage: {{room}} am {{when}}',
    en: 'Room request: {{room}} on {{when}}',
  },
  'rooms.mail.request.body': {
    de: 'Guten Tag,\n\n{{organization}} ({{person}}) fragt den Raum „{{room}}“ an:\n\n{{title}}\n{{dates}}\n\nBitte entscheiden Sie in Familiennetz: {{link}}',
    en: 'Hello,\n\n{{organization}} ({{person}}) requests the room "{{room}}":\n\n{{title}}\n{{dates}}\n\nPlease decide in Familiennetz: {{link}}',
  },
  'rooms.mail.approved.subject': {
    de: 'Raumanfrage bestätigt: {{room}}',
    en: 'Room request approved: {{room}}',
  },
  'rooms.mail.declined.subject': {
    de: 'Raumanfrage abgelehnt: {{room}}',
    en: 'Room request declined: {{room}}',
  },
  'rooms.mail.decision.body': {
    de: 'Guten Tag,\n\n{{organization}} hat Ihre Anfrage für den Raum „{{room}}“ {{decision}}:\n\n{{title}}\n{{dates}}\n\n{{reason}}\n\nIhre Buchungen: {{link}}',
    en: 'Hello,\n\n{{organization}} has {{decision}} your request for the room "{{room}}":\n\n{{title}}\n{{dates}}\n\n{{reason}}\n\nYour bookings: {{link}}',
  },
  'rooms.mail.cancelled.subject': {
    de: 'Raumbuchung storniert: {{room}}',
    en: 'Room booking cancelled: {{room}}',
  },
  'rooms.mail.decision.cancelled': { de: 'storniert', en: 'cancelled' },
  'rooms.mail.decision.approved': { de: 'bestätigt', en: 'approved' },
  'rooms.mail.decision.declined': { de: 'abgelehnt', en: 'declined' },
  'rooms.mail.decision.reason': { de: 'Begründung: {{reason}}', en: 'Reason: {{reason}}' },
} as const satisfies Record<string, Record<Locale, string>>;
