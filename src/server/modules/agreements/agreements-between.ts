import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import type { AgreementStatus } from './schema';
import { agreementParties, agreements, agreementVersions } from './schema';

/**
 * What other modules may know of the agreements between two organisations (decision 014): the cooperations
 * module shows them on a cooperation's timeline. An organisation takes part as a party's organisation or as
 * one of the facilities the party acts for; the two must be different parties.
 */
export interface AgreementBetween {
  id: string;
  title: string;
  status: AgreementStatus;
  startDate: string;
  endDate: string | null;
  createdAt: Date;
  /** When the first version was signed by all parties; null while unsigned. */
  signedAt: Date | null;
  updatedAt: Date;
}

const partyIs = (organizationId: string, alias: string) =>
  sql`(${sql.raw(alias)}.organization_id = ${organizationId}::uuid or ${organizationId}::uuid = any(${sql.raw(alias)}.facility_ids))`;

/** Agreements (any status) that have `a` and `b` as different parties, newest first (at most 50). */
export async function agreementsBetween(db: Executor, a: string, b: string): Promise<AgreementBetween[]> {
  const rows = await queryRows<
    Omit<AgreementBetween, 'createdAt' | 'signedAt' | 'updatedAt'> & {
      createdAt: string | Date;
      signedAt: string | Date | null;
      updatedAt: string | Date;
    }
  >(
    db,
    sql`select ag.id, ag.title, ag.status, ag.start_date::text as "startDate", ag.end_date::text as "endDate",
          ag.created_at as "createdAt", ag.updated_at as "updatedAt",
          (select min(v.signed_at) from ${agreementVersions} v where v.agreement_id = ag.id) as "signedAt"
        from ${agreements} ag
        where exists (select 1 from ${agreementParties} pa, ${agreementParties} pb
                      where pa.agreement_id = ag.id and pb.agreement_id = ag.id and pa.id <> pb.id
                        and ${partyIs(a, 'pa')} and ${partyIs(b, 'pb')})
        order by ag.created_at desc, ag.id desc
        limit 50`,
  );
  return rows.map((r) => ({
    ...r,
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
    signedAt: r.signedAt === null ? null : new Date(r.signedAt),
  }));
}
