import { type SQL, sql } from 'drizzle-orm';

/**
 * What the cooperations module may know of the directory's relationships (decision 014, 015): the cooperation's
 * id is the relationship's id, and its two sides are the centre and the partner. Read-only SQL.
 */

/** A derived table (id, centre_id, partner_id) of every centre↔partner relationship. */
export function cooperationPairs(): SQL {
  return sql`(select id, centre_id, partner_id from partner_relationships)`;
}
