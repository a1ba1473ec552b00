/** Texts of the sign-in page; de is the source, en has the same keys (the compiler checks it). */
export const messagesDe = {
  signIn: {
    title: 'Anmelden',
    intro: 'Für Fachkräfte aus Familienzentren, Partnerorganisationen und dem Jugendamt.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    emailRequired: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    passwordRequired: 'Bitte geben Sie Ihr Passwort ein.',
    or: 'oder',
    withProvider: 'Anmelden mit {{name}}',
    submit: 'Anmelden',
    invalidCredentials: 'E-Mail-Adresse oder Passwort ist falsch.',
    tooManyAttempts: 'Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es erneut.',
    alreadySignedIn: 'Sie sind bereits als {{name}} angemeldet.',
    signedOut: 'Sie wurden abgemeldet.',
    singleSignOnFailed: {
      noAccount:
        'Für die E-Mail-Adresse Ihres Anmeldedienstes gibt es in Familiennetz kein Konto. Zugang erhalten Sie über eine Einladung Ihrer Organisation.',
      notVerified:
        'Ihr Anmeldedienst bestätigt Ihre E-Mail-Adresse nicht. Familiennetz meldet Sie deshalb nicht an. Bitte bestätigen Sie die Adresse dort oder wenden Sie sich an Ihre IT.',
      expired: 'Die Anmeldung ist abgelaufen oder ungültig. Bitte starten Sie sie erneut.',
      cancelled: 'Die Anmeldung beim Anmeldedienst wurde abgebrochen.',
      failed:
        'Die Anmeldung über den Anmeldedienst ist fehlgeschlagen, oder er ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut oder melden Sie sich mit Ihrem Passwort an.',
    },
    forgotPassword: 'Passwort vergessen?',
  },
};

export const messagesEn: typeof messagesDe = {
  signIn: {
    title: 'Sign in',
    intro: 'For professionals of family centres, partner organisations and the youth welfare office.',
    email: 'E-mail address',
    password: 'Password',
    emailRequired: 'Please enter your e-mail address.',
    passwordRequired: 'Please enter your password.',
    or: 'or',
    withProvider: 'Sign in with {{name}}',
    submit: 'Sign in',
    invalidCredentials: 'E-mail address or password is wrong.',
    tooManyAttempts: 'Too many attempts. Please wait a minute and try again.',
    alreadySignedIn: 'You are already signed in as {{name}}.',
    signedOut: 'You have been signed out.',
    singleSignOnFailed: {
      noAccount:
        'There is no Familiennetz account for the e-mail address of your sign-in service. You get access through an invitation from your organisation.',
      notVerified:
        'Your sign-in service does not confirm your e-mail address, so Familiennetz does not sign you in. Please confirm the address there or contact your IT.',
      expired: 'The sign-in has expired or is invalid. Please start it again.',
      cancelled: 'The sign-in at the sign-in service was cancelled.',
      failed:
        'Signing in through the sign-in service failed, or it cannot be reached right now. Please try again later or sign in with your password.',
    },
    forgotPassword: 'Forgot your password?',
  },
};
