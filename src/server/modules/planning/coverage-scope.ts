import { type SQL, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';

/**
 * Which organisations a coverage figure counts: those of one municipality (the planner's dashboard, per
 * district) or of every municipality of a state (the Landesjugendamt's aggregates, per municipality).
 */
export type CoverageScope = { municipalityId: string } | { state: string };

/** The condition on an organisation's (or offering's) `municipality_id` column for the scope. */
export function municipalityIn(scope: CoverageScope, column: SQL): SQL {
  if ('municipalityId' in scope) return sql`${column} = ${scope.municipalityId}::uuid`;
  return sql`${column} in (select id from municipalities where state = ${scope.state})`;
}

/** A calendar year in Berlin time: its bounds, and the instant its state is read at (year end, or now). */
export interface CoverageYear {
  year: number;
  from: Date;
  to: Date;
  /** The end of the year, or now for the running year: cooperations active and organisations existing then. */
  at: Date;
}

export function coverageYear(year: number, now: Date = new Date()): CoverageYear {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: 'Europe/Berlin' });
  const from = start.toJSDate();
  const to = start.plus({ years: 1 }).toJSDate();
  return { year, from, to, at: to.getTime() < now.getTime() ? to : now };
}
