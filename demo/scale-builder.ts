import type { MembershipRole } from '../src/server/modules/accounts/schema';
import type { PartnerKind } from './musterstadt-data';
import { Random } from './random';
import {
  allocate,
  centreNamesByFamily,
  clamp,
  type DistrictRow,
  familyWeight,
  type GeneratedDistrict,
  LEADS_FOR_FIRST_CENTRES,
  type MunicipalityRow,
  NETWORK_RADIUS_KM,
  NRW,
  type OrganizationRow,
  offset,
  type Provider,
  type ProviderFamily,
  round5,
  type ScaleUser,
  type Site,
  type Town,
  welfareTemplates,
} from './scale-model';
import {
  centralDistricts,
  districtNames,
  firstNames,
  lastNames,
  slugify,
  streets,
  townPrefixes,
  townQualifiers,
  townSuffixes,
} from './scale-names';

/**
 * The steps of the scale generator, each adding one kind of rows to the state. They draw from the same
 * random streams in a fixed order: the same seed gives the same rows, so steps must not be reordered.
 */
export interface ScaleState {
  random: Random;
  /** Ids come from their own stream, so a change to the names does not shift every id. */
  ids: Random;
  municipalityRows: MunicipalityRow[];
  districtRows: DistrictRow[];
  providerRows: OrganizationRow[];
  youthOfficeRows: OrganizationRow[];
  networkRows: OrganizationRow[];
  centreRows: OrganizationRow[];
  partnerRows: OrganizationRow[];
  partnerKinds: Map<string, PartnerKind>;
  users: ScaleUser[];
  usedEmails: Set<string>;
  towns: Town[];
  maxWeight: number;
}

export function newScaleState(seed: number): ScaleState {
  return {
    random: new Random(seed),
    ids: new Random(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1)),
    municipalityRows: [],
    districtRows: [],
    providerRows: [],
    youthOfficeRows: [],
    networkRows: [],
    centreRows: [],
    partnerRows: [],
    partnerKinds: new Map(),
    users: [],
    usedEmails: new Set(),
    towns: [],
    maxWeight: 0,
  };
}

function uniqueEmail(s: ScaleState, local: string, domain: string): string {
  let email = `${local}@${domain}.example`;
  for (let n = 2; s.usedEmails.has(email); n++) email = `${local}.${n}@${domain}.example`;
  s.usedEmails.add(email);
  return email;
}

function addUser(s: ScaleState, organizationId: string, role: MembershipRole, local: string, domain: string) {
  const { ids, random } = s;
  s.users.push({
    id: ids.uuid(),
    accountId: ids.uuid(),
    membershipId: ids.uuid(),
    email: uniqueEmail(s, local, domain),
    name: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
    organizationId,
    role,
  });
}

/** Municipalities, a few large cities and many small towns (Zipf-like), each with its districts. */
export function addTowns(s: ScaleState, count: number): void {
  const { random } = s;
  const weights = Array.from({ length: count }, (_, i) => random.between(0.7, 1.3) / (i + 1) ** 0.7);
  s.maxWeight = Math.max(...weights);
  const usedTownNames = new Set<string>();
  s.towns = weights.map((weight, i) => {
    let name = '';
    for (let attempt = 0; attempt < 50 && (name === '' || usedTownNames.has(name)); attempt++) {
      const base = `${random.pick(townPrefixes)}${random.pick(townSuffixes)}`;
      name = attempt < 10 ? base : `${attempt % 2 ? 'Bad ' : ''}${base}${random.pick(townQualifiers)}`;
    }
    if (usedTownNames.has(name)) name = `${name} ${i + 1}`;
    usedTownNames.add(name);
    return addTown(s, name, weight, i);
  });
}

function addTown(s: ScaleState, name: string, weight: number, i: number): Town {
  const { random, ids } = s;
  const size = Math.sqrt(weight / s.maxWeight);
  const centre = {
    lat: round5(random.between(NRW.minLat + 0.15, NRW.maxLat - 0.15)),
    lng: round5(random.between(NRW.minLng + 0.15, NRW.maxLng - 0.15)),
  };
  const radiusKm = 2.5 + 9 * size;
  const id = ids.uuid();
  s.municipalityRows.push({ id, code: `05${String(100_000 + i).padStart(6, '0')}`, name, state: 'NW' });

  const districtCount = clamp(4 + Math.round(8 * size) + random.int(-1, 1), 4, 12);
  const postalBase = 32_000 + random.int(0, 2_780) * 10;
  const names = [random.pick(centralDistricts), ...random.shuffle(districtNames).slice(0, districtCount - 1)];
  const townDistricts = names.map((districtName, d): GeneratedDistrict => {
    const angle = random.between(0, 2 * Math.PI);
    const distance = d === 0 ? 0 : radiusKm * (0.3 + 0.6 * Math.sqrt(random.next()));
    const point = offset(centre.lat, centre.lng, distance * Math.sin(angle), distance * Math.cos(angle));
    const district = { id: ids.uuid(), name: districtName, ...point, postalCode: String(postalBase + d) };
    s.districtRows.push({ id: district.id, municipalityId: id, name: districtName });
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
}

export function siteIn(
  s: ScaleState,
  town: Town,
  district: GeneratedDistrict,
  point?: { lat: number; lng: number },
): Site {
  const { random } = s;
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
}

export function centralDistrict(town: Town): GeneratedDistrict {
  const district = town.districts[0];
  if (!district) throw new Error('a municipality without districts');
  return district;
}

export function contact(name: string, town: Town) {
  const host = `${slugify(name)}.${town.slug}`;
  return { email: `info@${host}.example`, website: `https://${host}.example` };
}

export function addProvider(
  s: ScaleState,
  town: Town,
  family: ProviderFamily,
  name: string,
  site: Site,
): Provider {
  const row: OrganizationRow = {
    id: s.ids.uuid(),
    type: 'provider',
    name,
    municipalityId: town.id,
    ...site,
    ...contact(name, town),
  };
  s.providerRows.push(row);
  return { id: row.id, family };
}

/** The city and the welfare Träger of each municipality, and its Jugendamt with a planner. */
export function addProvidersAndYouthOffices(s: ScaleState): void {
  const { random, ids } = s;
  for (const town of s.towns) {
    const size = Math.sqrt(town.weight / s.maxWeight);
    town.city = addProvider(s, town, 'city', `Stadt ${town.name}`, siteIn(s, town, centralDistrict(town)));
    const welfareCount = clamp(2 + Math.round(6 * size) + random.int(0, 1), 2, welfareTemplates.length);
    for (const [family, makeName] of random.shuffle(welfareTemplates).slice(0, welfareCount)) {
      town.others.push(
        addProvider(
          s,
          town,
          family,
          makeName(town.name, random),
          siteIn(s, town, random.pick(town.districts)),
        ),
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
      ...siteIn(s, town, centralDistrict(town)),
      ...contact(name, town),
    };
    s.youthOfficeRows.push(youthOffice);
    addUser(s, youthOffice.id, 'planner', 'planung', `jugendamt-${town.slug}`);
  }
}

/** Family centres; about one in six in a Verbund of 2–5 centres within 3 km. */
export function addCentres(s: ScaleState, total: number): void {
  const centresPerTown = allocate(
    total,
    s.towns.map((t) => t.weight),
    1,
  );
  let networkCarry = 0;
  s.towns.forEach((town, t) => {
    const count = centresPerTown[t] ?? 0;
    const addCentre = centreAdder(s, town);
    networkCarry += count / 6;
    let networked = Math.min(count, Math.floor(networkCarry));
    if (networked < 2) networked = 0;
    networkCarry -= networked;
    const usedNetworkNames = new Set<string>();
    while (networked >= 2) {
      let size = Math.min(networked, s.random.int(2, 5));
      if (networked - size === 1) size += size < 5 ? 1 : -1;
      networked -= size;
      addNetwork(s, town, size, usedNetworkNames, addCentre);
    }
    while (addCentre.added < count) {
      addCentre(s.random.pick(town.districts));
    }
  });
}

type CentreAdder = ((
  district: GeneratedDistrict,
  point?: { lat: number; lng: number },
  networkId?: string,
) => OrganizationRow) & { added: number };

/** Adds centres to one town, with names unique within it; `added` counts them. */
function centreAdder(s: ScaleState, town: Town): CentreAdder {
  const { random, ids } = s;
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
  const addCentre: CentreAdder = Object.assign(
    (district: GeneratedDistrict, point?: { lat: number; lng: number }, networkId?: string) => {
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
        ...siteIn(s, town, district, point),
        ...contact(name, town),
      };
      s.centreRows.push(row);
      addCentre.added++;
      return row;
    },
    { added: 0 },
  );
  return addCentre;
}

/** A Verbund of `size` centres around an anchor in one district; the first member is its contact. */
function addNetwork(
  s: ScaleState,
  town: Town,
  size: number,
  usedNetworkNames: Set<string>,
  addCentre: CentreAdder,
): void {
  const { random, ids } = s;
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
  s.networkRows.push(network);
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

/** A lead account for the first centres (the demo signs in as them). */
export function addCentreLeads(s: ScaleState): void {
  for (const [i, centre] of s.centreRows.slice(0, LEADS_FOR_FIRST_CENTRES).entries()) {
    const town = s.towns.find((t) => t.id === centre.municipalityId);
    addUser(
      s,
      centre.id,
      'lead',
      'leitung',
      `${slugify(centre.name).slice(0, 30)}-${i + 1}.${town?.slug ?? 'fz'}`,
    );
  }
}
