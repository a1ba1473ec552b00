import { asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import { districts } from '../accounts/schema';
import { partnerHoursByDistrictSql } from '../cooperations/district-hours';
import { activeCooperationsSql } from '../directory/district-cooperations';
import { partnerKinds } from '../directory/schema';
import { offeringsByDistrictSql } from '../offerings/district-sessions';
import { roomUseByDistrictSql } from '../rooms/district-rooms';
import {
  type CooperationRow,
  districtCoverageOf,
  emptyCoverage,
  type HoursRow,
  type OfferingRow,
  type OrganizationRow,
  type RoomRow,
  sumCoverage,
} from './coverage-figures';
import { organizationsByDistrictSql } from './coverage-organizations';
import { coverageYear, municipalityIn } from './coverage-scope';

export type { DistrictCoverage, OfferingFigures } from './coverage-figures';

/** The statements of a municipality's coverage in a year, one per figure group (also run by bench/planning.ts). */
export function coverageStatements(municipalityId: string, year: number, now = new Date()) {
  const period = coverageYear(year, now);
  const inScope = (column: SQL) => municipalityIn({ municipalityId }, column);
  return {
    organizations: organizationsByDistrictSql(inScope),
    cooperations: activeCooperationsSql(inScope, period.at),
    offerings: offeringsByDistrictSql(inScope, period.from, period.to, true),
    rooms: roomUseByDistrictSql(inScope, period.from, period.to),
    hours: partnerHoursByDistrictSql(municipalityId, `${year}-01-01`),
  };
}

/**
 * The coverage of a municipality in a calendar year, per district (decision 016: counts, sums and ratios
 * only): centres; partners by kind; cooperations active at the year's end (now, for the running year) in
 * total and per priority partner kind; offerings with sessions in the year, per quarter and by format,
 * target group, theme and age band; rooms and their utilisation; hours partners with a capacity entry
 * committed to the district's centres. One statement per figure group, each grouped in SQL.
 *
 * No access check: the callers (coverage, report, gaps, map) check `planningAccess` first. Organisations
 * without a district make a last row with `districtId` null when they have any figure.
 */
export async function coverageOf(db: Executor, municipalityId: string, year: number, now = new Date()) {
  const period = coverageYear(year, now);
  const [districtRows, priorityKinds, figures] = await Promise.all([
    db
      .select({ id: districts.id, name: districts.name })
      .from(districts)
      .where(eq(districts.municipalityId, municipalityId))
      .orderBy(asc(districts.name)),
    db
      .select({ key: partnerKinds.key })
      .from(partnerKinds)
      .where(eq(partnerKinds.isPriority, true))
      .orderBy(asc(partnerKinds.sortOrder)),
    // One snapshot for all figure groups; no JIT: the capacity derivation's estimates pass its threshold
    // and compiling costs seconds where running costs milliseconds (cooperations/capacity-view.ts).
    db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = off`);
      const q = coverageStatements(municipalityId, year, now);
      const organizations = await queryRows<OrganizationRow>(tx, q.organizations);
      const cooperations = await queryRows<CooperationRow>(tx, q.cooperations);
      const offerings = await queryRows<OfferingRow>(tx, q.offerings);
      const rooms = await queryRows<RoomRow>(tx, q.rooms);
      const hours = await queryRows<HoursRow>(tx, q.hours);
      return { organizations, cooperations, offerings, rooms, hours };
    }),
  ]);
  const kinds = priorityKinds.map((k) => k.key);
  const rows = [
    ...districtRows.map((d) => districtCoverageOf(d.id, d.name, figures, kinds)),
    districtCoverageOf(null, null, figures, kinds),
  ];
  const withoutDistrict = rows[rows.length - 1];
  const shown = withoutDistrict?.isEmpty ? rows.slice(0, -1) : rows;
  return {
    municipalityId,
    year,
    at: period.at.toISOString(),
    priorityKinds: kinds,
    districts: shown.map(({ isEmpty: _, ...d }) => d),
    total: sumCoverage(shown, emptyCoverage(kinds)),
  };
}

export type Coverage = Awaited<ReturnType<typeof coverageOf>>;
