import type { offeringsWorkDe } from './work-messages';

/**
 * Texts of the offerings pages; de is the source, en must have the same keys (the compiler checks it).
 * Family-facing texts (finder, detail) are short and plain: many readers are not native speakers.
 *
 * Only the finder's texts (and what the navigation needs) are here, in the start-up bundle that every visitor
 * loads; an offering's public page brings its texts with it (`offerings.detail` in i18n/public-pages.ts), and the
 * internal pages' texts (work-messages.ts) are added to i18next when those pages load, which keeps the finder's
 * JavaScript small. Their keys are part of the types (below, and AllMessages in de.ts), so t() checks them like
 * every other key.
 */
const publicDe = {
  nav: {
    finder: 'Angebote finden',
    mine: 'Unsere Angebote',
  },
  format: {
    open_cafe: 'Offener Treff / Elterncafé',
    consultation_hour: 'Offene Sprechstunde',
    course_series: 'Kurs',
    single_event: 'Einzelveranstaltung',
    group: 'Gruppe',
    information_evening: 'Informationsabend',
  },
  free: 'kostenlos',
  runBy: 'Veranstaltet von {{lead}}',
  runByWith: 'Veranstaltet von {{lead}} mit {{with}}',
  ageRange: '{{from}} bis {{to}} Jahre',
  ageFrom: 'ab {{from}} Jahren',
  ageTo: 'bis {{to}} Jahre',
  finder: {
    title: 'Angebote für Familien',
    intro:
      'Treffpunkte, Kurse und Beratung für Familien in Ihrer Nähe. Viele Angebote sind kostenlos. Sie brauchen kein Konto.',
    query: 'Suchbegriff',
    queryPlaceholder: 'z. B. Elterncafé, Babymassage, Beratung',
    submit: 'Suchen',
    filtersHeading: 'Suche eingrenzen',
    showFilters: 'Filter zeigen',
    showActiveFilters: 'Filter zeigen ({{count}} aktiv)',
    hideFilters: 'Filter verbergen',
    postcode: 'Ihre Postleitzahl',
    postcodeHint: 'Dann sehen Sie, wie weit es ist.',
    postcodeInvalid: 'Eine Postleitzahl hat 5 Ziffern.',
    radius: 'Umkreis',
    anyDistance: 'Beliebig weit',
    withinKm: 'Bis {{km}} km',
    targetGroup: 'Für wen?',
    allTargetGroups: 'Für alle',
    age: 'Alter des Kindes',
    anyAge: 'Jedes Alter',
    ageYears_one: '{{count}} Jahr',
    ageYears_other: '{{count}} Jahre',
    ageUnderOne: 'unter 1 Jahr',
    language: 'Sprache',
    allLanguages: 'Alle Sprachen',
    district: 'Stadtteil',
    allDistricts: 'Alle Stadtteile',
    format: 'Art des Angebots',
    allFormats: 'Alle Arten',
    from: 'Ab Datum',
    to: 'Bis Datum',
    apply: 'Filter anwenden',
    reset: 'Filter zurücksetzen',
    results: 'Ergebnisse',
    resultsCount_one: '{{count}} Angebot gefunden',
    resultsCount_other: '{{count}} Angebote gefunden',
    resultsMore: 'Mehr als {{count}} Angebote gefunden',
    similar: 'Nichts genau zu „{{query}}“ – ähnliche Angebote',
    none: 'Keine Angebote gefunden. Versuchen Sie es mit weniger Filtern oder einem anderen Suchbegriff.',
    more: 'Weitere Angebote zeigen',
    nextDate: 'Nächster Termin: {{date}}',
    noDate: 'Termine auf Anfrage',
    distance: '{{distance}} km entfernt',
    origin: 'Entfernungen ab {{name}} ({{postcode}})',
  },
};

const publicEn: typeof publicDe = {
  nav: {
    finder: 'Find offerings',
    mine: 'Our offerings',
  },
  format: {
    open_cafe: 'Drop-in / parents’ café',
    consultation_hour: 'Open consultation hour',
    course_series: 'Course',
    single_event: 'Single event',
    group: 'Group',
    information_evening: 'Information evening',
  },
  free: 'free of charge',
  runBy: 'Run by {{lead}}',
  runByWith: 'Run by {{lead}} with {{with}}',
  ageRange: '{{from}} to {{to}} years',
  ageFrom: 'from {{from}} years',
  ageTo: 'up to {{to}} years',
  finder: {
    title: 'Offerings for families',
    intro:
      'Meeting places, courses and counselling for families near you. Many offerings are free. You do not need an account.',
    query: 'Search term',
    queryPlaceholder: 'e.g. parents’ café, baby massage, counselling',
    submit: 'Search',
    filtersHeading: 'Narrow the search',
    showFilters: 'Show filters',
    showActiveFilters: 'Show filters ({{count}} active)',
    hideFilters: 'Hide filters',
    postcode: 'Your postcode',
    postcodeHint: 'Then you see how far it is.',
    postcodeInvalid: 'A postcode has 5 digits.',
    radius: 'Distance',
    anyDistance: 'Any distance',
    withinKm: 'Up to {{km}} km',
    targetGroup: 'For whom?',
    allTargetGroups: 'For everyone',
    age: 'Age of the child',
    anyAge: 'Any age',
    ageYears_one: '{{count}} year',
    ageYears_other: '{{count}} years',
    ageUnderOne: 'under 1 year',
    language: 'Language',
    allLanguages: 'All languages',
    district: 'District',
    allDistricts: 'All districts',
    format: 'Kind of offering',
    allFormats: 'All kinds',
    from: 'From date',
    to: 'To date',
    apply: 'Apply filters',
    reset: 'Reset filters',
    results: 'Results',
    resultsCount_one: '{{count}} offering found',
    resultsCount_other: '{{count}} offerings found',
    resultsMore: 'More than {{count}} offerings found',
    similar: 'Nothing exactly for “{{query}}” – similar offerings',
    none: 'No offerings found. Try fewer filters or another search term.',
    more: 'Show more offerings',
    nextDate: 'Next date: {{date}}',
    noDate: 'Dates on request',
    distance: '{{distance}} km away',
    origin: 'Distances from {{name}} ({{postcode}})',
  },
};

export const offeringsDe = publicDe as typeof publicDe & typeof offeringsWorkDe;

export const offeringsEn = publicEn as typeof offeringsDe;
