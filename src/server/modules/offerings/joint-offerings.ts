import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import type { OfferingStatus } from './schema';
import { offeringOrganizers, offeringSessions, offerings } from './schema';

/**
 * What other modules may know of the offerings two organisations organise together (decision 014): the
 * cooperations module shows them on a cooperation's timeline.
 */
export interface JointOffering {
  id: string;
  title: string;
  status: OfferingStatus;
  format: string;
  createdAt: Date;
  statusChangedAt: Date;
  /** The next session that is not cancelled, and the last one that took place. */
  nextSessionAt: Date | null;
  lastSessionAt: Date | null;
}

/** Offerings (any status) that both `a` and `b` organise, newest first (at most 50). */
export async function jointOfferingsOf(db: Executor, a: string, b: string): Promise<JointOffering[]> {
  const rows = await queryRows<Record<keyof JointOffering, string | null>>(
    db,
    sql`select o.id, o.title, o.status, o.format, o.created_at as "createdAt",
          o.status_changed_at as "statusChangedAt",
          (select min(s.starts_at) from ${offeringSessions} s
             where s.offering_id = o.id and not s.cancelled and s.starts_at >= now()) as "nextSessionAt",
          (select max(s.starts_at) from ${offeringSessions} s
             where s.offering_id = o.id and not s.cancelled and s.starts_at < now()) as "lastSessionAt"
        from ${offerings} o
        where exists (select 1 from ${offeringOrganizers} x where x.offering_id = o.id and x.organization_id = ${a}::uuid)
          and exists (select 1 from ${offeringOrganizers} y where y.offering_id = o.id and y.organization_id = ${b}::uuid)
        order by o.created_at desc, o.id desc
        limit 50`,
  );
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return rows.map((r) => ({
    id: String(r.id),
    title: String(r.title),
    status: r.status as OfferingStatus,
    format: String(r.format),
    createdAt: new Date(String(r.createdAt)),
    statusChangedAt: new Date(String(r.statusChangedAt)),
    nextSessionAt: date(r.nextSessionAt),
    lastSessionAt: date(r.lastSessionAt),
  }));
}
