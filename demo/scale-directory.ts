import type { organizations } from '../src/server/modules/accounts/schema';
import type {
  contactPersons,
  OpeningHours,
  partnerProfiles,
  partnerRelationships,
  RelationshipStatus,
  relationshipStatusChanges,
} from '../src/server/modules/directory/schema';
import type { PartnerKind } from './musterstadt-data';
import { Random } from './random';
import { firstNames, lastNames, slugify } from './scale-names';

/**
 * The directory part of the scale data set (profiles, kinds, contact persons, relationships with
 * their history), shaped like Musterstadt's. It draws from its own random streams, so the
 * organisations of a seed stay what they were before the directory existed.
 */

type OrganizationRow = typeof organizations.$inferInsert & { id: string };
type ProfileRow = typeof partnerProfiles.$inferInsert;
type ContactRow = typeof contactPersons.$inferInsert & { id: string };
type RelationshipRow = typeof partnerRelationships.$inferInsert & { id: string; status: RelationshipStatus };
type StatusChangeRow = typeof relationshipStatusChanges.$inferInsert & { id: string };

export interface ScaleDirectory {
  /** Partner kind keys per organisation; the loader resolves them to partner_kinds ids. */
  organizationKinds: { organizationId: string; kind: PartnerKind }[];
  profiles: ProfileRow[];
  contactPersons: ContactRow[];
  relationships: RelationshipRow[];
  statusChanges: StatusChangeRow[];
  staleProfiles: number;
}

export interface DirectoryInput {
  seed: number;
  now: Date;
  organizations: readonly OrganizationRow[];
  partnerKinds: ReadonlyMap<string, PartnerKind>;
  /** The user who owns (confirms) an organisation's profile: its lead or planner, if generated. */
  owners: ReadonlyMap<string, string>;
}

const DAY_MS = 86_400_000;
const STALE_SHARE = 0.1;
const CONTACT_SHARE = 0.5;
/** A relationship partner is picked among this many nearest partners of the centre's municipality. */
const NEAREST_CANDIDATES = 25;

/** A second kind for a few partners, where it is plausible. */
const secondKinds: Partial<Record<PartnerKind, PartnerKind>> = {
  counselling: 'early_help',
  midwife: 'early_help',
  primary_school: 'family_education',
  parish: 'family_education',
  municipal_office: 'youth_office_service',
  migration: 'family_education',
  library: 'family_education',
};

const mandates: Record<PartnerKind, readonly string[]> = {
  counselling: [
    'Berät Eltern, Kinder und Jugendliche bei Erziehungsfragen, Krisen und Trennung – kostenfrei und vertraulich.',
    'Bietet Erziehungs- und Familienberatung sowie offene Sprechstunden in Familienzentren.',
  ],
  family_education: [
    'Stärkt Eltern mit Kursen, Eltern-Kind-Gruppen und Geburtsvorbereitung von der Schwangerschaft bis zum Schulalter.',
    'Bietet Familienbildung für alle Familien, auch in leichter Sprache und vor Ort in Kitas.',
  ],
  childminding: [
    'Vermittelt, qualifiziert und begleitet Kindertagespflegepersonen und berät Eltern zur Betreuung unter drei Jahren.',
  ],
  youth_office_service: [
    'Berät und unterstützt Familien im Bezirk und schützt Kinder bei Gefährdung.',
    'Unterstützt Familien mit Beratung, Beistandschaften und Hilfen des Jugendamts.',
  ],
  health_office: [
    'Sorgt für die Gesundheit von Kindern mit Untersuchungen, Sprechstunden in Kitas und Impfberatung.',
  ],
  paediatrician: [
    'Versorgt Kinder und Jugendliche kinderärztlich, einschließlich der Vorsorgeuntersuchungen U1 bis J2.',
  ],
  midwife: ['Begleitet Frauen und Familien durch Schwangerschaft, Geburt und Wochenbett.'],
  early_help: [
    'Unterstützt werdende und junge Eltern mit Kindern bis drei Jahre und lotst sie zu passenden Angeboten.',
  ],
  primary_school: ['Unterrichtet Kinder der Klassen 1 bis 4 und bietet einen offenen Ganztag.'],
  jobcenter: [
    'Sichert den Lebensunterhalt Arbeitsuchender und berät zu Arbeit und Vereinbarkeit von Familie und Beruf.',
  ],
  municipal_office: [
    'Ist Anlaufstelle der Verwaltung für Familien und informiert über Leistungen und Angebote.',
  ],
  migration: [
    'Berät und begleitet zugewanderte Familien zu Sprache, Arbeit, Aufenthalt und Alltag.',
    'Fördert die Integration zugewanderter Familien mit Sprachmittlung und Elternprogrammen.',
  ],
  sports_club: [
    'Bietet Bewegungsangebote für Kinder und Familien, vom Eltern-Kind-Turnen bis zum Familiensportfest.',
  ],
  music_club: ['Bringt Kinder früh zur Musik mit Früherziehung und Eltern-Kind-Musizieren.'],
  library: ['Fördert Lesen und Sprache mit Medien für Familien, Vorlesestunden und Kita-Besuchen.'],
  self_help: ['Bringt Eltern in ähnlicher Lage zum Austausch und zur gegenseitigen Unterstützung zusammen.'],
  parish: ['Öffnet seine Räume für Familiengruppen, Feste und Begegnung im Stadtteil.'],
};

type HoursPattern = readonly (readonly [days: readonly number[], from: string, to: string])[];
const weekdays = [1, 2, 3, 4, 5];
const officeHours: readonly HoursPattern[] = [
  [[weekdays, '08:00', '12:30']],
  [
    [weekdays, '08:30', '12:30'],
    [[4], '14:00', '17:30'],
  ],
  [
    [[1, 2, 3, 4], '08:00', '16:00'],
    [[5], '08:00', '13:00'],
  ],
];
const hoursByKind: Partial<Record<PartnerKind, readonly HoursPattern[]>> = {
  paediatrician: [
    [
      [[1, 2, 4], '08:00', '12:00'],
      [[1, 2, 4], '15:00', '18:00'],
      [[3, 5], '08:00', '13:00'],
    ],
  ],
  primary_school: [[[weekdays, '07:30', '16:00']]],
  sports_club: [
    [
      [[2, 4], '15:00', '18:00'],
      [[6], '09:30', '12:00'],
    ],
  ],
  music_club: [[[weekdays, '13:00', '19:00']], [[[3], '15:00', '17:00']]],
  library: [
    [
      [[2, 3, 4, 5], '10:00', '18:00'],
      [[6], '10:00', '14:00'],
    ],
  ],
  self_help: [[[[3], '18:00', '20:00']], [[[4], '19:00', '21:00']]],
  parish: [
    [
      [weekdays, '09:00', '12:00'],
      [[2], '15:00', '18:00'],
    ],
  ],
};
const centreHours: readonly HoursPattern[] = [
  [[weekdays, '07:00', '16:30']],
  [[weekdays, '07:30', '17:00']],
  [[weekdays, '07:00', '15:30']],
];

const targetGroupsByKind: Record<PartnerKind, readonly string[]> = {
  counselling: ['age_3_6', 'school_children', 'single_parents', 'all_families'],
  family_education: ['expectant_parents', 'age_0_3', 'age_3_6', 'fathers'],
  childminding: ['age_0_3', 'single_parents'],
  youth_office_service: ['all_families', 'single_parents'],
  health_office: ['age_3_6', 'school_children'],
  paediatrician: ['age_0_3', 'age_3_6', 'school_children'],
  midwife: ['expectant_parents', 'age_0_3'],
  early_help: ['expectant_parents', 'age_0_3'],
  primary_school: ['school_children'],
  jobcenter: ['single_parents', 'migrant_families', 'all_families'],
  municipal_office: ['all_families'],
  migration: ['migrant_families'],
  sports_club: ['age_0_3', 'age_3_6', 'school_children'],
  music_club: ['age_0_3', 'age_3_6'],
  library: ['age_3_6', 'school_children', 'all_families'],
  self_help: ['single_parents', 'all_families'],
  parish: ['all_families', 'age_0_3'],
};

const rolesByKind: Partial<Record<PartnerKind, readonly string[]>> = {
  counselling: ['Leitung', 'Beraterin', 'Berater'],
  family_education: ['Leitung', 'Pädagogische Mitarbeiterin', 'Kursleitung'],
  childminding: ['Fachberaterin Kindertagespflege', 'Leitung'],
  youth_office_service: ['Bezirkssozialarbeiterin', 'Bezirkssozialarbeiter', 'Sachgebietsleitung'],
  paediatrician: ['Praxisinhaberin', 'Praxisinhaber', 'Praxismanagerin'],
  midwife: ['Hebamme'],
  primary_school: ['Schulleitung', 'Schulsozialarbeit', 'OGS-Koordination'],
  migration: ['Migrationsberaterin', 'Migrationsberater', 'Leitung'],
  sports_club: ['Übungsleiterin', 'Abteilungsleitung', 'Vorsitzender'],
  music_club: ['Fachbereichsleitung Elementarstufe', 'Vorsitzende'],
  self_help: ['Gruppensprecherin', 'Ansprechpartnerin'],
  parish: ['Pfarrerin', 'Pfarrer', 'Gemeindereferentin'],
};
const defaultRoles = ['Leitung', 'Ansprechpartnerin', 'Koordination'];

const notes = [
  'Feste Ansprechpartnerin; Termine über die Leitung.',
  'Offene Sprechstunde einmal im Monat im Elterncafé.',
  'Kooperationsvereinbarung liegt vor, Verlängerung im Frühjahr.',
  'Gemeinsames Angebot für Familien mit Kindern unter drei Jahren geplant.',
  'Räume können für Elternabende genutzt werden.',
  'Kontakt kam über das Netzwerk Frühe Hilfen zustande.',
];
const nextSteps = [
  'Termin für ein Kennenlerngespräch vereinbaren',
  'Kooperationsvereinbarung abstimmen',
  'Angebot im Team vorstellen',
  'Jahresgespräch vorbereiten',
  'Flyer für das Elterncafé anfragen',
  'Nachfragen, ob das Angebot wieder startet',
];

const statusWeights: readonly (readonly [RelationshipStatus, number])[] = [
  ['potential', 20],
  ['in_contact', 20],
  ['active', 35],
  ['paused', 10],
  ['ended', 15],
];
const paths: Record<RelationshipStatus, readonly (readonly RelationshipStatus[])[]> = {
  potential: [['potential']],
  in_contact: [['potential', 'in_contact']],
  active: [['potential', 'in_contact', 'active']],
  paused: [['potential', 'in_contact', 'active', 'paused']],
  ended: [
    ['potential', 'in_contact', 'active', 'ended'],
    ['potential', 'in_contact', 'ended'],
  ],
};

function expandHours(pattern: HoursPattern): OpeningHours[] {
  return pattern
    .flatMap(([days, from, to]) => days.map((day) => ({ day, from, to })))
    .sort((a, b) => a.day - b.day || a.from.localeCompare(b.from));
}

function languagesFor(random: Random, kind: PartnerKind | undefined): string[] {
  const languages = ['de'];
  if (kind === 'migration') {
    for (const language of random.shuffle(['tr', 'ar', 'ru', 'uk', 'en', 'pl']).slice(0, random.int(3, 5))) {
      languages.push(language);
    }
    return languages;
  }
  const odds: readonly (readonly [string, number])[] = [
    ['en', 0.3],
    ['tr', 0.15],
    ['ar', 0.1],
    ['ru', 0.08],
    ['uk', 0.08],
    ['pl', 0.05],
  ];
  for (const [language, chance] of odds) if (random.chance(chance)) languages.push(language);
  return languages;
}

function accessibilityFor(random: Random): string[] {
  const odds: readonly (readonly [string, number])[] = [
    ['step_free', 0.7],
    ['accessible_toilet', 0.5],
    ['lift', 0.3],
    ['hearing_loop', 0.1],
    ['parking_disabled', 0.2],
    ['easy_language', 0.15],
    ['sign_language', 0.03],
  ];
  return odds.filter(([, chance]) => random.chance(chance)).map(([key]) => key);
}

/** Days before `now` for each status of a path, strictly decreasing (the last is the current status). */
function historyDays(random: Random, steps: number): number[] {
  const days = Array.from({ length: steps }, () => random.int(steps, 1800)).sort((a, b) => b - a);
  for (let i = 1; i < days.length; i++) {
    const previous = days[i - 1] ?? 0;
    if ((days[i] ?? 0) >= previous) days[i] = previous - 1;
  }
  return days.map((d) => Math.max(0, d));
}

export function buildScaleDirectory(input: DirectoryInput): ScaleDirectory {
  const random = new Random(Math.imul(input.seed ^ 0x2545f491, 0x85ebca6b));
  const ids = new Random(Math.imul(input.seed ^ 0x68e31da4, 0xc2b2ae35));
  const now = input.now.getTime();
  const daysAgo = (days: number) => new Date(now - days * DAY_MS);

  const result: ScaleDirectory = {
    organizationKinds: [],
    profiles: [],
    contactPersons: [],
    relationships: [],
    statusChanges: [],
    staleProfiles: 0,
  };

  const listed = input.organizations.filter(
    (o) => o.type === 'partner' || o.type === 'family_centre' || o.type === 'youth_office',
  );
  for (const org of listed) {
    const kind = org.type === 'youth_office' ? 'youth_office_service' : input.partnerKinds.get(org.id);
    if (org.type === 'partner' && !kind) throw new Error(`partner ${org.id} without a kind`);
    if (kind) {
      result.organizationKinds.push({ organizationId: org.id, kind });
      const second = secondKinds[kind];
      if (org.type === 'partner' && second && random.chance(0.08)) {
        result.organizationKinds.push({ organizationId: org.id, kind: second });
      }
    }

    const isStale = random.chance(STALE_SHARE);
    if (isStale) result.staleProfiles++;
    // Stale: 7–14 months ago; fresh: within the last 5 months.
    const confirmedAt = daysAgo(isStale ? random.int(214, 425) : random.int(0, 150));
    const isCentre = org.type === 'family_centre';
    const hours = isCentre ? centreHours : ((kind && hoursByKind[kind]) ?? officeHours);
    const targets = isCentre
      ? ['age_0_3', 'age_3_6', 'all_families']
      : kind
        ? targetGroupsByKind[kind]
        : ['all_families'];
    const mandate = isCentre
      ? `Verbindet Kita und Familienzentrum im Stadtteil: Bildung, Beratung und Begegnung für Familien in ${org.city ?? 'der Stadt'}.`
      : random.pick(kind ? mandates[kind] : mandates.youth_office_service);
    const withContacts = org.type !== 'partner' || random.chance(CONTACT_SHARE);
    result.profiles.push({
      organizationId: org.id,
      coreMandate: mandate,
      openingHours: expandHours(random.pick(hours)),
      languages: languagesFor(random, kind),
      accessibility: accessibilityFor(random),
      targetGroups: [...targets],
      publicFields: {
        address: org.type !== 'partner' || kind !== 'self_help',
        contact: true,
        openingHours: true,
        contactPersons: withContacts && random.chance(0.4),
      },
      ownerUserId: input.owners.get(org.id) ?? null,
      lastConfirmedAt: confirmedAt,
      createdAt: confirmedAt,
      updatedAt: confirmedAt,
    });
    if (withContacts) {
      const host = (org.email ?? `info@${slugify(org.name)}.example`).split('@')[1] ?? 'familiennetz.example';
      const roles = (kind && rolesByKind[kind]) ?? defaultRoles;
      const count = random.chance(0.4) ? 2 : 1;
      for (let c = 0; c < count; c++) {
        const first = random.pick(firstNames);
        const last = random.pick(lastNames);
        result.contactPersons.push({
          id: ids.uuid(),
          organizationId: org.id,
          name: `${first} ${last}`,
          role: c === 0 && count === 2 ? 'Leitung' : random.pick(roles),
          phone: `${org.phone ?? '0000 000000'}-${random.int(10, 99)}`,
          email: `${slugify(first)}.${slugify(last)}@${host}`,
          sortOrder: c,
        });
      }
    }
  }

  // --- relationships: 4–10 per centre with partners nearby in the same municipality ---
  const partnersByTown = new Map<string, OrganizationRow[]>();
  for (const org of input.organizations) {
    if (org.type !== 'partner') continue;
    const list = partnersByTown.get(org.municipalityId) ?? [];
    list.push(org);
    partnersByTown.set(org.municipalityId, list);
  }
  for (const centre of input.organizations) {
    if (centre.type !== 'family_centre') continue;
    const town = partnersByTown.get(centre.municipalityId) ?? [];
    const lat = centre.lat ?? 0;
    const lng = centre.lng ?? 0;
    const cos = Math.cos((lat * Math.PI) / 180);
    const nearest = town
      .map((p) => ({ p, d: ((p.lat ?? 0) - lat) ** 2 + (((p.lng ?? 0) - lng) * cos) ** 2 }))
      .sort((a, b) => a.d - b.d || a.p.id.localeCompare(b.p.id))
      .slice(0, NEAREST_CANDIDATES)
      .map((x) => x.p);
    const count = Math.min(nearest.length, random.int(4, 10));
    const owner = input.owners.get(centre.id) ?? null;
    for (const partner of random.shuffle(nearest).slice(0, count)) {
      const status = random.weighted(statusWeights);
      const path = random.pick(paths[status]);
      const days = historyDays(random, path.length);
      const id = ids.uuid();
      const first = days[0] ?? 0;
      const last = days[days.length - 1] ?? 0;
      const hasStep = status !== 'ended' && random.chance(0.4);
      result.relationships.push({
        id,
        centreId: centre.id,
        partnerId: partner.id,
        status,
        statusChangedAt: daysAgo(last),
        internalNotes: random.chance(0.3) ? random.pick(notes) : null,
        nextStep: hasStep ? random.pick(nextSteps) : null,
        nextStepAssigneeId: hasStep ? owner : null,
        nextStepDue: hasStep ? daysAgo(-random.int(-10, 60)).toISOString().slice(0, 10) : null,
        version: path.length,
        createdAt: daysAgo(first),
        updatedAt: daysAgo(last),
      });
      path.forEach((step, i) => {
        result.statusChanges.push({
          id: ids.uuid(),
          relationshipId: id,
          status: step,
          changedAt: daysAgo(days[i] ?? 0),
          changedBy: owner,
        });
      });
    }
  }
  return result;
}
