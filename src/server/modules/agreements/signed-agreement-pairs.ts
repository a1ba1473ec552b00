import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';

/**
 * What planning may know of agreements for a municipality's network graph (decisions 014, 016): which
 * organisations were bound to each other by a signed agreement on a day, as counted pairs. No titles, no texts.
 */
export interface AgreementPair {
  /** The smaller of the two organisation ids (pairs are unordered). */
  a: string;
  b: string;
  agreements: number;
}

/**
 * Pairs of organisations of different parties of agreements involving the municipality that were in force at
 * `day`: a version was signed (in-force version set) by then, the term had begun and not ended, and it was not
 * ended before (an agreement ended without an end date counts until its last change). A party stands for its
 * facilities when it names them, else for the Träger itself. One statement, grouped in SQL.
 */
export async function signedAgreementPairsAt(
  db: Executor,
  municipalityId: string,
  day: string,
): Promise<AgreementPair[]> {
  return queryRows<AgreementPair>(
    db,
    sql`with live as (
          select a.id from agreements a
           where a.municipality_ids @> array[${municipalityId}::uuid]
             and a.in_force_version is not null
             and a.start_date <= ${day}::date
             and (a.end_date is null or a.end_date >= ${day}::date)
             and (a.status <> 'ended' or a.end_date is not null
                  or (a.updated_at at time zone 'Europe/Berlin')::date >= ${day}::date)
             and coalesce((select (min(v.signed_at) at time zone 'Europe/Berlin')::date
                             from agreement_versions v where v.agreement_id = a.id),
                          a.start_date) <= ${day}::date
        ),
        members as (
          select p.agreement_id, p.position,
                 unnest(case when cardinality(p.facility_ids) > 0 then p.facility_ids
                             else array[p.organization_id] end) as org
            from agreement_parties p join live on live.id = p.agreement_id
        )
        select least(x.org, y.org) as a, greatest(x.org, y.org) as b,
               count(distinct x.agreement_id)::int as agreements
          from members x
          join members y on y.agreement_id = x.agreement_id and y.position > x.position and y.org <> x.org
         group by 1, 2`,
  );
}
