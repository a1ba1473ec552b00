import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { PersonIdentity } from '../accounts/personal-data';
import { organizations } from '../accounts/schema';
import { roomBookings, rooms } from './schema';

/**
 * Art. 15/20: bookings the person made or requested. Decisions, cancellations, closures and grants they
 * recorded are in the audit entries of the export (they describe the rooms, not the person).
 */
export async function roomsDataOf(db: Executor, person: PersonIdentity) {
  const bookingsRequested = await db
    .select({
      roomName: rooms.name,
      organizationName: organizations.name,
      title: roomBookings.title,
      note: roomBookings.note,
      status: roomBookings.status,
      startsAt: roomBookings.startsAt,
      endsAt: roomBookings.endsAt,
      createdAt: roomBookings.createdAt,
    })
    .from(roomBookings)
    .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
    .innerJoin(organizations, eq(organizations.id, roomBookings.organizationId))
    .where(eq(roomBookings.createdBy, person.userId))
    .orderBy(asc(roomBookings.startsAt));
  return { bookingsRequested };
}
