import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import ical, { type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Executor } from '../../db/client';
import { notFound } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { organizations } from '../accounts/schema';
import { shownToFamilies } from './policy';
import { runByOf } from './public-repo';
import { firstOccurrence, localInstant, TIME_ZONE } from './recurrence';
import { offeringOrganizers, offeringSchedules, offeringSessions, offerings } from './schema';

// The feed's times carry TZID=Europe/Berlin; RFC 5545 wants the zone defined in the file itself.
const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const icsLocal = (d: DateTime) => d.setZone(TIME_ZONE).toFormat("yyyyMMdd'T'HHmmss");
const icsUtc = (d: Date) => DateTime.fromJSDate(d, { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");

type OfferingRow = typeof offerings.$inferSelect;
type SessionRow = typeof offeringSessions.$inferSelect;
type ScheduleRow = typeof offeringSchedules.$inferSelect;

function newCalendar(ctx: ServiceContext, name: string): ICalCalendar {
  return ical({
    name,
    prodId: { company: 'Familiennetz', product: 'Angebote', language: 'DE' },
    timezone: { name: TIME_ZONE, generator: (tz) => (tz === TIME_ZONE ? BERLIN_VTIMEZONE : null) },
    url: ctx.config.publicUrl,
  });
}

function locationOf(o: OfferingRow): string | null {
  const parts = [o.placeName, o.street, [o.postalCode, o.city].filter(Boolean).join(' ')].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * The RRULE with UNTIL as the UTC instant of the last occurrence (RFC 5545 needs UTC there when DTSTART has
 * a TZID), plus EXDATEs: holidays, cancelled and moved sessions. Moved sessions get their own VEVENT.
 */
function repeatingOf(schedule: ScheduleRow, sessions: SessionRow[]): string | null {
  if (!schedule.rrule) return null;
  let rule = schedule.rrule.replace(/;?UNTIL=[^;]*/i, '');
  const occurrences = sessions.filter((s) => s.originalStartsAt).map((s) => s.originalStartsAt as Date);
  const last = occurrences.reduce<Date | null>((max, d) => (!max || d > max ? d : max), null);
  if (/UNTIL=/i.test(schedule.rrule) && last) rule += `;UNTIL=${icsUtc(last)}`;
  const excluded = [
    ...schedule.exdates.map((d) => localInstant(d, schedule.startTime)),
    ...sessions
      .filter(
        (s) => s.originalStartsAt && (s.cancelled || s.startsAt.getTime() !== s.originalStartsAt.getTime()),
      )
      .map((s) => DateTime.fromJSDate(s.originalStartsAt as Date)),
  ];
  const lines = [`RRULE:${rule.replace(/^;/, '')}`];
  for (const d of excluded) lines.push(`EXDATE;TZID=${TIME_ZONE}:${icsLocal(d)}`);
  return lines.join('\r\n');
}

function addOffering(
  ctx: ServiceContext,
  cal: ICalCalendar,
  o: OfferingRow,
  schedules: ScheduleRow[],
  sessions: SessionRow[],
  runBy: string,
) {
  const common = {
    summary: o.title,
    description: [o.plainDescription ?? o.description, runBy].filter(Boolean).join('\n\n'),
    location: locationOf(o),
    url: `${ctx.config.publicUrl}/angebote/${o.id}`,
    timezone: TIME_ZONE,
    lastModified: o.updatedAt,
  };
  for (const schedule of schedules) {
    const mine = sessions.filter((s) => s.scheduleId === schedule.id);
    const start = firstOccurrence(schedule.startDate, schedule.startTime, schedule.rrule);
    const repeating = repeatingOf(schedule, mine);
    const first = mine.find((s) => s.originalStartsAt?.getTime() === start.toMillis());
    // A single date that was cancelled or moved is not shown at its original time.
    if (!repeating && first && (first.cancelled || first.startsAt.getTime() !== start.toMillis())) continue;
    cal.createEvent({
      ...common,
      id: `${schedule.id}@familiennetz`,
      start,
      end: start.plus({ minutes: schedule.durationMinutes }),
      repeating,
    });
  }
  const moved = sessions.filter(
    (s) => !s.cancelled && (!s.originalStartsAt || s.startsAt.getTime() !== s.originalStartsAt.getTime()),
  );
  for (const s of moved) {
    cal.createEvent({
      ...common,
      id: `${s.id}@familiennetz`,
      start: DateTime.fromJSDate(s.startsAt, { zone: TIME_ZONE }),
      end: DateTime.fromJSDate(s.endsAt, { zone: TIME_ZONE }),
    });
  }
}

async function fillCalendar(ctx: ServiceContext, db: Executor, cal: ICalCalendar, rows: OfferingRow[]) {
  const ids = rows.map((o) => o.id);
  if (ids.length === 0) return;
  const [schedules, sessions, runBy] = await Promise.all([
    db
      .select()
      .from(offeringSchedules)
      .where(inArray(offeringSchedules.offeringId, ids))
      .orderBy(asc(offeringSchedules.position)),
    db
      .select()
      .from(offeringSessions)
      .where(and(inArray(offeringSessions.offeringId, ids), isNotNull(offeringSessions.scheduleId))),
    runByOf(db, ids),
  ]);
  for (const o of rows) {
    const by = runBy.get(o.id);
    const names = by ? [by.lead.name, ...by.with.map((w) => w.name)].join(', ') : '';
    addOffering(
      ctx,
      cal,
      o,
      schedules.filter((s) => s.offeringId === o.id),
      sessions.filter((s) => s.offeringId === o.id),
      names,
    );
  }
}

export async function offeringFeed(ctx: ServiceContext, id: string): Promise<string> {
  const rows = await ctx.db
    .select()
    .from(offerings)
    .where(and(eq(offerings.id, id), shownToFamilies('offerings')));
  const row = rows[0];
  if (!row) throw notFound();
  const cal = newCalendar(ctx, row.title);
  await fillCalendar(ctx, ctx.db, cal, rows);
  return cal.toString();
}

/** Everything public the organisation co-organises (lead or not). */
export async function organizationFeed(ctx: ServiceContext, id: string): Promise<string> {
  const [org] = await ctx.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, id));
  if (!org) throw notFound();
  const rows = await ctx.db
    .select({ o: offerings })
    .from(offerings)
    .innerJoin(offeringOrganizers, eq(offeringOrganizers.offeringId, offerings.id))
    .where(and(eq(offeringOrganizers.organizationId, id), shownToFamilies('offerings')));
  const cal = newCalendar(ctx, org.name);
  await fillCalendar(
    ctx,
    ctx.db,
    cal,
    rows.map((r) => r.o),
  );
  return cal.toString();
}
