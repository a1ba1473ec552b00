import { and, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rooms } from './schema';

/** Which of the given rooms were removed, with their names (for modules that rely on a room, e.g. agreements). */
export async function removedRooms(db: Executor, roomIds: string[]): Promise<{ id: string; name: string }[]> {
  if (roomIds.length === 0) return [];
  return db
    .select({ id: rooms.id, name: rooms.name })
    .from(rooms)
    .where(and(inArray(rooms.id, [...new Set(roomIds)]), isNotNull(rooms.removedAt)));
}
