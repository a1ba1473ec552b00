import type { FastifyRequest } from 'fastify';
import { accountsMessages } from '../modules/accounts/messages';
import { passwordMessages } from '../modules/accounts/password-messages';
import { agreementsMessages } from '../modules/agreements/messages';
import { cooperationsMessages } from '../modules/cooperations/messages';
import { interopMessages } from '../modules/interop/messages';
import { offeringsMessages } from '../modules/offerings/messages';
import { planningMessages } from '../modules/planning/messages';
import { privacyMessages } from '../modules/privacy/messages';
import { roomsMessages } from '../modules/rooms/messages';
import { sealMessages } from '../modules/seal/messages';
import type { Locale } from './i18n-types';

export type { Locale } from './i18n-types';

/** German is the default; English when the client prefers it. */
export function localeOf(request: Pick<FastifyRequest, 'headers'>): Locale {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'de';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.toLowerCase().slice(0, 2), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.lang === 'de' || entry.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang === 'en' ? 'en' : 'de';
}

const messages = {
  'error.badRequest.title': { de: 'Ungültige Anfrage', en: 'Bad request' },
  'error.requestTimeout.title': { de: 'Zeitüberschreitung', en: 'Request timeout' },
  'error.requestTimeout.detail': {
    de: 'Die Anfrage kam nicht rechtzeitig vollständig an.',
    en: 'The request did not arrive completely in time.',
  },
  'error.headerTooLarge.title': { de: 'Anfrage zu groß', en: 'Request too large' },
  'error.headerTooLarge.detail': {
    de: 'Adresse oder Kopfzeilen der Anfrage sind zu lang (höchstens 16 KB).',
    en: 'The address or the headers of the request are too long (at most 16 KB).',
  },
  'error.badRequest.detail': {
    de: 'Die Anfrage enthält ungültige Angaben.',
    en: 'The request contains invalid data.',
  },
  'error.validation.title': { de: 'Ungültige Angaben', en: 'Invalid data' },
  'error.validation.detail': {
    de: 'Bitte prüfen Sie die markierten Angaben.',
    en: 'Please check the fields listed.',
  },
  'error.unauthenticated.title': { de: 'Nicht angemeldet', en: 'Not signed in' },
  'error.unauthenticated.detail': {
    de: 'Bitte melden Sie sich an.',
    en: 'Please sign in.',
  },
  'error.forbidden.title': { de: 'Keine Berechtigung', en: 'Not allowed' },
  'error.forbidden.detail': {
    de: 'Sie dürfen diese Aktion nicht ausführen.',
    en: 'You are not allowed to do this.',
  },
  'error.notFound.title': { de: 'Nicht gefunden', en: 'Not found' },
  'error.notFound.detail': {
    de: 'Die angeforderte Ressource gibt es nicht oder sie ist für Sie nicht sichtbar.',
    en: 'The requested resource does not exist or is not visible to you.',
  },
  'error.routeNotFound.detail': {
    de: 'Diese Adresse gibt es nicht: {{path}}',
    en: 'There is no such address: {{path}}',
  },
  'error.invalidCredentials': {
    de: 'E-Mail-Adresse oder Passwort ist falsch.',
    en: 'The e-mail address or password is wrong.',
  },
  'error.linkUsed.detail': {
    de: 'Dieser Link wurde bereits verwendet. Die Angaben sind bestätigt; es wurde nichts geändert.',
    en: 'This link has been used already. The profile is confirmed; nothing was changed.',
  },
  'error.linkExpired.detail': {
    de: 'Dieser Link ist abgelaufen. Bitte melden Sie sich an und prüfen Sie das Profil dort.',
    en: 'This link has expired. Please sign in and check the profile there.',
  },
  'error.conflict.title': { de: 'Konflikt', en: 'Conflict' },
  'error.staleVersion.detail': {
    de: 'Der Datensatz wurde inzwischen geändert (aktuelle Version {{current}}). Bitte neu laden und erneut speichern.',
    en: 'The record was changed meanwhile (current version {{current}}). Please reload and save again.',
  },
  'error.tooManyRequests.title': { de: 'Zu viele Anfragen', en: 'Too many requests' },
  'error.tooManyRequests.detail': {
    de: 'Zu viele Versuche. Bitte warten Sie {{seconds}} Sekunden.',
    en: 'Too many attempts. Please wait {{seconds}} seconds.',
  },
  'error.accountLocked': {
    de: 'Zu viele fehlgeschlagene Anmeldeversuche für diese E-Mail-Adresse. Bitte versuchen Sie es in {{minutes}} Min. erneut.',
    en: 'Too many failed sign-in attempts for this e-mail address. Please try again in {{minutes}} min.',
  },
  'error.nonCanonicalPath': {
    de: 'Die Adresse ist nicht in Normalform: keine Abschnitte „.“ oder „..“, keine doppelten, kodierten oder umgekehrten Schrägstriche.',
    en: 'The address is not in normal form: no "." or ".." segments, no double, encoded or back slashes.',
  },
  'error.payloadTooLarge.title': { de: 'Anfrage zu groß', en: 'Payload too large' },
  'error.payloadTooLarge.detail': {
    de: 'Die gesendeten Daten sind zu groß.',
    en: 'The data sent is too large.',
  },
  'error.unsupportedMediaType.title': { de: 'Falsches Datenformat', en: 'Unsupported media type' },
  'error.unsupportedMediaType.detail': {
    de: 'Schreibende Anfragen müssen JSON senden (Content-Type: application/json).',
    en: 'Write requests must send JSON (Content-Type: application/json).',
  },
  'error.crossOrigin.detail': {
    de: 'Anfragen von fremden Websites werden abgelehnt.',
    en: 'Requests from other websites are refused.',
  },
  'error.internal.title': { de: 'Interner Fehler', en: 'Internal error' },
  'error.internal.detail': {
    de: 'Ein unerwarteter Fehler ist aufgetreten. Kennung: {{requestId}}',
    en: 'An unexpected error occurred. Reference: {{requestId}}',
  },
  'error.unavailable.title': { de: 'Vorübergehend nicht verfügbar', en: 'Temporarily unavailable' },
  'error.unavailable.detail': {
    de: 'Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Sekunden noch einmal. Kennung: {{requestId}}',
    en: 'The database cannot be reached right now. Please try again in a few seconds. Reference: {{requestId}}',
  },
  'validation.required': { de: 'Pflichtangabe', en: 'Required' },
  'validation.notBlank': { de: 'Darf nicht leer sein', en: 'Must not be empty' },
  'validation.nothingToChange': { de: 'Keine Änderung angegeben', en: 'No change given' },
  'validation.postalCode': {
    de: 'Postleitzahl mit fünf Ziffern, z. B. 44135',
    en: 'Postcode of five digits, e.g. 44135',
  },
  'validation.email': { de: 'Keine gültige E-Mail-Adresse', en: 'Not a valid e-mail address' },
  'validation.url': {
    de: 'Keine gültige Adresse; bitte mit https:// angeben',
    en: 'Not a valid address; please include https://',
  },
  'validation.latitude': { de: 'Breitengrad zwischen -90 und 90', en: 'Latitude between -90 and 90' },
  'validation.longitude': { de: 'Längengrad zwischen -180 und 180', en: 'Longitude between -180 and 180' },
  'validation.near': {
    de: 'Eine Organisation (ID) oder Koordinaten als „Breite,Länge“, z. B. 51.51,7.46',
    en: 'An organisation (id) or coordinates as "lat,lng", e.g. 51.51,7.46',
  },
  'validation.nearWithoutLocation': {
    de: 'Für diese Organisation sind keine Koordinaten hinterlegt',
    en: 'This organisation has no coordinates',
  },
  'validation.radiusKm': { de: 'Höchstens 100 km', en: 'At most 100 km' },
  'validation.radiusNeedsNear': {
    de: 'Ein Umkreis braucht einen Ausgangspunkt (near)',
    en: 'A radius needs a starting point (near)',
  },
  'validation.queryTooLong': { de: 'Höchstens 200 Zeichen', en: 'At most 200 characters' },
  'validation.unknownKind': { de: 'Unbekannte Partnerart', en: 'Unknown kind of partner' },
  'validation.kindKey': {
    de: 'Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben',
    en: 'Lower-case letters, digits and _, starting with a letter',
  },
  'validation.kindExists': {
    de: 'Diese Partnerart gibt es schon',
    en: 'This kind of partner exists already',
  },
  'validation.language': {
    de: 'Sprachcode nach ISO 639, z. B. de, tr, ar',
    en: 'ISO 639 language code, e.g. de, tr, ar',
  },
  'validation.time': { de: 'Uhrzeit als HH:MM', en: 'Time as HH:MM' },
  'validation.date': { de: 'Datum als JJJJ-MM-TT', en: 'Date as YYYY-MM-DD' },
  'validation.notACentre': {
    de: 'Sie gehören zu keinem Familienzentrum; bitte centreId angeben',
    en: 'You belong to no family centre; please give centreId',
  },
  'validation.notAPartner': {
    de: 'Diese Organisation kann kein Partner eines Familienzentrums sein',
    en: 'This organisation cannot be a partner of a family centre',
  },
  'validation.versionRequired': {
    de: 'Die Beziehung besteht schon: bitte die gelesene Version mitsenden',
    en: 'The relationship exists already: please send the version you read',
  },
  'validation.assigneeNotMember': {
    de: 'Die Person gehört nicht zu diesem Familienzentrum',
    en: 'This person is not a member of this family centre',
  },
  'validation.alreadyClaimed': {
    de: 'Diese Organisation verwaltet ihr Profil bereits selbst',
    en: 'This organisation already manages its own profile',
  },
  'validation.unknownMunicipality': { de: 'Unbekannte Kommune', en: 'Unknown municipality' },
  'validation.unknownDistrict': {
    de: 'Unbekannter Sozialraum dieser Kommune',
    en: 'Unknown district of this municipality',
  },
  'validation.providerMustBeProvider': {
    de: 'Muss ein Träger (Typ „provider“) sein',
    en: 'Must be a provider organisation',
  },
  'validation.networkMustBeNetwork': {
    de: 'Muss ein Verbund (Typ „network“) sein',
    en: 'Must be a network organisation',
  },
  'validation.networkOnlyForFacilities': {
    de: 'Nur Einrichtungen können einem Verbund angehören',
    en: 'Only facilities can belong to a network',
  },
  'validation.notOwnParent': {
    de: 'Eine Organisation kann nicht auf sich selbst verweisen',
    en: 'An organisation cannot refer to itself',
  },
  'validation.roleNotForType': {
    de: 'Diese Rolle gibt es für diesen Organisationstyp nicht',
    en: 'This role does not exist for this type of organisation',
  },
  'validation.invalidCursor': { de: 'Ungültiger Cursor', en: 'Invalid cursor' },
  'validation.unsafeCharacters': {
    de: 'Enthält unzulässige Zeichen (Steuerzeichen oder ungültiges Unicode)',
    en: 'Contains characters that are not allowed (control characters or invalid Unicode)',
  },
  'validation.dateTime': {
    de: 'Datum und Uhrzeit nach ISO 8601 mit Zeitzone, z. B. 2026-12-01T15:00:00+01:00',
    en: 'Date and time in ISO 8601 with a time zone, e.g. 2026-12-01T15:00:00+01:00',
  },
  'validation.alreadyMember': {
    de: 'Diese Person ist bereits Mitglied',
    en: 'This person is already a member',
  },
  'validation.lastAdmin': {
    de: 'Die letzte Administratorin bzw. der letzte Administrator kann nicht entfernt werden',
    en: 'The last administrator cannot be removed',
  },
  'validation.invitationEmailMismatch': {
    de: 'Die Einladung gilt für eine andere E-Mail-Adresse',
    en: 'The invitation is for a different e-mail address',
  },
  'validation.invitationNotPending': {
    de: 'Die Einladung ist abgelaufen, zurückgezogen oder bereits angenommen',
    en: 'The invitation has expired, was revoked or was already accepted',
  },
  'validation.accountExists': {
    de: 'Für diese E-Mail-Adresse gibt es bereits ein Konto. Bitte melden Sie sich an.',
    en: 'An account with this e-mail address exists. Please sign in.',
  },
  'validation.nameAndPasswordRequired': {
    de: 'Name und Passwort sind für ein neues Konto erforderlich',
    en: 'Name and password are required for a new account',
  },
  'mail.invitation.subject': {
    de: 'Einladung zu {{organization}} bei Familiennetz',
    en: 'Invitation to {{organization}} on Familiennetz',
  },
  'mail.invitation.body': {
    de: 'Guten Tag,\n\n{{inviter}} lädt Sie ein, als {{role}} bei {{organization}} in Familiennetz mitzuarbeiten.\n\nEinladung annehmen: {{link}}\n\nDer Link ist bis {{expires}} gültig.',
    en: 'Hello,\n\n{{inviter}} invites you to join {{organization}} on Familiennetz as {{role}}.\n\nAccept the invitation: {{link}}\n\nThe link is valid until {{expires}}.',
  },
  'mail.confirmProfile.subject': {
    de: 'Stimmen die Angaben zu {{organization}} noch?',
    en: 'Is the information about {{organization}} still correct?',
  },
  'mail.confirmProfile.body': {
    de: 'Guten Tag {{name}},\n\nFamilienzentren finden {{organization}} in Familiennetz. Stimmen Adresse, Angebote und Ansprechpersonen noch?\n\nJa, alles korrekt (ein Klick, ohne Anmeldung): {{confirmLink}}\n\nEtwas hat sich geändert: {{editLink}}\n\nVielen Dank!',
    en: 'Hello {{name}},\n\nFamily centres find {{organization}} on Familiennetz. Are address, offerings and contacts still correct?\n\nYes, all correct (one click, no sign-in): {{confirmLink}}\n\nSomething has changed: {{editLink}}\n\nThank you!',
  },
  'role.admin': { de: 'Administration', en: 'administrator' },
  'role.lead': { de: 'Leitung', en: 'lead' },
  'role.staff': { de: 'Fachkraft', en: 'staff' },
  'role.planner': { de: 'Jugendhilfeplanung', en: 'planner' },
  ...accountsMessages,
  ...offeringsMessages,
  ...roomsMessages,
  ...cooperationsMessages,
  ...planningMessages,
  ...sealMessages,
  ...agreementsMessages,
  ...passwordMessages,
  ...privacyMessages,
  ...interopMessages,
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof messages;

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(messages, value);
}

/** Looks a message up and fills `{{name}}` placeholders. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return messages[key][locale].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
