import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../src/server/db/client';
import {
  authAccounts,
  districts,
  type MembershipRole,
  memberships,
  municipalities,
  organizations,
  users,
} from '../src/server/modules/accounts/schema';
import {
  contactPersons,
  organizationKinds,
  partnerKinds as partnerKindsTable,
  partnerProfiles,
  partnerRelationships,
  relationshipStatusChanges,
} from '../src/server/modules/directory/schema';
import { DEMO_PASSWORD, hashPasswordCached } from '../src/server/test/factories';
import { isDatabaseEmpty } from './load-musterstadt';
import type { PartnerKind } from './musterstadt-data';
import { Random } from './random';
import { buildScaleDirectory, type ScaleDirectory } from './scale-directory';
import {
  centralDistricts,
  districtNames,
  firstNames,
  kitaNames,
  lastNames,
  type NameContext,
  type PartnerTemplate,
  partnerDescriptions,
  partnerKindWeights,
  partnerTemplates,
  protestantKitaNames,
  saints,
  slugify,
  streets,
  townPrefixes,
  townQualifiers,
  townSuffixes,
} from './scale-names';

/**
 * The scale generator: a deterministic data set shaped like Musterstadt, at the size of a state
 * (NRW: 186 Jugendämter, ~3,250 family centres). Same options and seed → same rows and ids
 * (only created_at/updated_at differ).
 */

export interface ScaleOptions {
  municipalities: number;
  centres: number;
  partners: number;
  seed: number;
  /** The directory's dates (last confirmed, status changes) count back from here; default: now. */
  now?: Date;
  /** Rows per INSERT statement; default 1000. */
  batchSize?: number;
  onProgress?: (message: string) => void;
}

export interface ScaleCounts {
  municipalities: number;
  districts: number;
  providers: number;
  youthOffices: number;
  networks: number;
  familyCentres: number;
  centresInNetworks: number;
  partners: number;
  users: number;
  memberships: number;
  profiles: number;
  staleProfiles: number;
  organizationKinds: number;
  contactPersons: number;
  relationships: number;
  statusChanges: number;
}

type MunicipalityRow = typeof municipalities.$inferInsert & { id: string };
type DistrictRow = typeof districts.$inferInsert & { id: string };
type OrganizationRow = typeof organizations.$inferInsert & { id: string };

export interface ScaleData {
  municipalities: MunicipalityRow[];
  districts: DistrictRow[];
  /** In insertion order: Träger first, then Jugendämter, Verbünde, centres, partners. */
  organizations: OrganizationRow[];
  /** Partner kind per organisation id (the directory module stores it; the table has no column yet). */
  partnerKinds: Map<string, PartnerKind>;
  users: {
    id: string;
    accountId: string;
    membershipId: string;
    email: string;
    name: string;
    organizationId: string;
    role: MembershipRole;
  }[];
  /** Profiles of partners, centres and Jugendämter, contact persons, relationships with history. */
  directory: ScaleDirectory;
  counts: ScaleCounts;
}

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('The target database already contains organisations; the generator only fills an empty database.');
    this.name = 'DatabaseNotEmptyError';
  }
}

// NRW's bounding box; municipality centres keep a margin so that their facilities stay inside.
const NRW = { minLat: 50.3, maxLat: 52.5, minLng: 5.9, maxLng: 9.5 };
const KM_PER_DEGREE = 111.2;
/** Members of a Verbund lie within this radius of its anchor, so pairwise ≤ 2 × radius ≤ 3 km. */
const NETWORK_RADIUS_KM = 1.2;
const LEADS_FOR_FIRST_CENTRES = 50;

type ProviderFamily = 'city' | 'ev' | 'kath' | 'caritas' | 'diakonie' | 'awo' | 'drk' | 'paritaet' | 'ggmbh';

interface Provider {
  id: string;
  family: ProviderFamily;
}

interface GeneratedDistrict {
  id: string;
  name: string;
  lat: number;
  lng: number;
  postalCode: string;
}

interface Town {
  id: string;
  name: string;
  slug: string;
  weight: number;
  radiusKm: number;
  phoneArea: string;
  districts: GeneratedDistrict[];
  city: Provider;
  others: Provider[];
}

interface Site {
  districtId: string;
  street: string;
  postalCode: string;
  city: string;
  lat: number;
  lng: number;
  phone: string;
}

const welfareTemplates: [ProviderFamily, (city: string, random: Random) => string][] = [
  ['ev', (city) => `Ev. Kirchengemeinde ${city}`],
  ['kath', (city, r) => `Kath. Kirchengemeinde St. ${r.pick(saints)} ${city}`],
  ['caritas', (city) => `Caritasverband ${city} e.V.`],
  ['diakonie', (city) => `Diakonie ${city} e.V.`],
  ['awo', (city) => `AWO Ortsverein ${city} e.V.`],
  ['drk', (city) => `DRK-Ortsverein ${city} e.V.`],
  ['paritaet', (city) => `Der Paritätische – Kreisgruppe ${city}`],
  ['ggmbh', (city) => `Kinderwelt ${city} gGmbH`],
];

const centreNamesByFamily: Record<ProviderFamily, (r: Random) => string> = {
  city: (r) => `${r.chance(0.5) ? 'Städtisches ' : ''}Familienzentrum ${r.pick(kitaNames)}`,
  ev: (r) => `Ev. Familienzentrum ${r.pick(protestantKitaNames)}`,
  kath: (r) => `Kath. Familienzentrum St. ${r.pick(saints)}`,
  caritas: (r) => `Caritas-Familienzentrum ${r.pick(kitaNames)}`,
  diakonie: (r) => `Diakonie-Familienzentrum ${r.pick(kitaNames)}`,
  awo: (r) => `AWO-Familienzentrum ${r.pick(kitaNames)}`,
  drk: (r) => `DRK-Familienzentrum ${r.pick(kitaNames)}`,
  paritaet: (r) => `Familienzentrum ${r.pick(kitaNames)} (Elterninitiative)`,
  ggmbh: (r) => `Familienzentrum ${r.pick(kitaNames)}`,
};

const familyWeight: Record<ProviderFamily, number> = {
  city: 3,
  ev: 2.5,
  kath: 3,
  caritas: 1,
  diakonie: 1,
  awo: 1.5,
  drk: 1,
  paritaet: 1,
  ggmbh: 1,
};

/** Splits `total` in proportion to `weights` (largest remainder), giving each at least `min` if possible. */
function allocate(total: number, weights: number[], min: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const floor = total >= weights.length * min ? min : 0;
  const raw = weights.map((w) => (w / sum) * total);
  const counts = raw.map((r) => Math.max(floor, Math.floor(r)));
  let remainder = total - counts.reduce((a, b) => a + b, 0);
  const byFraction = raw.map((r, i) => ({ i, f: r - Math.floor(r) })).sort((a, b) => b.f - a.f || a.i - b.i);
  for (let k = 0; remainder > 0; k = (k + 1) % byFraction.length) {
    const entry = byFraction[k];
    if (!entry) break;
    counts[entry.i] = (counts[entry.i] ?? 0) + 1;
    remainder--;
  }
  while (remainder < 0) {
    let largest = 0;
    counts.forEach((c, i) => {
      if (c > (counts[largest] ?? 0)) largest = i;
    });
    counts[largest] = (counts[largest] ?? 0) - 1;
    remainder++;
  }
  return counts;
}

function round5(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function offset(lat: number, lng: number, northKm: number, eastKm: number): { lat: number; lng: number } {
  const newLat = lat + northKm / KM_PER_DEGREE;
  const newLng = lng + eastKm / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  return {
    lat: round5(clamp(newLat, NRW.minLat, NRW.maxLat)),
    lng: round5(clamp(newLng, NRW.minLng, NRW.maxLng)),
  };
}

/** Builds the whole data set in memory; no database involved (deterministic for a seed). */
export function buildScaleData(options: Omit<ScaleOptions, 'batchSize' | 'onProgress'>): ScaleData {
  const random = new Random(options.seed);
  // Ids come from their own stream, so a change to the names does not shift every id.
  const ids = new Random(Math.imul(options.seed ^ 0x5bd1e995, 0x9e3779b1));

  const municipalityRows: MunicipalityRow[] = [];
  const districtRows: DistrictRow[] = [];
  const providerRows: OrganizationRow[] = [];
  const youthOfficeRows: OrganizationRow[] = [];
  const networkRows: OrganizationRow[] = [];
  const centreRows: OrganizationRow[] = [];
  const partnerRows: OrganizationRow[] = [];
  const partnerKinds = new Map<string, PartnerKind>();
  const generatedUsers: ScaleData['users'] = [];
  const usedEmails = new Set<string>();

  const uniqueEmail = (local: string, domain: string): string => {
    let email = `${local}@${domain}.example`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}.${n}@${domain}.example`;
    usedEmails.add(email);
    return email;
  };
  const addUser = (organizationId: string, role: MembershipRole, local: string, domain: string): void => {
    generatedUsers.push({
      id: ids.uuid(),
      accountId: ids.uuid(),
      membershipId: ids.uuid(),
      email: uniqueEmail(local, domain),
      name: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
      organizationId,
      role,
    });
  };

  // --- municipalities, a few large cities and many small towns (Zipf-like) ---
  const weights = Array.from(
    { length: options.municipalities },
    (_, i) => random.between(0.7, 1.3) / (i + 1) ** 0.7,
  );
  const maxWeight = Math.max(...weights);
  const usedTownNames = new Set<string>();
  const towns: Town[] = weights.map((weight, i) => {
    let name = '';
    for (let attempt = 0; attempt < 50 && (name === '' || usedTownNames.has(name)); attempt++) {
      const base = `${random.pick(townPrefixes)}${random.pick(townSuffixes)}`;
      name = attempt < 10 ? base : `${attempt % 2 ? 'Bad ' : ''}${base}${random.pick(townQualifiers)}`;
    }
    if (usedTownNames.has(name)) name = `${name} ${i + 1}`;
    usedTownNames.add(name);

    const size = Math.sqrt(weight / maxWeight);
    const centre = {
      lat: round5(random.between(NRW.minLat + 0.15, NRW.maxLat - 0.15)),
      lng: round5(random.between(NRW.minLng + 0.15, NRW.maxLng - 0.15)),
    };
    const radiusKm = 2.5 + 9 * size;
    const id = ids.uuid();
    municipalityRows.push({ id, code: `05${String(100_000 + i).padStart(6, '0')}`, name, state: 'NW' });

    const districtCount = clamp(4 + Math.round(8 * size) + random.int(-1, 1), 4, 12);
    const postalBase = 32_000 + random.int(0, 2_780) * 10;
    const names = [
      random.pick(centralDistricts),
      ...random.shuffle(districtNames).slice(0, districtCount - 1),
    ];
    const townDistricts = names.map((districtName, d): GeneratedDistrict => {
      const angle = random.between(0, 2 * Math.PI);
      const distance = d === 0 ? 0 : radiusKm * (0.3 + 0.6 * Math.sqrt(random.next()));
      const point = offset(centre.lat, centre.lng, distance * Math.sin(angle), distance * Math.cos(angle));
      const district = { id: ids.uuid(), name: districtName, ...point, postalCode: String(postalBase + d) };
      districtRows.push({ id: district.id, municipalityId: id, name: districtName });
      return district;
    });
    return {
      id,
      name,
      slug: slugify(name),
      weight,
      radiusKm,
      phoneArea: `0${random.int(2000, 5999)}`,
      districts: townDistricts,
      city: { id: '', family: 'city' },
      others: [],
    };
  });

  const siteIn = (town: Town, district: GeneratedDistrict, point?: { lat: number; lng: number }): Site => {
    const spreadKm = Math.max(0.4, (town.radiusKm / Math.sqrt(town.districts.length)) * 0.5);
    const at =
      point ?? offset(district.lat, district.lng, random.normal() * spreadKm, random.normal() * spreadKm);
    return {
      districtId: district.id,
      street: `${random.pick(streets)} ${random.int(1, 150)}`,
      postalCode: district.postalCode,
      city: town.name,
      lat: at.lat,
      lng: at.lng,
      phone: `${town.phoneArea} ${random.int(10_000, 999_999)}`,
    };
  };
  const centralDistrict = (town: Town): GeneratedDistrict => {
    const district = town.districts[0];
    if (!district) throw new Error('a municipality without districts');
    return district;
  };
  const contact = (name: string, town: Town) => {
    const host = `${slugify(name)}.${town.slug}`;
    return { email: `info@${host}.example`, website: `https://${host}.example` };
  };
  const provider = (town: Town, family: ProviderFamily, name: string, site: Site): Provider => {
    const row: OrganizationRow = {
      id: ids.uuid(),
      type: 'provider',
      name,
      municipalityId: town.id,
      ...site,
      ...contact(name, town),
    };
    providerRows.push(row);
    return { id: row.id, family };
  };

  // --- Träger and the Jugendamt of each municipality ---
  for (const town of towns) {
    const size = Math.sqrt(town.weight / maxWeight);
    town.city = provider(town, 'city', `Stadt ${town.name}`, siteIn(town, centralDistrict(town)));
    const welfareCount = clamp(2 + Math.round(6 * size) + random.int(0, 1), 2, welfareTemplates.length);
    for (const [family, makeName] of random.shuffle(welfareTemplates).slice(0, welfareCount)) {
      town.others.push(
        provider(town, family, makeName(town.name, random), siteIn(town, random.pick(town.districts))),
      );
    }
    const name = `Jugendamt ${town.name}`;
    const youthOffice: OrganizationRow = {
      id: ids.uuid(),
      type: 'youth_office',
      name,
      providerId: town.city.id,
      municipalityId: town.id,
      description: `Jugendamt der Stadt ${town.name}: Jugendhilfeplanung und Koordination der Familienzentren.`,
      ...siteIn(town, centralDistrict(town)),
      ...contact(name, town),
    };
    youthOfficeRows.push(youthOffice);
    addUser(youthOffice.id, 'planner', 'planung', `jugendamt-${town.slug}`);
  }

  // --- family centres; about one in six in a Verbund of 2–5 centres within 3 km ---
  const centresPerTown = allocate(
    options.centres,
    towns.map((t) => t.weight),
    1,
  );
  let networkCarry = 0;
  towns.forEach((town, t) => {
    const count = centresPerTown[t] ?? 0;
    const usedNames = new Set<string>();
    const providers = [town.city, ...town.others];
    const centreName = (family: ProviderFamily, district: GeneratedDistrict): string => {
      for (let attempt = 0; attempt < 6; attempt++) {
        const name = centreNamesByFamily[family](random);
        if (!usedNames.has(name)) return name;
      }
      let name = `${centreNamesByFamily[family](random)} ${district.name}`;
      for (let n = 2; usedNames.has(name); n++)
        name = `${centreNamesByFamily[family](random)} ${district.name} ${n}`;
      return name;
    };
    let added = 0;
    const addCentre = (
      district: GeneratedDistrict,
      point?: { lat: number; lng: number },
      networkId?: string,
    ) => {
      const owner = random.weighted(providers.map((p) => [p, familyWeight[p.family]] as const));
      const name = centreName(owner.family, district);
      usedNames.add(name);
      const row: OrganizationRow = {
        id: ids.uuid(),
        type: 'family_centre',
        name,
        providerId: owner.id,
        networkId: networkId ?? null,
        municipalityId: town.id,
        description: `Kita mit ${random.int(2, 7)} Gruppen und Familienzentrum für den Stadtteil ${district.name}.`,
        ...siteIn(town, district, point),
        ...contact(name, town),
      };
      centreRows.push(row);
      added++;
      return row;
    };

    networkCarry += count / 6;
    let networked = Math.min(count, Math.floor(networkCarry));
    if (networked < 2) networked = 0;
    networkCarry -= networked;
    const usedNetworkNames = new Set<string>();
    while (networked >= 2) {
      let size = Math.min(networked, random.int(2, 5));
      if (networked - size === 1) size += size < 5 ? 1 : -1;
      networked -= size;
      const district = random.pick(town.districts);
      const anchor = offset(district.lat, district.lng, random.normal() * 0.5, random.normal() * 0.5);
      let networkName = `Familienzentrum im Verbund ${district.name}`;
      for (let n = 2; usedNetworkNames.has(networkName); n++) {
        networkName = `Familienzentrum im Verbund ${district.name} ${n}`;
      }
      usedNetworkNames.add(networkName);
      const network: OrganizationRow = {
        id: ids.uuid(),
        type: 'network',
        name: networkName,
        municipalityId: town.id,
        districtId: district.id,
      };
      networkRows.push(network);
      for (let m = 0; m < size; m++) {
        const angle = random.between(0, 2 * Math.PI);
        const distance = NETWORK_RADIUS_KM * Math.sqrt(random.next());
        const point = offset(anchor.lat, anchor.lng, distance * Math.sin(angle), distance * Math.cos(angle));
        const member = addCentre(district, point, network.id);
        // The first member is the contact facility; its Träger receives the grant.
        if (m === 0) {
          Object.assign(network, {
            providerId: member.providerId,
            street: member.street,
            postalCode: member.postalCode,
            city: member.city,
            lat: member.lat,
            lng: member.lng,
            phone: member.phone,
            description: `Verbund von ${size} Kitas; Kontakt über ${member.name}.`,
            ...contact(networkName, town),
          });
        }
      }
    }
    while (added < count) {
      addCentre(random.pick(town.districts));
    }
  });
  for (const [i, centre] of centreRows.slice(0, LEADS_FOR_FIRST_CENTRES).entries()) {
    const town = towns.find((t) => t.id === centre.municipalityId);
    addUser(
      centre.id,
      'lead',
      'leitung',
      `${slugify(centre.name).slice(0, 30)}-${i + 1}.${town?.slug ?? 'fz'}`,
    );
  }

  // --- partners ---
  const partnersPerTown = allocate(
    options.partners,
    towns.map((t) => t.weight * random.between(0.8, 1.2)),
    0,
  );
  towns.forEach((town, t) => {
    const usedNames = new Set<string>();
    const welfare = town.others.filter((p) => p.family !== 'ev' && p.family !== 'kath');
    const ownerFor = (
      template: PartnerTemplate,
      ctx: NameContext,
      partnerName: string,
      site: Site,
    ): Provider => {
      const owner = template.owner;
      if (owner === 'city') return town.city;
      if (owner === 'welfare') return welfare.length > 0 ? random.pick(welfare) : town.city;
      if (owner === 'own') {
        // Practices, clubs and independent groups are their own Träger.
        const name = template.providerName?.(ctx, partnerName) ?? `Träger ${partnerName} e.V.`;
        return provider(town, 'ggmbh', name, {
          ...site,
          phone: `${town.phoneArea} ${random.int(10_000, 999_999)}`,
        });
      }
      const matching = town.others.filter((p) => owner.some((family) => family === p.family));
      if (matching.length > 0) return random.pick(matching);
      // No such church Träger yet: found one, so later partners of the same kind share it.
      const family = owner[0];
      const make =
        welfareTemplates.find(([f]) => f === family)?.[1] ?? ((city: string) => `Kirchengemeinde ${city}`);
      const created = provider(town, family, make(town.name, random), siteIn(town, centralDistrict(town)));
      town.others.push(created);
      return created;
    };
    for (let p = 0; p < (partnersPerTown[t] ?? 0); p++) {
      const kind = random.weighted(partnerKindWeights);
      const template = random.pick(partnerTemplates[kind]);
      const district = random.pick(town.districts);
      const site = siteIn(town, district);
      const ctx = {
        city: town.name,
        district: district.name,
        street: site.street.replace(/ \d+$/, ''),
        random,
      };
      let name = template.name(ctx);
      if (usedNames.has(name)) name = `${name} – Standort ${district.name}`;
      for (let n = 2; usedNames.has(name); n++) name = `${template.name(ctx)} (${n})`;
      usedNames.add(name);
      const owner = ownerFor(template, ctx, name, site);
      const row: OrganizationRow = {
        id: ids.uuid(),
        type: 'partner',
        name,
        providerId: owner.id,
        municipalityId: town.id,
        description: partnerDescriptions[kind],
        ...site,
        ...contact(name, town),
      };
      partnerRows.push(row);
      partnerKinds.set(row.id, kind);
    }
  });

  const centresInNetworks = centreRows.filter((c) => c.networkId).length;
  const allOrganizations = [
    ...providerRows,
    ...youthOfficeRows,
    ...networkRows,
    ...centreRows,
    ...partnerRows,
  ];
  const directory = buildScaleDirectory({
    seed: options.seed,
    now: options.now ?? new Date(),
    organizations: allOrganizations,
    partnerKinds,
    owners: new Map(
      generatedUsers
        .filter((u) => u.role === 'lead' || u.role === 'planner')
        .map((u) => [u.organizationId, u.id]),
    ),
  });
  return {
    municipalities: municipalityRows,
    districts: districtRows,
    organizations: allOrganizations,
    partnerKinds,
    users: generatedUsers,
    directory,
    counts: {
      municipalities: municipalityRows.length,
      districts: districtRows.length,
      providers: providerRows.length,
      youthOffices: youthOfficeRows.length,
      networks: networkRows.length,
      familyCentres: centreRows.length,
      centresInNetworks,
      partners: partnerRows.length,
      users: generatedUsers.length,
      memberships: generatedUsers.length,
      profiles: directory.profiles.length,
      staleProfiles: directory.staleProfiles,
      organizationKinds: directory.organizationKinds.length,
      contactPersons: directory.contactPersons.length,
      relationships: directory.relationships.length,
      statusChanges: directory.statusChanges.length,
    },
  };
}

async function insertInBatches<T>(
  rows: T[],
  batchSize: number,
  insert: (batch: T[]) => Promise<unknown>,
  report: (done: number) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await insert(batch);
    report(start + batch.length);
  }
}

/**
 * Fills an empty database with the generated data set, in one transaction (a failed run leaves
 * nothing behind), with multi-row INSERTs of `batchSize` rows. Throws DatabaseNotEmptyError if
 * organisations exist already.
 */
export async function generateScaleData(db: Database, options: ScaleOptions): Promise<ScaleCounts> {
  const batchSize = options.batchSize ?? 1000;
  const progress = options.onProgress ?? (() => {});
  if (!(await isDatabaseEmpty(db))) throw new DatabaseNotEmptyError();

  const data = buildScaleData(options);
  progress(
    `built ${data.organizations.length} organisations, ${data.districts.length} districts, ${data.users.length} users in memory`,
  );
  // scrypt is slow on purpose: hash once, every generated account shares the demo password.
  const passwordHash = await hashPasswordCached(DEMO_PASSWORD);

  await db.transaction(async (tx: Executor) => {
    const step = (label: string, total: number) => (done: number) => {
      if (done === total || done % (batchSize * 10) === 0) progress(`${label}: ${done}/${total}`);
    };
    await insertInBatches(
      data.municipalities,
      batchSize,
      (batch) => tx.insert(municipalities).values(batch),
      step('municipalities', data.municipalities.length),
    );
    await insertInBatches(
      data.districts,
      batchSize,
      (batch) => tx.insert(districts).values(batch),
      step('districts', data.districts.length),
    );
    // Träger come first in the list, so every provider_id/network_id refers to an earlier batch or row.
    await insertInBatches(
      data.organizations,
      batchSize,
      (batch) => tx.insert(organizations).values(batch),
      step('organisations', data.organizations.length),
    );
    await insertInBatches(
      data.users,
      batchSize,
      async (batch) => {
        await tx
          .insert(users)
          .values(batch.map((u) => ({ id: u.id, email: u.email, name: u.name, emailVerified: true })));
        await tx.insert(authAccounts).values(
          batch.map((u) => ({
            id: u.accountId,
            providerId: 'credential',
            accountId: u.id,
            userId: u.id,
            password: passwordHash,
          })),
        );
        await tx.insert(memberships).values(
          batch.map((u) => ({
            id: u.membershipId,
            userId: u.id,
            organizationId: u.organizationId,
            role: u.role,
          })),
        );
      },
      step('users', data.users.length),
    );
    await insertDirectory(tx, data.directory, batchSize, step);
  });
  // Fresh statistics, so that the first queries (and benchmarks) get sensible plans.
  await db.execute(sql`analyze`);
  return data.counts;
}

async function insertDirectory(
  tx: Executor,
  directory: ScaleDirectory,
  batchSize: number,
  step: (label: string, total: number) => (done: number) => void,
): Promise<void> {
  const kindRows = await tx
    .select({ id: partnerKindsTable.id, key: partnerKindsTable.key })
    .from(partnerKindsTable);
  const kindIds = new Map(kindRows.map((k) => [k.key, k.id]));
  const kindLinks = directory.organizationKinds.map(({ organizationId, kind }) => {
    const kindId = kindIds.get(kind);
    if (!kindId) throw new Error(`partner kind ${kind} is not seeded (migration 0004)`);
    return { organizationId, kindId };
  });
  // Kinds before profiles, so the profile trigger (migration 0004) reads them once per profile.
  await insertInBatches(
    kindLinks,
    batchSize,
    (batch) => tx.insert(organizationKinds).values(batch),
    step('organisation kinds', kindLinks.length),
  );
  await insertInBatches(
    directory.profiles,
    batchSize,
    (batch) => tx.insert(partnerProfiles).values(batch),
    step('profiles', directory.profiles.length),
  );
  await insertInBatches(
    directory.contactPersons,
    batchSize,
    (batch) => tx.insert(contactPersons).values(batch),
    step('contact persons', directory.contactPersons.length),
  );
  await insertInBatches(
    directory.relationships,
    batchSize,
    (batch) => tx.insert(partnerRelationships).values(batch),
    step('relationships', directory.relationships.length),
  );
  await insertInBatches(
    directory.statusChanges,
    batchSize,
    (batch) => tx.insert(relationshipStatusChanges).values(batch),
    step('status changes', directory.statusChanges.length),
  );
}

export const NRW_SIZE = { municipalities: 186, centres: 3250, partners: 30_000 } as const;
