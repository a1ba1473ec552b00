import type { Widen } from './de';

/**
 * Texts of the public pages other than the finder: the start page, sign-in and an offering's page, in both
 * languages. The finder is where many families arrive, so its start-up bundle carries only the app frame's and the
 * finder's texts; these pages' routes wait for this bundle (loadFeatureMessages('public') in router.tsx, see
 * features.ts), which loads beside the page's own chunk. Deep merging joins `offerings.detail` with the start-up
 * `offerings` texts.
 */
export const publicPagesDe = {
  home: {
    title: 'Start',
    heading: 'Familiennetz',
    lead: 'Familiennetz verbindet Familienzentren mit ihren Partnern im Stadtteil und dem Jugendamt – damit Familien die Beratung, Bildung und Unterstützung finden, die sie brauchen.',
    familiesHeading: 'Für Familien',
    familiesText:
      'Elterncafé, Beratung, Kurse und Treffpunkte in Ihrer Nähe: Familienzentren und ihre Partner bieten vieles kostenlos oder günstig an.',
    finderCta: 'Angebote finden – ohne Anmeldung',
    professionalsHeading: 'Für Fachkräfte',
    professionalsText:
      'Familienzentren, Partner und Jugendamt pflegen hier ihr Netzwerk: Profile, Mitglieder und Einladungen – weitere Bereiche folgen.',
    signInCta: 'Anmelden für Fachkräfte',
    toOrganizationCta: 'Zu meiner Organisation',
    privacyHeading: 'Ihre Daten',
    privacyText: 'Familiennetz speichert keine Daten über Familien oder Kinder.',
  },
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
  offerings: {
    detail: {
      back: 'Zurück zur Suche',
      documentTitle: '{{title}} – Angebote für Familien',
      plainLanguage: 'In Leichter Sprache',
      description: 'Beschreibung',
      facts: 'Auf einen Blick',
      forWhom: 'Für wen',
      age: 'Alter',
      languages: 'Sprachen',
      themes: 'Themen',
      dates: 'Termine',
      noDates: 'Zurzeit sind keine weiteren Termine geplant.',
      cancelledDate: 'fällt aus',
      movedDate: 'neuer Termin',
      rule: 'Regel',
      addToCalendar: 'Termin in meinen Kalender',
      calendarHint:
        'Lädt eine Kalenderdatei (.ics) mit allen Terminen. Ihr Handy oder Computer öffnet sie im Kalender.',
      place: 'Ort',
      noPlace: 'Der Ort wird bei der Anmeldung genannt.',
      accessibility: 'Barrierefreiheit',
      noAccessibility: 'Keine Angaben. Fragen Sie gern nach.',
      fee: 'Kosten',
      reduced: 'ermäßigt {{amount}}',
      registration: 'Anmeldung',
      registrationNone: 'Keine Anmeldung nötig. Kommen Sie einfach vorbei.',
      registrationPhoneEmail: 'Bitte melden Sie sich an:',
      registrationOnline: 'Bitte melden Sie sich online an:',
      registrationLink: 'Zur Anmeldung',
      capacity: 'Plätze: {{count}}',
      waitlist: 'Auf der Warteliste: {{count}}',
      phone: 'Telefon',
      email: 'E-Mail',
      runByHeading: 'Wer bietet es an?',
      notFound: 'Dieses Angebot gibt es nicht oder es ist nicht öffentlich.',
    },
  },
} as const;

export const publicPagesEn: Widen<typeof publicPagesDe> = {
  home: {
    title: 'Home',
    heading: 'Familiennetz',
    lead: 'Familiennetz connects family centres with their partners in the neighbourhood and the youth welfare office – so that families find the counselling, education and support they need.',
    familiesHeading: 'For families',
    familiesText:
      'Parent cafés, counselling, courses and meeting places near you: family centres and their partners offer a lot for free or at low cost.',
    finderCta: 'Find offerings – no sign-in needed',
    professionalsHeading: 'For professionals',
    professionalsText:
      'Family centres, partners and the youth welfare office maintain their network here: profiles, members and invitations – more areas will follow.',
    signInCta: 'Sign in for professionals',
    toOrganizationCta: 'Go to my organisation',
    privacyHeading: 'Your data',
    privacyText: 'Familiennetz stores no data about families or children.',
  },
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
  offerings: {
    detail: {
      back: 'Back to the search',
      documentTitle: '{{title}} – Offerings for families',
      plainLanguage: 'In plain language',
      description: 'Description',
      facts: 'At a glance',
      forWhom: 'For whom',
      age: 'Age',
      languages: 'Languages',
      themes: 'Topics',
      dates: 'Dates',
      noDates: 'No further dates are planned at the moment.',
      cancelledDate: 'cancelled',
      movedDate: 'new date',
      rule: 'Rule',
      addToCalendar: 'Add to my calendar',
      calendarHint:
        'Downloads a calendar file (.ics) with all dates. Your phone or computer opens it in its calendar.',
      place: 'Place',
      noPlace: 'The place is given when you register.',
      accessibility: 'Accessibility',
      noAccessibility: 'No details given. Feel free to ask.',
      fee: 'Cost',
      reduced: 'reduced {{amount}}',
      registration: 'Registration',
      registrationNone: 'No registration needed. Just come along.',
      registrationPhoneEmail: 'Please register:',
      registrationOnline: 'Please register online:',
      registrationLink: 'Register',
      capacity: 'Places: {{count}}',
      waitlist: 'On the waiting list: {{count}}',
      phone: 'Phone',
      email: 'E-mail',
      runByHeading: 'Who offers it?',
      notFound: 'This offering does not exist or is not public.',
    },
  },
};
