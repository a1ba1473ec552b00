import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Executor } from '../src/server/db/client';
import { organizations } from '../src/server/modules/accounts/schema';
import { roomBookings, roomClosures, roomGrants, rooms } from '../src/server/modules/rooms/schema';
import {
  accessibilitySchema,
  equipmentSchema,
  feeModelSchema,
} from '../src/server/modules/rooms/schema-parts';
import { isWithinBookableHours, overlaps, type Slot, TIME_ZONE } from '../src/server/modules/rooms/time';
import { fromProjectRoot } from '../src/server/paths';

/**
 * Musterstadt's rooms (demo/musterstadt/rooms.json): 2–3 rooms per centre, a parish hall, a community
 * centre and two libraries lending rooms, grants, closures and weekly bookings around the load date
 * (`firstWeek` counts weeks from the current one), among them pending and declined requests.
 */

const key = z.string().regex(/^[a-z0-9-]+$/);
const time = z.string().regex(/^\d{2}:\d{2}$/);
const roomsFileSchema = z.object({
  rooms: z.array(
    z.object({
      key,
      organization: key,
      name: z.string().min(1),
      building: z.string().nullable(),
      description: z.string().nullable(),
      capacity: z.number().int().positive(),
      equipment: z.array(equipmentSchema),
      accessibility: z.array(accessibilitySchema),
      usageRules: z.string().nullable(),
      feeModel: feeModelSchema,
      feeCentsPerHour: z.number().int().nullable(),
      feeSharePercent: z.number().int().nullable(),
      bookableHours: z.array(
        z.object({ days: z.array(z.number().int().min(1).max(7)), from: time, to: time }),
      ),
      bufferMinutes: z.number().int(),
      grants: z.array(key),
      closures: z.array(
        z.object({ inDays: z.number().int(), days: z.number().int().positive(), reason: z.string() }),
      ),
    }),
  ),
  bookings: z.array(
    z.object({
      room: key,
      organization: key,
      title: z.string().min(1),
      note: z.string().nullable(),
      weekday: z.number().int().min(1).max(7),
      from: time,
      to: time,
      firstWeek: z.number().int(),
      weeks: z.number().int().positive(),
      status: z.enum(['confirmed', 'requested', 'declined']),
      reason: z.string().nullable(),
      createdBy: z.string().nullable(),
    }),
  ),
});
type RoomsFile = z.infer<typeof roomsFileSchema>;

export function readMusterstadtRooms(): RoomsFile {
  return roomsFileSchema.parse(
    JSON.parse(readFileSync(fromProjectRoot('demo/musterstadt/rooms.json'), 'utf8')),
  );
}

function resolve(map: Map<string, string>, name: string): string {
  const id = map.get(name);
  if (!id) throw new Error(`demo/musterstadt/rooms.json: unresolved key ${name}`);
  return id;
}

interface PlannedRoom {
  id: string;
  organizationId: string;
  bufferMinutes: number;
  hours: { day: number; from: string; to: string }[];
  closures: Slot[];
  confirmed: Slot[];
}

/** Rooms with their grants and closures, then the bookings: one multi-row insert per table. */
export async function insertMusterstadtRooms(
  tx: Executor,
  orgIds: Map<string, string>,
  userIds: Map<string, string>,
  now: Date,
): Promise<void> {
  const data = readMusterstadtRooms();
  const today = DateTime.fromJSDate(now, { zone: TIME_ZONE }).startOf('day');
  const ownerIds = [...new Set(data.rooms.map((room) => resolve(orgIds, room.organization)))];
  const owners = new Map(
    (await tx.select().from(organizations).where(inArray(organizations.id, ownerIds))).map((o) => [o.id, o]),
  );
  const planned = new Map<string, PlannedRoom>();
  const roomRows: (typeof rooms.$inferInsert)[] = [];
  const grantRows: (typeof roomGrants.$inferInsert)[] = [];
  const closureRows: (typeof roomClosures.$inferInsert)[] = [];
  for (const room of data.rooms) {
    const organizationId = resolve(orgIds, room.organization);
    const owner = owners.get(organizationId);
    const hours = room.bookableHours.flatMap((h) => h.days.map((day) => ({ day, from: h.from, to: h.to })));
    const id = randomUUID();
    roomRows.push({
      ...room,
      id,
      organizationId,
      bookableHours: hours,
      street: owner?.street ?? null,
      postalCode: owner?.postalCode ?? null,
      city: owner?.city ?? null,
      lat: owner?.lat ?? null,
      lng: owner?.lng ?? null,
    });
    for (const grantee of room.grants) {
      grantRows.push({
        roomId: id,
        organizationId: resolve(orgIds, grantee),
        note: 'Dauerhafte Nutzung laut Kooperationsabsprache',
      });
    }
    const closures = room.closures.map((c) => ({
      startsAt: today.plus({ days: c.inDays }).toJSDate(),
      endsAt: today.plus({ days: c.inDays + c.days }).toJSDate(),
      reason: c.reason,
    }));
    closureRows.push(...closures.map((c) => ({ ...c, roomId: id })));
    planned.set(room.key, {
      id,
      organizationId,
      bufferMinutes: room.bufferMinutes,
      hours,
      closures,
      confirmed: [],
    });
  }
  if (roomRows.length > 0) await tx.insert(rooms).values(roomRows);
  if (grantRows.length > 0) await tx.insert(roomGrants).values(grantRows);
  if (closureRows.length > 0) await tx.insert(roomClosures).values(closureRows);
  await insertBookings(tx, data.bookings, planned, orgIds, userIds, today);
}

async function insertBookings(
  tx: Executor,
  bookings: RoomsFile['bookings'],
  planned: Map<string, PlannedRoom>,
  orgIds: Map<string, string>,
  userIds: Map<string, string>,
  today: DateTime,
) {
  const monday = today.startOf('week');
  const values: (typeof roomBookings.$inferInsert)[] = [];
  for (const pattern of bookings) {
    const room = planned.get(pattern.room);
    if (!room) throw new Error(`demo/musterstadt/rooms.json: unknown room ${pattern.room}`);
    const seriesId = pattern.weeks > 1 ? randomUUID() : null;
    const decided =
      pattern.status !== 'requested' && resolve(orgIds, pattern.organization) !== room.organizationId;
    for (let week = pattern.firstWeek; week < pattern.firstWeek + pattern.weeks; week++) {
      const day = monday.plus({ weeks: week, days: pattern.weekday - 1 }).toISODate();
      const slot = {
        startsAt: DateTime.fromISO(`${day}T${pattern.from}`, { zone: TIME_ZONE }).toJSDate(),
        endsAt: DateTime.fromISO(`${day}T${pattern.to}`, { zone: TIME_ZONE }).toJSDate(),
      };
      const blocked = {
        startsAt: slot.startsAt,
        endsAt: new Date(slot.endsAt.getTime() + room.bufferMinutes * 60_000),
      };
      // Closing days and clashes are skipped, as a series with skipConflicts would.
      if (room.closures.some((c) => overlaps(c, slot)) || !isWithinBookableHours(room.hours, slot)) continue;
      if (pattern.status === 'confirmed') {
        if (room.confirmed.some((c) => overlaps(c, blocked))) continue;
        room.confirmed.push(blocked);
      }
      values.push({
        roomId: room.id,
        organizationId: resolve(orgIds, pattern.organization),
        createdBy: pattern.createdBy ? resolve(userIds, pattern.createdBy) : null,
        status: pattern.status,
        ...slot,
        blockedUntil: blocked.endsAt,
        title: pattern.title,
        note: pattern.note,
        seriesId,
        decisionReason: pattern.reason,
        decidedAt: decided ? today.minus({ days: 1 }).toJSDate() : null,
      });
    }
  }
  // Chunks keep each statement far below the bind-parameter limit.
  for (let i = 0; i < values.length; i += 500) await tx.insert(roomBookings).values(values.slice(i, i + 500));
}
