import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import type { RelationshipStatus } from './schema';

/**
 * What other modules may know of the family centres' relationships with priority partners (decision 014): the
 * planning module's gaps and its matrix centre × priority kind. The relationship's status only, never the
 * centre's internal notes or next steps.
 */
export interface PriorityCooperation {
  /** The relationship (= the cooperation's id). */
  id: string;
  centreId: string;
  partnerId: string;
  partnerName: string;
  kindKey: string;
  status: RelationshipStatus;
}

/**
 * Every relationship of the municipality's family centres with a partner of a priority kind (a partner of two
 * priority kinds appears once per kind), ended ones left out. With `at`, each one's status at that instant
 * (the last recorded change before it, like district-cooperations.ts), so that a past year's gaps are that
 * year's. One statement.
 */
export async function priorityCooperationsOf(
  db: Executor,
  municipalityId: string,
  at?: Date,
): Promise<PriorityCooperation[]> {
  const instant = at?.toISOString() ?? null;
  return queryRows<PriorityCooperation>(
    db,
    sql`select * from (
          select r.id, r.centre_id as "centreId", r.partner_id as "partnerId", p.name as "partnerName",
                 k.key as "kindKey",
                 case when ${instant}::timestamptz is null then r.status
                      else coalesce(
                        (select ch.status from relationship_status_changes ch
                          where ch.relationship_id = r.id and ch.changed_at < ${instant}::timestamptz
                          order by ch.changed_at desc limit 1),
                        case when r.status_changed_at < ${instant}::timestamptz then r.status end)
                 end as status
            from partner_relationships r
            join organizations c on c.id = r.centre_id
            join organizations p on p.id = r.partner_id
            join organization_kinds ok on ok.organization_id = r.partner_id
            join partner_kinds k on k.id = ok.kind_id and k.is_priority
           where c.municipality_id = ${municipalityId}::uuid and c.type = 'family_centre'
             and (${instant}::timestamptz is null or r.created_at < ${instant}::timestamptz)
        ) s
        where s.status is not null and s.status <> 'ended'
        order by s."partnerName", s.id`,
  );
}
