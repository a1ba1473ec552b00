import { finderDe } from '../features/offerings/finder-messages';

/**
 * German texts shared by the whole app: the source language. Every key here must exist in en.ts (the compiler checks
 * it).
 *
 * These are the start-up texts that every visitor loads: the app frame, texts several features use, and the
 * offerings finder's (where many families arrive). Each feature owns its other texts in features/<feature>/messages.ts,
 * which load with its pages (see features.ts).
 */
export const de = {
  app: {
    name: 'Familiennetz',
    tagline: 'Familienzentren, Partner und Jugendamt gemeinsam',
    skipToContent: 'Zum Inhalt springen',
    mainNavigation: 'Hauptnavigation',
    openNavigation: 'Navigation öffnen',
    closeNavigation: 'Navigation schließen',
    navigation: 'Navigation',
    footer: 'Familiennetz – die Vernetzung von Familienzentren, Partnern und Jugendamt.',
    loading: 'Wird geladen …',
    signedInAs: 'Angemeldet als {{name}}',
  },
  nav: {
    start: 'Start',
    // The features' own texts load with their pages; the navigation needs their names from the start.
    rooms: 'Räume',
    agreements: 'Vereinbarungen',
    capacity: 'Kapazität',
    capacityOverview: 'Kapazitäten',
    cooperations: 'Kooperationen',
    cooperationModels: 'Kooperationsmodelle',
    pools: 'Stundenpools',
    planning: 'Planung',
    statePlanning: 'Landesübersicht',
    seal: 'Gütesiegel',
    myOrganization: 'Meine Organisation',
    adminOrganizations: 'Organisationen verwalten',
    myAccount: 'Mein Konto',
    signIn: 'Anmelden',
    signOut: 'Abmelden',
  },
  language: {
    label: 'Sprache',
    de: 'Deutsch',
    en: 'English',
  },
  freshness: {
    nav: 'Aktualität',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es nicht. Vielleicht hat sich die Adresse geändert.',
    back: 'Zur Startseite',
  },
  errors: {
    network:
      'Der Server ist gerade nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    unexpected: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
    forbidden: 'Dafür fehlt Ihnen die Berechtigung.',
    sessionExpired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    retry: 'Erneut versuchen',
  },
  capacityCheck: {
    title: 'Mehr Stunden als verfügbar',
    intro: 'Damit wären Stunden überplant:',
    figures:
      '{{organization}}, {{month}}{{district}}: {{total}} von {{available}} Stunden (davon {{committed}} zugesagt, {{planned}} geplant)',
    noFigures: '{{organization}}, {{month}}{{district}}: über den verfügbaren Stunden',
    question: 'Trotzdem fortfahren? Das ist erlaubt – die Stunden werden dann als überplant angezeigt.',
  },
  common: {
    required: 'Pflichtfeld',
    cancel: 'Abbrechen',
    close: 'Schließen',
    showPassword: 'Passwort anzeigen',
    toMyOrganization: 'Zu meiner Organisation',
    optional: 'optional',
  },
  directory: {
    nav: {
      search: 'Partner',
      network: 'Mein Netzwerk',
    },
    accessibility: {
      step_free: 'Stufenloser Zugang',
      accessible_toilet: 'Barrierefreies WC',
      hearing_loop: 'Induktionsschleife',
      lift: 'Aufzug',
      parking_disabled: 'Behindertenparkplatz',
      easy_language: 'Leichte Sprache',
      sign_language: 'Gebärdensprache',
    },
    targetGroup: {
      expectant_parents: 'Werdende Eltern',
      age_0_3: 'Familien mit Kindern von 0 bis 3 Jahren',
      age_3_6: 'Familien mit Kindern von 3 bis 6 Jahren',
      school_children: 'Familien mit Schulkindern',
      fathers: 'Väter',
      single_parents: 'Alleinerziehende',
      migrant_families: 'Familien mit Einwanderungsgeschichte',
      all_families: 'Alle Familien',
    },
  },
  // Used by several features (administration, organisation, invitations).
  organizationType: {
    family_centre: 'Familienzentrum',
    partner: 'Partnerorganisation',
    youth_office: 'Jugendamt',
    provider: 'Träger',
    network: 'Verbund',
    state_office: 'Landesjugendamt',
  },
  role: {
    admin: 'Verwaltung',
    lead: 'Leitung',
    staff: 'Fachkraft',
    planner: 'Jugendhilfeplanung',
  },
  offerings: finderDe,
} as const;

export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof de>;
