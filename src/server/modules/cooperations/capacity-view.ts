import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import {
  type CapacityScope,
  type CapacitySubject,
  capacityItemsSql,
  capacityTotalsSql,
  monthsFrom,
} from './capacity-derivation';

/** The figures of one organisation, month and district bucket, as the drivers return them. */
export interface TotalsRow {
  organizationId: string;
  month: string;
  districtId: string | null;
  available: string | number | null;
  committed: string | number;
  planned: string | number;
  received: string | number;
}

export interface CapacityMonth {
  month: string;
  districtId: string | null;
  available: number | null;
  committed: number;
  planned: number;
  received: number;
  left: number | null;
  isOver: boolean;
}

/** Hours with one decimal, as numbers. */
export const roundHours = (value: string | number | null) => Math.round(Number(value ?? 0) * 10) / 10;

export function monthOf(row: TotalsRow): CapacityMonth {
  const available = row.available === null ? null : roundHours(row.available);
  const committed = roundHours(row.committed);
  const planned = roundHours(row.planned);
  const left = available === null ? null : roundHours(available - committed - planned);
  return {
    month: row.month,
    districtId: row.districtId,
    available,
    committed,
    planned,
    received: roundHours(row.received),
    left,
    isOver: available !== null && committed + planned > available,
  };
}

/** The rows of the 12 months in order, each month at least once (a month without any figure: zeros). */
export function twelveMonths(rows: TotalsRow[], organizationId: string, from: string): CapacityMonth[] {
  const result: CapacityMonth[] = [];
  for (const month of monthsFrom(from)) {
    const ofMonth = rows.filter((r) => r.month === month);
    if (ofMonth.length === 0) {
      result.push(
        monthOf({
          organizationId,
          month,
          districtId: null,
          available: null,
          committed: 0,
          planned: 0,
          received: 0,
        }),
      );
      continue;
    }
    ofMonth.sort((a, b) => (a.districtId ?? '').localeCompare(b.districtId ?? ''));
    result.push(...ofMonth.map(monthOf));
  }
  return result;
}

/**
 * Runs a derivation without just-in-time compilation: its estimates pass PostgreSQL's JIT threshold, and
 * compiling took seconds where executing takes milliseconds (bench/capacity.ts).
 */
function withoutJit<T>(db: Executor, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return queryRows<T>(tx, query);
  });
}

export function loadTotals(
  db: Executor,
  scope: CapacityScope,
  from: string,
  subject: CapacitySubject | null = null,
): Promise<TotalsRow[]> {
  return withoutJit<TotalsRow>(db, capacityTotalsSql(scope, from, subject));
}

interface ItemRow {
  kind: 'agreement' | 'offering' | 'assessment' | 'pool' | 'allocation';
  sourceId: string;
  title: string;
  state: 'committed' | 'planned' | 'received';
  month: string;
  districtId: string | null;
  hours: string | number;
}

/** The web app's page of each contribution. */
const pathOf: Record<ItemRow['kind'], (id: string) => string> = {
  agreement: (id) => `/vereinbarungen/${id}`,
  offering: (id) => `/angebote/verwalten/${id}`,
  assessment: (id) => `/kooperationen/${id}`,
  pool: (id) => `/kontingente/${id}`,
  allocation: (id) => `/kontingente/${id}`,
};

type ItemOrPeriod =
  | ItemRow
  | {
      kind: 'period';
      sourceId: null;
      title: null;
      state: 'available';
      month: string;
      districtId: string | null;
      hours: string | number;
    };

/** Available, committed, planned and received hours per month and bucket, from the item and period rows. */
function totalsOf(organizationId: string, rows: ItemOrPeriod[]): TotalsRow[] {
  const totals = new Map<
    string,
    TotalsRow & { available: number | null; committed: number; planned: number; received: number }
  >();
  for (const row of rows) {
    const key = `${row.month}|${row.districtId ?? ''}`;
    const total = totals.get(key) ?? {
      organizationId,
      month: row.month,
      districtId: row.districtId,
      available: null,
      committed: 0,
      planned: 0,
      received: 0,
    };
    if (row.state === 'available') total.available = Number(row.hours);
    else total[row.state] += Number(row.hours);
    totals.set(key, total);
  }
  return [...totals.values()];
}

/**
 * An organisation's figures and what makes them up (each agreement, offering, decision and pool with its
 * hours), from one statement; `subject` counts an action as if it had happened.
 */
export async function loadOrganizationCapacity(
  db: Executor,
  organizationId: string,
  from: string,
  subject: CapacitySubject | null = null,
) {
  const rows = await withoutJit<ItemOrPeriod>(db, capacityItemsSql(organizationId, from, subject));
  const items = new Map<
    string,
    Omit<ItemRow, 'month' | 'hours'> & { path: string; months: { month: string; hours: number }[] }
  >();
  for (const row of rows) {
    if (row.kind === 'period') continue;
    const key = `${row.kind}:${row.sourceId}:${row.state}:${row.districtId ?? ''}`;
    let item = items.get(key);
    if (!item) {
      const { month: _month, hours: _hours, ...rest } = row;
      item = { ...rest, path: pathOf[row.kind](row.sourceId), months: [] };
      items.set(key, item);
    }
    const existing = item.months.find((m) => m.month === row.month);
    if (existing) existing.hours = roundHours(existing.hours + Number(row.hours));
    else item.months.push({ month: row.month, hours: roundHours(row.hours) });
  }
  return { items: [...items.values()], totals: totalsOf(organizationId, rows) };
}
