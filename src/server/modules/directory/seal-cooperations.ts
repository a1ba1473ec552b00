import { sql } from 'drizzle-orm';
import { arrayLiteral, type Executor, queryRows } from '../../db/client';

/**
 * What the seal module may know of the directory's relationships (decisions 014, 017): which of a set of
 * centres' cooperations were active at the end of a day, with the partner and the day it became active. Ids,
 * names and dates only: no notes, no next steps.
 */
export interface SealCooperation {
  /** The relationship's id, which is the cooperation's id (decision 015). */
  id: string;
  centreId: string;
  partnerId: string;
  partnerName: string;
  /** The day (Berlin) of the last change to `active` up to the day asked for. */
  since: string | null;
}

/**
 * Relationships of `centreIds` whose status was `active` at the end of `day` (Europe/Berlin), as
 * `active-cooperations-at.ts` reads them: the last recorded status change up to then, or the current status
 * for a relationship without recorded changes. One statement.
 */
export async function sealCooperationsOf(
  db: Executor,
  centreIds: readonly string[],
  day: string,
): Promise<SealCooperation[]> {
  if (centreIds.length === 0) return [];
  const end = sql`((${day}::date + 1)::timestamp at time zone 'Europe/Berlin')`;
  const rows = await queryRows<SealCooperation>(
    db,
    sql`select r.id, r.centre_id as "centreId", r.partner_id as "partnerId", p.name as "partnerName",
          to_char(coalesce(last.changed_at, r.status_changed_at) at time zone 'Europe/Berlin', 'YYYY-MM-DD') as since
        from partner_relationships r
        join organizations p on p.id = r.partner_id
        left join lateral (
          select s.status, s.changed_at from relationship_status_changes s
           where s.relationship_id = r.id and s.changed_at < ${end}
           order by s.changed_at desc limit 1) last on true
        where r.centre_id = any(${arrayLiteral(centreIds)}::uuid[])
          and coalesce(last.status::text,
                case when r.status_changed_at < ${end}
                      and not exists (select 1 from relationship_status_changes s where s.relationship_id = r.id)
                     then r.status::text end) = 'active'
        order by p.name, r.id`,
  );
  return rows.map((r) => ({ ...r, id: String(r.id), since: r.since ?? null }));
}
