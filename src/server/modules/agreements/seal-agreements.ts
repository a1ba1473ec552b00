import { sql } from 'drizzle-orm';
import { arrayLiteral, type Executor, queryRows } from '../../db/client';

/**
 * What the seal module may know of agreements (decisions 014, 017): the agreements a set of facilities is
 * party to that are in force at a day or whose term ended since a day, with the other parties' organisations
 * (whose directory kinds decide whether it counts for a criterion). Titles, dates and parties only.
 */
export interface SealAgreement {
  id: string;
  title: string;
  /** The facility (one of those asked for) that is party, as a party's organisation or one of its facilities. */
  facilityId: string;
  startDate: string;
  /** The end of its term: the end date, or the day it was ended when it had none. */
  endDate: string | null;
  /** Signed and in force at the day asked for. */
  inForce: boolean;
  /** Its term ended (status ended, or the end date passed) on or after `since` and before the day. */
  ended: boolean;
  /** The other parties' organisations and facilities. */
  partnerIds: string[];
}

/** Statuses in which a signed version binds the parties. */
const IN_FORCE = ['signed', 'active', 'review_due', 'amended'];

/**
 * Agreements with one of `facilityIds` as party that are in force at `at` or ended between `since` and `at`,
 * one row per agreement and facility. One statement.
 */
export async function sealAgreementsOf(
  db: Executor,
  facilityIds: readonly string[],
  at: string,
  since: string,
): Promise<SealAgreement[]> {
  if (facilityIds.length === 0) return [];
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`with ids as (select unnest(${arrayLiteral(facilityIds)}::uuid[]) as id),
        mine as (
          select distinct on (ag.id, m.org) ag.id, m.org as facility_id, pa.id as party_id
            from agreement_parties pa
            join agreements ag on ag.id = pa.agreement_id
            cross join lateral unnest(array[pa.organization_id] || pa.facility_ids) as m(org)
           -- The party filter first, so the indexes on organization_id and facility_ids (gin) pick the few
           -- parties; filtering only after the unnest read every party of the state (~280 ms on NRW).
           where (pa.organization_id = any(${arrayLiteral(facilityIds)}::uuid[])
                  or pa.facility_ids && ${arrayLiteral(facilityIds)}::uuid[])
             and m.org in (select id from ids) and ag.status <> 'draft'),
        term as (
          select a.id, a.title, a.start_date, a.status, a.in_force_version,
                 case when a.status = 'ended'
                      then coalesce(least(a.end_date, (a.updated_at at time zone 'Europe/Berlin')::date),
                                    (a.updated_at at time zone 'Europe/Berlin')::date)
                      else a.end_date end as term_end
            from agreements a where a.id in (select id from mine))
      select t.id, t.title, mine.facility_id as "facilityId",
             to_char(t.start_date, 'YYYY-MM-DD') as "startDate",
             to_char(t.term_end, 'YYYY-MM-DD') as "endDate",
             (t.status = any(${arrayLiteral(IN_FORCE)}::text[]) and t.in_force_version is not null
               and t.start_date <= ${at}::date and (t.term_end is null or t.term_end >= ${at}::date)) as "inForce",
             (t.term_end is not null and t.term_end < ${at}::date and t.term_end >= ${since}::date
               and (t.status = 'ended' or t.in_force_version is not null)) as "ended",
             array(select distinct o.org::text
                     from agreement_parties p
                     cross join lateral unnest(array[p.organization_id] || p.facility_ids) as o(org)
                    where p.agreement_id = t.id and p.id <> mine.party_id
                      and o.org not in (select id from ids)) as "partnerIds"
        from mine join term t on t.id = mine.id
       order by t.title, t.id`,
  );
  return rows
    .map((r) => ({
      id: String(r.id),
      title: String(r.title),
      facilityId: String(r.facilityId),
      startDate: String(r.startDate),
      endDate: (r.endDate as string | null) ?? null,
      inForce: r.inForce === true,
      ended: r.ended === true,
      partnerIds: r.partnerIds as string[],
    }))
    .filter((r) => r.inForce || r.ended);
}

/** The parties' organisations and facilities of an agreement (for its badges); undefined when unknown. */
export async function sealPartiesOfAgreement(
  db: Executor,
  agreementId: string,
): Promise<string[] | undefined> {
  const rows = await queryRows<{ org: string }>(
    db,
    sql`select distinct o.org::text as org
          from agreement_parties p
          cross join lateral unnest(array[p.organization_id] || p.facility_ids) as o(org)
         where p.agreement_id = ${agreementId}::uuid`,
  );
  return rows.length === 0 ? undefined : rows.map((r) => r.org);
}
