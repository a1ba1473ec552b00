import type { Locale } from '../../http/i18n-types';

/** Texts of the password policy and the password reset, merged into the server's message table. */
export const passwordMessages = {
  'password.tooShort': {
    de: 'Das Passwort braucht mindestens {{min}} Zeichen.',
    en: 'The password needs at least {{min}} characters.',
  },
  'password.tooLong': {
    de: 'Das Passwort darf höchstens {{max}} Zeichen haben.',
    en: 'The password may have at most {{max}} characters.',
  },
  'password.common': {
    de: 'Dieses Passwort ist zu bekannt: Es steht auf Listen häufig benutzter oder gestohlener Passwörter. Bitte wählen Sie ein anderes.',
    en: 'This password is too common: it is on lists of frequently used or stolen passwords. Please choose another one.',
  },
  'password.simple': {
    de: 'Das Passwort ist zu einfach (Wiederholungen oder eine Folge wie 123456 oder qwertz). Bitte wählen Sie ein anderes.',
    en: 'The password is too simple (repetitions or a sequence such as 123456 or qwerty). Please choose another one.',
  },
  'password.containsEmail': {
    de: 'Das Passwort darf Ihre E-Mail-Adresse und Namen daraus nicht enthalten.',
    en: 'The password must not contain your e-mail address or names from it.',
  },
  'password.containsAppName': {
    de: 'Das Passwort darf „Familiennetz“ nicht enthalten.',
    en: 'The password must not contain "Familiennetz".',
  },
  'password.resetLinkInvalid': {
    de: 'Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.',
    en: 'This link is invalid, has expired or has been used already. Please request a new one.',
  },
  'password.currentWrong': {
    de: 'Das bisherige Passwort ist falsch.',
    en: 'The current password is wrong.',
  },
  'mail.passwordReset.subject': {
    de: 'Passwort zurücksetzen bei Familiennetz',
    en: 'Reset your Familiennetz password',
  },
  'mail.passwordReset.body': {
    de: 'Guten Tag {{name}},\n\njemand – hoffentlich Sie – möchte das Passwort Ihres Kontos {{email}} bei Familiennetz neu festlegen.\n\nNeues Passwort festlegen: {{link}}\n\nDer Link ist {{minutes}} Minuten gültig und funktioniert nur einmal. Danach sind Sie auf allen Geräten abgemeldet und melden sich mit dem neuen Passwort an.\n\nWenn Sie das nicht waren, können Sie diese E-Mail ignorieren: Ihr Passwort bleibt unverändert.',
    en: 'Hello {{name}},\n\nsomeone – hopefully you – wants to set a new password for your Familiennetz account {{email}}.\n\nSet a new password: {{link}}\n\nThe link is valid for {{minutes}} minutes and works once. Afterwards you are signed out on every device and sign in with the new password.\n\nIf this was not you, you can ignore this e-mail: your password stays as it is.',
  },
  'mail.passwordSingleSignOn.subject': {
    de: 'Ihre Anmeldung bei Familiennetz',
    en: 'Signing in to Familiennetz',
  },
  'mail.passwordSingleSignOn.body': {
    de: 'Guten Tag {{name}},\n\njemand – hoffentlich Sie – hat ein neues Passwort für Ihr Konto {{email}} bei Familiennetz angefordert. Sie melden sich bei Familiennetz aber über die zentrale Anmeldung „{{provider}}“ an und haben hier kein eigenes Passwort.\n\nBitte wählen Sie auf der Anmeldeseite „Anmelden mit {{provider}}“: {{link}}\n\nIhr Passwort dafür ändern Sie dort, wo es verwaltet wird, zum Beispiel bei der IT Ihrer Kommune oder Ihres Trägers.\n\nWenn Sie nichts angefordert haben, können Sie diese E-Mail ignorieren.',
    en: 'Hello {{name}},\n\nsomeone – hopefully you – asked for a new Familiennetz password for your account {{email}}. You sign in to Familiennetz through the central sign-on "{{provider}}", though, and have no password of your own here.\n\nPlease choose "Sign in with {{provider}}" on the sign-in page: {{link}}\n\nChange its password where it is managed, for example at the IT department of your municipality or provider.\n\nIf you did not ask for anything, you can ignore this e-mail.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
