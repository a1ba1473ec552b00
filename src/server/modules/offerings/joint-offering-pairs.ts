import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';

/**
 * What planning may know of offerings for a municipality's network graph (decisions 014, 016): which
 * organisations ran offerings together on a day, as counted pairs. No titles, no participants.
 */
export interface JointOfferingPair {
  /** The smaller of the two organisation ids (pairs are unordered). */
  a: string;
  b: string;
  offerings: number;
}

/** Agreed or later, not cancelled: what organisers actually run together. */
const RUN_STATUSES = sql.raw(`'agreed','published','running','evaluated','ended'`);

/**
 * Pairs of co-organisers of the municipality's offerings that were running at `day` (Europe/Berlin): the day
 * lies between the first session's start and the last session's end (cancelled sessions left out).
 * One statement, grouped in SQL; the session bounds come from the (offering_id, starts_at) index.
 */
export async function jointOfferingPairsAt(
  db: Executor,
  municipalityId: string,
  day: string,
): Promise<JointOfferingPair[]> {
  const start = sql`(${day}::date::timestamp at time zone 'Europe/Berlin')`;
  const end = sql`((${day}::date + 1)::timestamp at time zone 'Europe/Berlin')`;
  return queryRows<JointOfferingPair>(
    db,
    sql`with joint as (
          select o.id from offerings o
           where o.municipality_id = ${municipalityId}::uuid
             and o.status in (${RUN_STATUSES})
             and (select count(*) from offering_organizers c where c.offering_id = o.id) > 1
             and (select min(s.starts_at) from offering_sessions s
                   where s.offering_id = o.id and not s.cancelled) < ${end}
             and (select max(s.ends_at) from offering_sessions s
                   where s.offering_id = o.id and not s.cancelled) >= ${start}
        )
        select least(x.organization_id, y.organization_id) as a,
               greatest(x.organization_id, y.organization_id) as b,
               count(*)::int as offerings
          from joint
          join offering_organizers x on x.offering_id = joint.id
          join offering_organizers y on y.offering_id = joint.id and y.organization_id > x.organization_id
         group by 1, 2`,
  );
}
