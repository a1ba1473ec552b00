/** Texts of the freshness page for planners (its navigation entry is in i18n/de.ts); de is the source, en has the same keys (the compiler checks it). */
export const messagesDe = {
  freshness: {
    title: 'Aktualität der Partnerprofile',
    intro:
      'Ein Profil gilt als nicht bestätigt, wenn seine Angaben länger als {{days}} Tage nicht bestätigt wurden. Die Verantwortlichen werden dann per E-Mail gefragt, ob alles noch stimmt.',
    byDistrict: 'Nach Sozialraum',
    byCentre: 'Nach Familienzentrum (aktive Partner und Partner im Kontakt)',
    district: 'Sozialraum',
    centre: 'Familienzentrum',
    profiles: 'Profile',
    partners: 'Partner',
    stale: 'nicht bestätigt',
    noDistrict: 'ohne Sozialraum',
    onlyPlanners: 'Diese Übersicht ist für die Jugendhilfeplanung.',
  },
};

export const messagesEn: typeof messagesDe = {
  freshness: {
    title: 'How current the partner profiles are',
    intro:
      'A profile counts as unconfirmed when its details have not been confirmed for more than {{days}} days. The people responsible are then asked by e-mail whether everything is still correct.',
    byDistrict: 'By district',
    byCentre: 'By family centre (active partners and partners in contact)',
    district: 'District',
    centre: 'Family centre',
    profiles: 'Profiles',
    partners: 'Partners',
    stale: 'of which unconfirmed',
    noDistrict: 'no district',
    onlyPlanners: 'This overview is for youth welfare planners.',
  },
};
