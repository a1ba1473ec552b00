/** Texts of the "forgot password" and "set a new password" pages; de is the source, en has the same keys. */
const passwordsDe = {
  forgot: {
    title: 'Passwort vergessen',
    intro:
      'Geben Sie die E-Mail-Adresse Ihres Kontos an. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
    email: 'E-Mail-Adresse',
    emailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    submit: 'Link anfordern',
    sent: 'Wenn es für {{email}} ein Konto gibt, ist eine E-Mail mit einem Link unterwegs. Der Link ist {{minutes}} Minuten gültig und funktioniert einmal. Sehen Sie bitte auch im Spam-Ordner nach.',
    singleSignOnHint:
      'Sie melden sich über die zentrale Anmeldung Ihrer Kommune oder Ihres Trägers an? Dann ändern Sie Ihr Passwort dort.',
    backToSignIn: 'Zurück zur Anmeldung',
  },
  reset: {
    title: 'Neues Passwort festlegen',
    intro: 'Wählen Sie ein neues Passwort. Danach sind Sie auf allen Geräten abgemeldet.',
    rulesHeading: 'So muss das Passwort sein:',
    ruleLength: 'mindestens {{min}} Zeichen lang',
    ruleCommon: 'kein bekanntes oder häufig benutztes Passwort, keine Folge wie 123456 oder qwertz',
    rulePersonal: 'ohne Ihre E-Mail-Adresse, Namen daraus oder „Familiennetz“',
    tip: 'Tipp: Ein kurzer Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.',
    password: 'Neues Passwort',
    confirm: 'Neues Passwort wiederholen',
    tooShort: 'Das Passwort braucht mindestens {{min}} Zeichen.',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    submit: 'Passwort speichern',
    done: 'Ihr Passwort ist geändert. Aus Sicherheitsgründen sind Sie auf allen Geräten abgemeldet. Bitte melden Sie sich mit dem neuen Passwort an.',
    toSignIn: 'Zur Anmeldung',
    requestNew: 'Neuen Link anfordern',
  },
};

const passwordsEn: typeof passwordsDe = {
  forgot: {
    title: 'Forgot password',
    intro: "Enter your account's e-mail address. We will send you a link to set a new password.",
    email: 'E-mail address',
    emailRequired: 'Please enter your e-mail address.',
    submit: 'Send link',
    sent: 'If there is an account for {{email}}, an e-mail with a link is on its way. The link is valid for {{minutes}} minutes and works once. Please also look in your spam folder.',
    singleSignOnHint:
      'You sign in through the central sign-on of your municipality or provider? Then change your password there.',
    backToSignIn: 'Back to sign-in',
  },
  reset: {
    title: 'Set a new password',
    intro: 'Choose a new password. Afterwards you are signed out on every device.',
    rulesHeading: 'The password must be:',
    ruleLength: 'at least {{min}} characters long',
    ruleCommon: 'not a well-known or frequently used password, no sequence such as 123456 or qwerty',
    rulePersonal: 'without your e-mail address, names from it or "Familiennetz"',
    tip: 'Tip: a short sentence of several words is easy to remember and hard to guess.',
    password: 'New password',
    confirm: 'Repeat the new password',
    tooShort: 'The password needs at least {{min}} characters.',
    mismatch: 'The two passwords do not match.',
    submit: 'Save password',
    done: 'Your password has been changed. For your security you are signed out on every device. Please sign in with the new password.',
    toSignIn: 'To sign-in',
    requestNew: 'Request a new link',
  },
};

export const messagesDe = { passwords: passwordsDe };
export const messagesEn: typeof messagesDe = { passwords: passwordsEn };
