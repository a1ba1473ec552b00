import { finderEn } from '../features/offerings/finder-messages';
import type { Messages } from './de';

/** English start-up texts: complete, same keys as de.ts. Loaded only when English is chosen (see index.ts). */
export const en: Messages = {
  app: {
    name: 'Familiennetz',
    tagline: 'Family centres, partners and the youth welfare office together',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
    openNavigation: 'Open navigation',
    closeNavigation: 'Close navigation',
    navigation: 'Navigation',
    footer: 'Familiennetz – connecting family centres, their partners and the youth welfare office.',
    loading: 'Loading …',
    signedInAs: 'Signed in as {{name}}',
  },
  nav: {
    start: 'Home',
    rooms: 'Rooms',
    agreements: 'Agreements',
    capacity: 'Capacity',
    capacityOverview: 'Capacities',
    cooperations: 'Cooperations',
    cooperationModels: 'Cooperation models',
    pools: 'Hour pools',
    planning: 'Planning',
    statePlanning: 'State overview',
    seal: 'Quality seal',
    myOrganization: 'My organisation',
    adminOrganizations: 'Manage organisations',
    myAccount: 'My account',
    signIn: 'Sign in',
    signOut: 'Sign out',
  },
  language: {
    label: 'Language',
    de: 'Deutsch',
    en: 'English',
  },
  freshness: {
    nav: 'Freshness',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist. Maybe its address has changed.',
    back: 'Back to the home page',
  },
  errors: {
    network: 'The server cannot be reached right now. Please check your connection and try again.',
    unexpected: 'Something went wrong. Please try again.',
    forbidden: 'You are not allowed to do this.',
    sessionExpired: 'Your session has expired. Please sign in again.',
    retry: 'Try again',
  },
  capacityCheck: {
    title: 'More hours than available',
    intro: 'This would overbook hours:',
    figures:
      '{{organization}}, {{month}}{{district}}: {{total}} of {{available}} hours ({{committed}} committed, {{planned}} planned)',
    noFigures: '{{organization}}, {{month}}{{district}}: over the available hours',
    question: 'Go on anyway? That is allowed – the hours will then be shown as overbooked.',
  },
  common: {
    required: 'Required',
    cancel: 'Cancel',
    close: 'Close',
    showPassword: 'Show password',
    toMyOrganization: 'Go to my organisation',
    optional: 'optional',
  },
  directory: {
    nav: {
      search: 'Partners',
      network: 'My network',
    },
    accessibility: {
      step_free: 'Step-free access',
      accessible_toilet: 'Accessible toilet',
      hearing_loop: 'Hearing loop',
      lift: 'Lift',
      parking_disabled: 'Disabled parking',
      easy_language: 'Easy language',
      sign_language: 'Sign language',
    },
    targetGroup: {
      expectant_parents: 'Expectant parents',
      age_0_3: 'Families with children aged 0 to 3',
      age_3_6: 'Families with children aged 3 to 6',
      school_children: 'Families with school children',
      fathers: 'Fathers',
      single_parents: 'Single parents',
      migrant_families: 'Families with a migration background',
      all_families: 'All families',
    },
  },
  // Used by several features (administration, organisation, invitations)
  organizationType: {
    family_centre: 'Family centre',
    partner: 'Partner organisation',
    youth_office: 'Youth welfare office',
    provider: 'Provider',
    network: 'Network',
    state_office: 'State youth welfare office',
  },
  role: {
    admin: 'Administrator',
    lead: 'Lead',
    staff: 'Staff',
    planner: 'Youth welfare planning',
  },
  offerings: finderEn,
};
