import { sql } from 'drizzle-orm';
import { arrayLiteral, type Executor, queryRows } from '../../db/client';

/**
 * What other modules may know of the agreements in force between organisations (decision 014): the planning
 * module's matrix centre × priority partner kind counts them per centre–partner pair. Counts only.
 */
export interface AgreementPairCount {
  a: string;
  b: string;
  agreements: number;
}

/** Statuses in which a signed version binds the parties. */
const IN_FORCE = ['signed', 'active', 'review_due', 'amended'];

/**
 * For the given organisations: how many agreements in force have two of them as different parties. An
 * organisation takes part as a party's organisation or as one of the facilities the party acts for. Each pair
 * comes in both orders. One statement.
 */
export async function agreementsInForceByPair(
  db: Executor,
  municipalityId: string,
  organizationIds: readonly string[],
): Promise<AgreementPairCount[]> {
  if (organizationIds.length === 0) return [];
  const rows = await queryRows<{ a: string; b: string; agreements: number | string }>(
    db,
    sql`with ids as (select unnest(${arrayLiteral(organizationIds)}::uuid[]) as id),
        member as (
          select pa.agreement_id, pa.id as party_id, m.org
          from agreements ag
          join agreement_parties pa on pa.agreement_id = ag.id
          cross join lateral unnest(array[pa.organization_id] || pa.facility_ids) as m(org)
          where ${municipalityId}::uuid = any(ag.municipality_ids)
            and ag.status = any(${arrayLiteral(IN_FORCE)}::text[])
            and m.org in (select id from ids))
      select x.org as a, y.org as b, count(distinct x.agreement_id) as agreements
      from member x join member y on y.agreement_id = x.agreement_id and y.party_id <> x.party_id and y.org <> x.org
      group by x.org, y.org`,
  );
  return rows.map((r) => ({ a: r.a, b: r.b, agreements: Number(r.agreements) }));
}
