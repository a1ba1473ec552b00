/** Texts of the personal data section (on the account page); de is the source, en has the same keys (the compiler checks it). */
export const messagesDe = {
  personalData: {
    heading: 'Auskunft über Ihre Daten',
    intro:
      'Als JSON-Datei erhalten Sie alles, was Familiennetz über Sie speichert: Konto, Anmeldeverfahren, Sitzungen, API-Schlüssel, Mitgliedschaften, Einladungen, Einträge als Ansprechperson, Ihre Kommentare, Zustimmungen, Unterschriften und Raumbuchungen, Ihre Änderungen laut Protokoll und die E-Mails an Sie. Passwörter und Schlüssel sind nicht enthalten.',
    download: 'Meine Daten herunterladen',
    erasure:
      'Soll Ihr Konto gelöscht werden, wenden Sie sich an die Administration Ihrer Organisation: Sie kann Ihr Konto löschen.',
  },
};

export const messagesEn: typeof messagesDe = {
  personalData: {
    heading: 'Access to your data',
    intro:
      'As a JSON file you get everything Familiennetz stores about you: account, sign-in methods, sessions, API keys, memberships, invitations, entries as a contact person, your comments, consents, signatures and room bookings, your changes according to the history, and the e-mails sent to you. Passwords and keys are not included.',
    download: 'Download my data',
    erasure:
      'If your account should be deleted, ask the administration of your organisation: they can delete it.',
  },
};
