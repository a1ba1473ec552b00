/** Texts of the page behind an invitation's link; de is the source, en has the same keys (the compiler checks it). */
export const messagesDe = {
  acceptInvitation: {
    title: 'Einladung',
    intro: 'Sie wurden eingeladen, bei {{organization}} als {{role}} mitzuarbeiten.',
    invitedEmail: 'Die Einladung gilt für {{email}}.',
    notFound: 'Diese Einladung gibt es nicht. Bitte prüfen Sie den Link aus Ihrer E-Mail.',
    status: {
      accepted: 'Diese Einladung wurde bereits angenommen.',
      expired: 'Diese Einladung ist abgelaufen. Bitten Sie um eine neue Einladung.',
      revoked: 'Diese Einladung wurde zurückgezogen.',
    },
    accept: 'Einladung annehmen',
    accepted: 'Willkommen! Sie gehören jetzt zu {{organization}}.',
    wrongAccount:
      'Sie sind als {{email}} angemeldet. Die Einladung gilt aber für eine andere E-Mail-Adresse. Melden Sie sich ab und mit der eingeladenen Adresse wieder an.',
    hasAccount:
      'Für diese E-Mail-Adresse gibt es schon ein Konto. Melden Sie sich an, um die Einladung anzunehmen.',
    signInFirst: 'Erst anmelden',
    alreadyHaveAccount: 'Sie haben schon ein Konto?',
    createAccountHeading: 'Konto anlegen',
    email: 'E-Mail-Adresse',
    name: 'Ihr Name',
    password: 'Passwort',
    passwordHint:
      'Mindestens 12 Zeichen, kein bekanntes Passwort, ohne Ihre E-Mail-Adresse und ohne „Familiennetz“. Ein kurzer Satz aus mehreren Wörtern ist gut.',
    passwordTooShort: 'Das Passwort muss mindestens 12 Zeichen lang sein.',
    nameRequired: 'Bitte geben Sie Ihren Namen ein.',
    createAndAccept: 'Konto anlegen und annehmen',
  },
};

export const messagesEn: typeof messagesDe = {
  acceptInvitation: {
    title: 'Invitation',
    intro: 'You have been invited to join {{organization}} as {{role}}.',
    invitedEmail: 'The invitation is for {{email}}.',
    notFound: 'This invitation does not exist. Please check the link in your e-mail.',
    status: {
      accepted: 'This invitation has already been accepted.',
      expired: 'This invitation has expired. Please ask for a new one.',
      revoked: 'This invitation has been revoked.',
    },
    accept: 'Accept invitation',
    accepted: 'Welcome! You now belong to {{organization}}.',
    wrongAccount:
      'You are signed in as {{email}}, but the invitation is for a different e-mail address. Sign out and sign in with the invited address.',
    hasAccount: 'There already is an account for this e-mail address. Sign in to accept the invitation.',
    signInFirst: 'Sign in first',
    alreadyHaveAccount: 'Already have an account?',
    createAccountHeading: 'Create your account',
    email: 'E-mail address',
    name: 'Your name',
    password: 'Password',
    passwordHint:
      'At least 12 characters, not a well-known password, without your e-mail address and without "Familiennetz". A short sentence of several words is good.',
    passwordTooShort: 'The password must be at least 12 characters long.',
    nameRequired: 'Please enter your name.',
    createAndAccept: 'Create account and accept',
  },
};
