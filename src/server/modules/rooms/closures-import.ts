import { and, eq, inArray, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { invalidField } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { loadRoom } from './policy/rooms';
import { roomClosures } from './schema';
import { TIME_ZONE } from './time';

const MAX_EVENTS = 2000;

interface ParsedClosure {
  externalUid: string;
  startsAt: Date;
  endsAt: Date;
  reason: string | null;
}

/**
 * An iCalendar time as an instant: all-day dates are Berlin midnight; UTC stays UTC; floating times and
 * TZIDs luxon does not know count as Berlin wall-clock (school-holiday files usually are).
 */
function instantOf(time: ICAL.Time): Date {
  const wall = { year: time.year, month: time.month, day: time.day };
  if (time.isDate) return DateTime.fromObject(wall, { zone: TIME_ZONE }).toJSDate();
  const tzid = time.zone?.tzid;
  const zone =
    tzid === 'UTC' || tzid === 'Z'
      ? 'utc'
      : tzid && DateTime.local().setZone(tzid).isValid
        ? tzid
        : TIME_ZONE;
  return DateTime.fromObject(
    { ...wall, hour: time.hour, minute: time.minute, second: time.second },
    { zone },
  ).toJSDate();
}

/** Closures of an .ics text; cancelled, transparent ("free") and undated events are ignored. */
export function parseClosures(text: string): { closures: ParsedClosure[]; ignored: number } {
  let component: ICAL.Component;
  try {
    component = new ICAL.Component(ICAL.parse(text));
  } catch {
    throw invalidField('ics', 'rooms.validation.icsInvalid');
  }
  if (component.name !== 'vcalendar') throw invalidField('ics', 'rooms.validation.icsInvalid');
  const closures = new Map<string, ParsedClosure>();
  let ignored = 0;
  const events = component.getAllSubcomponents('vevent').slice(0, MAX_EVENTS);
  for (const vevent of events) {
    const event = new ICAL.Event(vevent);
    const status = String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase();
    const transparent = String(vevent.getFirstPropertyValue('transp') ?? '').toUpperCase() === 'TRANSPARENT';
    if (!event.startDate || status === 'CANCELLED' || transparent) {
      ignored++;
      continue;
    }
    const startsAt = instantOf(event.startDate);
    const endsAt = event.endDate
      ? instantOf(event.endDate)
      : DateTime.fromJSDate(startsAt, { zone: TIME_ZONE }).plus({ days: 1 }).toJSDate();
    if (endsAt <= startsAt) {
      ignored++;
      continue;
    }
    const uid = event.uid || `${startsAt.toISOString()}/${endsAt.toISOString()}`;
    closures.set(uid, { externalUid: uid, startsAt, endsAt, reason: event.summary?.slice(0, 500) || null });
  }
  return { closures: [...closures.values()], ignored };
}

/** Imports closure dates; an event imported before (same UID) is replaced, so files can be re-imported. */
export async function importClosures(ctx: ServiceContext, roomId: string, text: string) {
  const { row, actor } = await loadRoom(ctx, roomId, 'manageClosures');
  const room = row.room;
  const { closures, ignored } = parseClosures(text);
  return ctx.db.transaction(async (tx) => {
    const uids = closures.map((c) => c.externalUid);
    const existing =
      uids.length === 0
        ? []
        : await tx
            .select({ uid: roomClosures.externalUid })
            .from(roomClosures)
            .where(and(eq(roomClosures.roomId, roomId), inArray(roomClosures.externalUid, uids)));
    const rows =
      closures.length === 0
        ? []
        : await tx
            .insert(roomClosures)
            .values(closures.map((c) => ({ ...c, roomId, source: 'ics' as const, createdBy: actor.userId })))
            .onConflictDoUpdate({
              target: [roomClosures.roomId, roomClosures.externalUid],
              set: {
                startsAt: sql`excluded.starts_at`,
                endsAt: sql`excluded.ends_at`,
                reason: sql`excluded.reason`,
              },
            })
            .returning();
    await recordAudit(tx, {
      actor,
      organizationId: room.organizationId,
      entityType: 'room',
      entityId: roomId,
      action: 'import_closures',
      after: { imported: rows.length - existing.length, updated: existing.length, ignored },
    });
    return {
      imported: rows.length - existing.length,
      updated: existing.length,
      ignored,
      items: rows
        .map(({ externalUid: _u, createdBy: _c, ...closure }) => closure)
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    };
  });
}
