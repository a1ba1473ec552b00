/** Texts of the "still correct?" page behind the e-mail link; de is the source, en has the same keys (the compiler checks it). */
export const messagesDe = {
  confirmProfile: {
    title: 'Angaben bestätigen',
    question: 'Stimmen die Angaben zu {{organization}} in Familiennetz noch?',
    confirm: 'Ja, alles ist korrekt',
    somethingChanged: 'Etwas hat sich geändert?',
    edit: 'Profil ansehen und bearbeiten (nach Anmeldung)',
    thanks: 'Vielen Dank! Die Angaben zu {{organization}} sind jetzt als aktuell bestätigt.',
    used: 'Dieser Link wurde bereits verwendet: Die Angaben wurden am {{date}} bestätigt. Es wurde nichts geändert.',
    expired: 'Dieser Link ist abgelaufen. Bitte melden Sie sich an und prüfen Sie das Profil dort.',
    notFound: 'Diesen Link gibt es nicht. Bitte prüfen Sie den Link aus Ihrer E-Mail.',
  },
};

export const messagesEn: typeof messagesDe = {
  confirmProfile: {
    title: 'Confirm the details',
    question: 'Is the information about {{organization}} on Familiennetz still correct?',
    confirm: 'Yes, everything is correct',
    somethingChanged: 'Something has changed?',
    edit: 'View and edit the profile (after signing in)',
    thanks: 'Thank you! The information about {{organization}} is now confirmed as current.',
    used: 'This link has been used already: the details were confirmed on {{date}}. Nothing was changed.',
    expired: 'This link has expired. Please sign in and check the profile there.',
    notFound: 'There is no such link. Please check the link in your e-mail.',
  },
};
