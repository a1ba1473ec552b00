import * as coverage from './coverage-messages';
import * as districts from './districts-messages';
import * as gaps from './gaps-messages';
import * as graph from './graph-messages';
import * as report from './report-messages';
import * as tasks from './tasks-messages';

/**
 * Texts of the planning pages (navigation entries are in i18n/de.ts); de is the source, en has the same keys
 * (the compiler checks it). Each part of the module keeps its texts in its own file under its own key.
 */
const frameDe = {
  planning: {
    onlyPlanners: 'Die Planung ist für die Jugendhilfeplanung des Jugendamts.',
    municipality: 'Kommune',
    tabs: {
      label: 'Bereiche der Planung',
      overview: 'Überblick',
      map: 'Karte',
      gaps: 'Lücken und Überschneidungen',
      network: 'Netzwerk',
      tasks: 'Aufgaben',
      report: 'Jahresbericht',
      districts: 'Sozialräume und Bedarf',
      seal: 'Gütesiegel',
    },
  },
};

const frameEn: typeof frameDe = {
  planning: {
    onlyPlanners: "Planning is for the youth welfare office's planners.",
    municipality: 'Municipality',
    tabs: {
      label: 'Parts of planning',
      overview: 'Overview',
      map: 'Map',
      gaps: 'Gaps and overlaps',
      network: 'Network',
      tasks: 'Tasks',
      report: 'Yearly report',
      districts: 'Districts and need',
      seal: 'Quality seal',
    },
  },
};

const freshnessDe = {
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

const freshnessEn: typeof freshnessDe = {
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

export const messagesDe = {
  ...frameDe,
  ...freshnessDe,
  ...districts.messagesDe,
  ...coverage.messagesDe,
  ...gaps.messagesDe,
  ...graph.messagesDe,
  ...tasks.messagesDe,
  ...report.messagesDe,
};

export const messagesEn: typeof messagesDe = {
  ...frameEn,
  ...freshnessEn,
  ...districts.messagesEn,
  ...coverage.messagesEn,
  ...gaps.messagesEn,
  ...graph.messagesEn,
  ...tasks.messagesEn,
  ...report.messagesEn,
};
