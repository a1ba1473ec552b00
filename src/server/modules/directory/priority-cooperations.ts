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
 * priority kinds appears once per kind), ended ones left out. One statement.
 */
export async function priorityCooperationsOf(
  db: Executor,
  municipalityId: string,
): Promise<PriorityCooperation[]> {
  return queryRows<PriorityCooperation>(
    db,
    sql`select r.id, r.centre_id as "centreId", r.partner_id as "partnerId", p.name as "partnerName",
               k.key as "kindKey", r.status
        from partner_relationships r
        join organizations c on c.id = r.centre_id
        join organizations p on p.id = r.partner_id
        join organization_kinds ok on ok.organization_id = r.partner_id
        join partner_kinds k on k.id = ok.kind_id and k.is_priority
        where c.municipality_id = ${municipalityId}::uuid and c.type = 'family_centre' and r.status <> 'ended'
        order by p.name, r.id`,
  );
}
