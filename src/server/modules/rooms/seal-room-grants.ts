import { sql } from 'drizzle-orm';
import { arrayLiteral, type Executor, queryRows } from '../../db/client';

/**
 * What the seal module may know of room grants (decisions 014, 017): which rooms of a set of facilities are
 * opened to partner organisations at a day. Room and partner names and dates only.
 */
export interface SealRoomGrant {
  id: string;
  facilityId: string;
  roomName: string;
  partnerId: string;
  partnerName: string;
  /** The day (Berlin) the grant was made. */
  since: string;
  validUntil: string | null;
}

/**
 * Grants of the (not removed) rooms of `facilityIds` to another organisation, made on or before `day` and
 * valid through it (a grant "valid until" a date holds through that whole day, as `valid-grant.ts` says).
 * One statement.
 */
export async function sealRoomGrantsOf(
  db: Executor,
  facilityIds: readonly string[],
  day: string,
): Promise<SealRoomGrant[]> {
  if (facilityIds.length === 0) return [];
  return queryRows<SealRoomGrant>(
    db,
    sql`select g.id::text as id, r.organization_id::text as "facilityId", r.name as "roomName",
          g.organization_id::text as "partnerId", p.name as "partnerName",
          to_char(g.created_at at time zone 'Europe/Berlin', 'YYYY-MM-DD') as since,
          to_char(g.valid_until, 'YYYY-MM-DD') as "validUntil"
        from room_grants g
        join rooms r on r.id = g.room_id
        join organizations p on p.id = g.organization_id
        where r.organization_id = any(${arrayLiteral(facilityIds)}::uuid[])
          and r.removed_at is null
          and g.organization_id <> r.organization_id
          and (g.created_at at time zone 'Europe/Berlin')::date <= ${day}::date
          and (g.valid_until is null or g.valid_until >= ${day}::date)
        order by r.name, p.name, g.id`,
  );
}
