import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';
import type { BookingStatus } from './schema';
import { roomBookings, roomGrants, rooms } from './schema';

/**
 * What other modules may know of one organisation's use of another's rooms (decision 014): the cooperations
 * module shows grants and recent bookings on a cooperation's timeline.
 */
export interface RoomGrantBetween {
  id: string;
  roomId: string;
  roomName: string;
  createdAt: Date;
  validUntil: string | null;
}

export interface RoomBookingBetween {
  id: string;
  roomId: string;
  roomName: string;
  title: string;
  status: BookingStatus;
  startsAt: Date;
}

/** Standing grants of `owner`'s rooms to `user`, newest first. */
export async function roomGrantsBetween(
  db: Executor,
  owner: string,
  user: string,
): Promise<RoomGrantBetween[]> {
  const rows = await queryRows<{
    id: string;
    roomId: string;
    roomName: string;
    createdAt: string | Date;
    validUntil: string | null;
  }>(
    db,
    sql`select g.id, r.id as "roomId", r.name as "roomName", g.created_at as "createdAt", g.valid_until::text as "validUntil"
        from ${roomGrants} g join ${rooms} r on r.id = g.room_id
        where r.organization_id = ${owner}::uuid and g.organization_id = ${user}::uuid
        order by g.created_at desc
        limit 50`,
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
}

/**
 * `user`'s recent bookings in `owner`'s rooms (not declined or cancelled): from the last 60 days up to the next
 * 14, latest first (at most `limit`), so that a weekly series does not fill a timeline.
 */
export async function recentRoomBookingsBetween(
  db: Executor,
  owner: string,
  user: string,
  limit = 10,
): Promise<RoomBookingBetween[]> {
  const rows = await queryRows<Omit<RoomBookingBetween, 'startsAt'> & { startsAt: string | Date }>(
    db,
    sql`select b.id, r.id as "roomId", r.name as "roomName", b.title, b.status, b.starts_at as "startsAt"
        from ${roomBookings} b join ${rooms} r on r.id = b.room_id
        where r.organization_id = ${owner}::uuid and b.organization_id = ${user}::uuid
          and b.status in ('requested', 'confirmed')
          and b.starts_at between now() - interval '60 days' and now() + interval '14 days'
        order by b.starts_at desc
        limit ${limit}`,
  );
  return rows.map((r) => ({ ...r, startsAt: new Date(r.startsAt) }));
}
