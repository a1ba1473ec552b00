import { asc, count, eq, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import type { ServiceContext } from '../../service-context';
import { districts, municipalities } from '../accounts/schema';
import { activeCooperationsSql } from '../directory/district-cooperations';
import { offeringsByDistrictSql } from '../offerings/district-sessions';
import { roomUseByDistrictSql } from '../rooms/district-rooms';
import type { CooperationRow, OfferingRow, OrganizationRow, RoomRow } from './coverage-figures';
import { round1 } from './coverage-figures';
import { organizationsByDistrictSql } from './coverage-organizations';
import { coverageYear, municipalityIn } from './coverage-scope';
import { stateOfAggregates } from './policy/coverage';

type WithMunicipality<T> = T & { municipality_id: string };

export interface MunicipalityAggregate {
  municipalityId: string;
  name: string;
  districts: number;
  centres: number;
  partners: number;
  cooperations: number;
  /** Centres with an active cooperation with a partner of each priority kind. */
  centresWithPriorityKind: Record<string, number>;
  offerings: number;
  sessions: number;
  sessionHours: number;
  rooms: number;
  utilisation: number | null;
  /** Ratios per family centre (null without centres): what makes municipalities of any size comparable. */
  cooperationsPerCentre: number | null;
  offeringsPerCentre: number | null;
  shareOfCentresWithPriorityKind: Record<string, number | null>;
}

const per = (part: number, whole: number, digits = 100) =>
  whole > 0 ? Math.round((part / whole) * digits) / digits : null;

/** Sums the per-district rows of one statement into one figure per municipality. */
function sumBy<T extends { municipality_id: string }>(rows: T[], pick: (row: T) => number | undefined) {
  const sums = new Map<string, number>();
  for (const row of rows) {
    const value = pick(row);
    if (value !== undefined) sums.set(row.municipality_id, (sums.get(row.municipality_id) ?? 0) + value);
  }
  return (id: string) => sums.get(id) ?? 0;
}

/** The statements of a state's aggregates in a year, one per figure group (also run by bench/planning.ts). */
export function stateStatements(state: string, year: number, now = new Date()) {
  const period = coverageYear(year, now);
  const inScope = (column: SQL) => municipalityIn({ state }, column);
  return {
    organizations: organizationsByDistrictSql(inScope),
    cooperations: activeCooperationsSql(inScope, period.at),
    offerings: offeringsByDistrictSql(inScope, period.from, period.to, false),
    rooms: roomUseByDistrictSql(inScope, period.from, period.to),
  };
}

/**
 * The Landesjugendamt's view (decision 016): one row per municipality of the state, totals and ratios for a
 * year; nothing per district or organisation leaves this function. The same statements as the
 * municipality's coverage, scoped to the state (one per figure group, grouped in SQL).
 */
export async function stateAggregatesOf(db: Executor, state: string, year: number, now = new Date()) {
  const period = coverageYear(year, now);
  const [list, kinds, figures] = await Promise.all([
    db
      .select({ id: municipalities.id, name: municipalities.name, districts: count(districts.id) })
      .from(municipalities)
      .leftJoin(districts, eq(districts.municipalityId, municipalities.id))
      .where(eq(municipalities.state, state))
      .groupBy(municipalities.id)
      .orderBy(asc(municipalities.name)),
    queryRows<{ key: string }>(db, sql`select key from partner_kinds where is_priority order by sort_order`),
    db.transaction(async (tx) => {
      await tx.execute(sql`set local jit = off`);
      const q = stateStatements(state, year, now);
      const organizations = await queryRows<WithMunicipality<OrganizationRow>>(tx, q.organizations);
      const cooperations = await queryRows<WithMunicipality<CooperationRow>>(tx, q.cooperations);
      const offerings = await queryRows<WithMunicipality<OfferingRow>>(tx, q.offerings);
      const rooms = await queryRows<WithMunicipality<RoomRow>>(tx, q.rooms);
      return { organizations, cooperations, offerings, rooms };
    }),
  ]);
  const { organizations, cooperations, offerings, rooms } = figures;
  const centres = sumBy(organizations, (r) =>
    r.is_total && r.type === 'family_centre' ? r.organizations : undefined,
  );
  const partners = sumBy(organizations, (r) =>
    r.is_total && r.type === 'partner' ? r.organizations : undefined,
  );
  const active = sumBy(cooperations, (r) => (r.kind_key === null ? r.cooperations : undefined));
  const withKind = new Map(
    kinds.map((k) => [k.key, sumBy(cooperations, (r) => (r.kind_key === k.key ? r.centres : undefined))]),
  );
  const yearRows = offerings.filter((r) => r.quarter === null);
  const offered = sumBy(yearRows, (r) => r.offerings);
  const sessions = sumBy(yearRows, (r) => r.sessions);
  const hours = sumBy(yearRows, (r) => r.hours);
  const roomCount = sumBy(rooms, (r) => r.rooms);
  const bookable = sumBy(rooms, (r) => r.bookable_hours);
  const booked = sumBy(rooms, (r) => r.booked_hours);
  const items: MunicipalityAggregate[] = list.map((m) => {
    const c = centres(m.id);
    const byKind = Object.fromEntries(kinds.map((k) => [k.key, withKind.get(k.key)?.(m.id) ?? 0]));
    return {
      municipalityId: m.id,
      name: m.name,
      districts: Number(m.districts),
      centres: c,
      partners: partners(m.id),
      cooperations: active(m.id),
      centresWithPriorityKind: byKind,
      offerings: offered(m.id),
      sessions: sessions(m.id),
      sessionHours: round1(hours(m.id)),
      rooms: roomCount(m.id),
      utilisation: per(booked(m.id), bookable(m.id), 1000),
      cooperationsPerCentre: per(active(m.id), c),
      offeringsPerCentre: per(offered(m.id), c),
      shareOfCentresWithPriorityKind: Object.fromEntries(
        Object.entries(byKind).map(([key, n]) => [key, per(n, c, 1000)]),
      ),
    };
  });
  return { state, year, at: period.at.toISOString(), priorityKinds: kinds.map((k) => k.key), items };
}

/**
 * GET /planning/state-aggregates: the state's Landesjugendamt and instance admins (policy/coverage.ts).
 * Without `state`, the state of the caller's (first) Landesjugendamt: the web page needs no state to ask.
 */
export async function stateAggregates(
  ctx: ServiceContext,
  query: { state?: string | undefined; year: number },
) {
  const state = stateOfAggregates(ctx, query.state);
  return stateAggregatesOf(ctx.db, state, query.year);
}
