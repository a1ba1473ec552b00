import { sql } from 'drizzle-orm';
import { arrayLiteral, type Executor, queryRows } from '../../db/client';

/**
 * What the seal module may know of offerings (decisions 014, 017): the offerings a set of facilities
 * organises that carry seal criteria codes, with their sessions inside and outside a review period. Titles and
 * dates only: no participants, no descriptions.
 */
export interface SealOffering {
  id: string;
  title: string;
  /** The facility (one of those asked for) that organises it. */
  facilityId: string;
  criteria: string[];
  /** Non-cancelled sessions in the period, and the first and last of them (Berlin dates). */
  sessionsInPeriod: number;
  firstInPeriod: string | null;
  lastInPeriod: string | null;
  /** Non-cancelled sessions outside the period (an offering with only these is a warning, not evidence). */
  sessionsOutside: number;
}

/**
 * Offerings organised (as lead or co-organiser) by any of `facilityIds` with at least one seal criterion,
 * except cancelled ones, one row per offering and facility. The period is whole Berlin days `from`–`to`.
 * One statement; the session counts come from the (offering_id, starts_at) index.
 */
export async function sealOfferingsOf(
  db: Executor,
  facilityIds: readonly string[],
  period: { from: string; to: string },
): Promise<SealOffering[]> {
  if (facilityIds.length === 0) return [];
  const start = sql`(${period.from}::date::timestamp at time zone 'Europe/Berlin')`;
  const end = sql`((${period.to}::date + 1)::timestamp at time zone 'Europe/Berlin')`;
  const rows = await queryRows<
    Omit<SealOffering, 'sessionsInPeriod' | 'sessionsOutside'> & Record<string, unknown>
  >(
    db,
    sql`select o.id, o.title, x.organization_id as "facilityId", o.seal_criteria as criteria,
          s.inside as "sessionsInPeriod", s.outside as "sessionsOutside",
          to_char(s.first_at at time zone 'Europe/Berlin', 'YYYY-MM-DD') as "firstInPeriod",
          to_char(s.last_at at time zone 'Europe/Berlin', 'YYYY-MM-DD') as "lastInPeriod"
        from offering_organizers x
        join offerings o on o.id = x.offering_id
        cross join lateral (
          select count(*) filter (where ss.starts_at >= ${start} and ss.starts_at < ${end}) as inside,
                 count(*) filter (where ss.starts_at < ${start} or ss.starts_at >= ${end}) as outside,
                 min(ss.starts_at) filter (where ss.starts_at >= ${start} and ss.starts_at < ${end}) as first_at,
                 max(ss.starts_at) filter (where ss.starts_at >= ${start} and ss.starts_at < ${end}) as last_at
            from offering_sessions ss
           where ss.offering_id = o.id and not ss.cancelled) s
        where x.organization_id = any(${arrayLiteral(facilityIds)}::uuid[])
          and cardinality(o.seal_criteria) > 0
          and o.status <> 'cancelled'
        order by o.title, o.id`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    title: String(r.title),
    facilityId: String(r.facilityId),
    criteria: r.criteria as string[],
    sessionsInPeriod: Number(r.sessionsInPeriod),
    sessionsOutside: Number(r.sessionsOutside),
    firstInPeriod: (r.firstInPeriod as string | null) ?? null,
    lastInPeriod: (r.lastInPeriod as string | null) ?? null,
  }));
}

/** Which seal criteria an offering carries (for its badges); undefined for an unknown offering. */
export async function sealCriteriaOfOffering(
  db: Executor,
  offeringId: string,
): Promise<SealOfferingCodes | undefined> {
  const [row] = await queryRows<{ criteria: string[]; organizers: string[] }>(
    db,
    sql`select o.seal_criteria as criteria,
          array(select x.organization_id::text from offering_organizers x where x.offering_id = o.id) as organizers
        from offerings o where o.id = ${offeringId}::uuid`,
  );
  return row && { criteria: row.criteria, organizerIds: row.organizers };
}

export interface SealOfferingCodes {
  criteria: string[];
  organizerIds: string[];
}
