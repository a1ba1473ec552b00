import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';

/**
 * What planning may know of the directory's relationships (decisions 014, 016): which centre↔partner
 * cooperations were active on a day, for a municipality's network graph. Ids only: no notes, no next steps.
 */
export interface ActiveCooperation {
  centreId: string;
  partnerId: string;
}

/**
 * Relationships touching the municipality (its centre or its partner) whose status was `active` at the end of
 * `day` (Europe/Berlin): the last recorded status change up to then. A relationship without any recorded
 * change (older bulk loads) counts with its current status from `status_changed_at` on. One statement.
 */
export async function activeCooperationsAt(
  db: Executor,
  municipalityId: string,
  day: string,
): Promise<ActiveCooperation[]> {
  const end = sql`((${day}::date + 1)::timestamp at time zone 'Europe/Berlin')`;
  return queryRows<ActiveCooperation>(
    db,
    sql`select r.centre_id as "centreId", r.partner_id as "partnerId"
          from partner_relationships r
         where (r.centre_id in (select id from organizations where municipality_id = ${municipalityId}::uuid)
             or r.partner_id in (select id from organizations where municipality_id = ${municipalityId}::uuid))
           and coalesce(
                 (select s.status from relationship_status_changes s
                   where s.relationship_id = r.id and s.changed_at < ${end}
                   order by s.changed_at desc limit 1),
                 case when r.status_changed_at < ${end}
                       and not exists (select 1 from relationship_status_changes s where s.relationship_id = r.id)
                      then r.status end
               ) = 'active'`,
  );
}
