import type {
  districts,
  MembershipRole,
  municipalities,
  organizations,
} from '../src/server/modules/accounts/schema';
import type { Random } from './random';
import { kitaNames, protestantKitaNames, saints } from './scale-names';

/** The shapes and helpers the scale generator's steps share (scale-builder.ts). */

export type MunicipalityRow = typeof municipalities.$inferInsert & { id: string };
export type DistrictRow = typeof districts.$inferInsert & { id: string };
export type OrganizationRow = typeof organizations.$inferInsert & { id: string };

export interface ScaleUser {
  id: string;
  accountId: string;
  membershipId: string;
  email: string;
  name: string;
  organizationId: string;
  role: MembershipRole;
}

// NRW's bounding box; municipality centres keep a margin so that their facilities stay inside.
export const NRW = { minLat: 50.3, maxLat: 52.5, minLng: 5.9, maxLng: 9.5 };
export const KM_PER_DEGREE = 111.2;
/** Members of a Verbund lie within this radius of its anchor, so pairwise ≤ 2 × radius ≤ 3 km. */
export const NETWORK_RADIUS_KM = 1.2;
export const LEADS_FOR_FIRST_CENTRES = 50;

export type ProviderFamily =
  | 'city'
  | 'ev'
  | 'kath'
  | 'caritas'
  | 'diakonie'
  | 'awo'
  | 'drk'
  | 'paritaet'
  | 'ggmbh';

export interface Provider {
  id: string;
  family: ProviderFamily;
}

export interface GeneratedDistrict {
  id: string;
  name: string;
  lat: number;
  lng: number;
  postalCode: string;
}

export interface Town {
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

export interface Site {
  districtId: string;
  street: string;
  postalCode: string;
  city: string;
  lat: number;
  lng: number;
  phone: string;
}

export const welfareTemplates: [ProviderFamily, (city: string, random: Random) => string][] = [
  ['ev', (city) => `Ev. Kirchengemeinde ${city}`],
  ['kath', (city, r) => `Kath. Kirchengemeinde St. ${r.pick(saints)} ${city}`],
  ['caritas', (city) => `Caritasverband ${city} e.V.`],
  ['diakonie', (city) => `Diakonie ${city} e.V.`],
  ['awo', (city) => `AWO Ortsverein ${city} e.V.`],
  ['drk', (city) => `DRK-Ortsverein ${city} e.V.`],
  ['paritaet', (city) => `Der Paritätische – Kreisgruppe ${city}`],
  ['ggmbh', (city) => `Kinderwelt ${city} gGmbH`],
];

export const centreNamesByFamily: Record<ProviderFamily, (r: Random) => string> = {
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

export const familyWeight: Record<ProviderFamily, number> = {
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
export function allocate(total: number, weights: number[], min: number): number[] {
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

export function round5(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function offset(
  lat: number,
  lng: number,
  northKm: number,
  eastKm: number,
): { lat: number; lng: number } {
  const newLat = lat + northKm / KM_PER_DEGREE;
  const newLng = lng + eastKm / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  return {
    lat: round5(clamp(newLat, NRW.minLat, NRW.maxLat)),
    lng: round5(clamp(newLng, NRW.minLng, NRW.maxLng)),
  };
}
