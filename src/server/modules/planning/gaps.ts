import { asc, eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { type Executor, queryRows } from '../../db/client';
import { districts, organizations } from '../accounts/schema';
import { priorityCooperationsOf } from '../directory/priority-cooperations';
import { targetGroupKeys } from '../directory/schemas';
import { targetGroupsOffered } from '../offerings/target-groups-offered';
import { localPeriodOf, type PlanningPeriod } from './gaps-period';

/**
 * Gaps of a municipality's planning (issue 18): districts or family centres without an offering for a target
 * group in the period, or without an active cooperation with a partner of a priority kind (counselling,
 * family education). Derived on read (decision 016); each gap has a key that stays the same as long as the gap
 * exists, so that a planning task can name it as its source.
 */
export type TargetGroup = (typeof targetGroupKeys)[number];
export type GapType = 'no_offering' | 'no_cooperation';
export type GapScope = 'district' | 'centre';
export type GapActionType = 'find_partner' | 'write_to_district';

export interface PartnerKindRef {
  key: string;
  labelDe: string;
  labelEn: string;
}

export interface Gap {
  key: string;
  type: GapType;
  scope: GapScope;
  /** The district (for a centre: its district, if it has one). */
  district: { id: string; name: string } | null;
  centre: { id: string; name: string } | null;
  targetGroup: TargetGroup | null;
  partnerKind: PartnerKindRef | null;
  /** What the planner may do about it, with the page that helps. */
  action: { type: GapActionType; href: string };
}

export interface Centre {
  id: string;
  name: string;
  districtId: string | null;
}

/** The municipality's family centres (reference table), by name. */
export function centresOf(db: Executor, municipalityId: string): Promise<Centre[]> {
  return db
    .select({ id: organizations.id, name: organizations.name, districtId: organizations.districtId })
    .from(organizations)
    .where(
      sql`${organizations.municipalityId} = ${municipalityId} and ${organizations.type} = 'family_centre'`,
    )
    .orderBy(asc(organizations.name), asc(organizations.id));
}

export function districtsOf(db: Executor, municipalityId: string) {
  return db
    .select({ id: districts.id, name: districts.name })
    .from(districts)
    .where(eq(districts.municipalityId, municipalityId))
    .orderBy(asc(districts.name));
}

/** The priority partner kinds (counselling, family education), in their order. */
export function priorityKinds(db: Executor): Promise<PartnerKindRef[]> {
  return queryRows<PartnerKindRef>(
    db,
    sql`select key, label_de as "labelDe", label_en as "labelEn" from partner_kinds
        where is_priority order by sort_order, key`,
  );
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/**
 * The directory's search for partners of a kind or serving a target group. Not narrowed to the district:
 * partners often serve centres in neighbouring districts (the EB of the Altstadt serves Südpark).
 */
const partnerSearch = (params: Record<string, string>) => `/partner?${query(params)}`;

const writeToDistrict = (municipalityId: string, districtId: string) =>
  `/planung/aufgaben?${query({ municipality: municipalityId, district: districtId })}`;

interface World {
  municipalityId: string;
  districts: { id: string; name: string }[];
  centres: Centre[];
  districtName: Map<string, string>;
}

function districtRef(world: World, id: string | null) {
  const name = id ? world.districtName.get(id) : undefined;
  return id && name !== undefined ? { id, name } : null;
}

/** Districts and centres without an offering for each target group (in the period). */
function offeringGaps(world: World, offered: Awaited<ReturnType<typeof targetGroupsOffered>>): Gap[] {
  const has = (list: { id: string; targetGroup: string }[]) =>
    new Set(list.map((c) => `${c.id}:${c.targetGroup}`));
  const inDistrict = has(offered.byDistrict);
  const byOrganization = has(offered.byOrganization);
  const gaps: Gap[] = [];
  for (const targetGroup of targetGroupKeys) {
    for (const d of world.districts) {
      if (inDistrict.has(`${d.id}:${targetGroup}`)) continue;
      gaps.push({
        key: `no-offering:${targetGroup}:district:${d.id}`,
        ...{
          type: 'no_offering',
          scope: 'district',
          district: d,
          centre: null,
          targetGroup,
          partnerKind: null,
        },
        action: { type: 'write_to_district', href: writeToDistrict(world.municipalityId, d.id) },
      });
    }
    for (const c of world.centres) {
      if (byOrganization.has(`${c.id}:${targetGroup}`)) continue;
      gaps.push({
        key: `no-offering:${targetGroup}:centre:${c.id}`,
        ...{ type: 'no_offering', scope: 'centre', district: districtRef(world, c.districtId) },
        ...{ centre: { id: c.id, name: c.name }, targetGroup, partnerKind: null },
        action: { type: 'find_partner', href: partnerSearch({ targetGroup }) },
      });
    }
  }
  return gaps;
}

/** Centres without an active cooperation of a priority kind, and districts (with centres) where none has one. */
function cooperationGaps(world: World, kinds: PartnerKindRef[], activePairs: Set<string>): Gap[] {
  const gaps: Gap[] = [];
  for (const kind of kinds) {
    for (const d of world.districts) {
      const centres = world.centres.filter((c) => c.districtId === d.id);
      if (centres.length === 0 || centres.some((c) => activePairs.has(`${c.id}:${kind.key}`))) continue;
      gaps.push({
        key: `no-cooperation:${kind.key}:district:${d.id}`,
        ...{ type: 'no_cooperation', scope: 'district', district: d, centre: null, targetGroup: null },
        partnerKind: kind,
        action: { type: 'find_partner', href: partnerSearch({ kind: kind.key }) },
      });
    }
    for (const c of world.centres) {
      if (activePairs.has(`${c.id}:${kind.key}`)) continue;
      gaps.push({
        key: `no-cooperation:${kind.key}:centre:${c.id}`,
        ...{ type: 'no_cooperation', scope: 'centre', district: districtRef(world, c.districtId) },
        ...{ centre: { id: c.id, name: c.name }, targetGroup: null, partnerKind: kind },
        action: { type: 'find_partner', href: partnerSearch({ kind: kind.key }) },
      });
    }
  }
  return gaps;
}

/**
 * Every gap of the municipality in the period: cooperation gaps first (as at the period's end, or now), then
 * offering gaps by target group. Five statements, each grouped in SQL.
 */
export async function gapsOf(
  db: Executor,
  municipalityId: string,
  period: PlanningPeriod,
  now = new Date(),
): Promise<Gap[]> {
  // A past period's cooperation gaps are those of its end, not today's (the report compares two years).
  const end = DateTime.fromISO(localPeriodOf(period).to, { zone: 'Europe/Berlin' }).toJSDate();
  const [districtRows, centres, kinds, cooperations, offered] = await Promise.all([
    districtsOf(db, municipalityId),
    centresOf(db, municipalityId),
    priorityKinds(db),
    priorityCooperationsOf(db, municipalityId, end < now ? end : undefined),
    targetGroupsOffered(db, municipalityId, localPeriodOf(period)),
  ]);
  const world: World = {
    municipalityId,
    districts: districtRows,
    centres,
    districtName: new Map(districtRows.map((d) => [d.id, d.name])),
  };
  const activePairs = new Set(
    cooperations.filter((c) => c.status === 'active').map((c) => `${c.centreId}:${c.kindKey}`),
  );
  return [...cooperationGaps(world, kinds, activePairs), ...offeringGaps(world, offered)];
}
