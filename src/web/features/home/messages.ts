/** Texts of the start page; de is the source, en has the same keys (the compiler checks it). */
export const messagesDe = {
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
    privacyHeading: 'Ihre Daten',
    privacyText: 'Familiennetz speichert keine Daten über Familien oder Kinder.',
  },
};

export const messagesEn: typeof messagesDe = {
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
    privacyHeading: 'Your data',
    privacyText: 'Familiennetz stores no data about families or children.',
  },
};
