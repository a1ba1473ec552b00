import { avg, eq, type SQL, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { arrayLiteral, type Executor, queryRowsPrepared } from '../../db/client';
import { boundingBox, distanceKmSql, withinRadiusSql } from '../../db/geo';
import { invalidField } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { cachePerDatabase, TtlCache } from '../../ttl-cache';
import { findOrganization } from '../accounts/find-organization';
import { organizations } from '../accounts/schema';
import { availabilityScope, type RoomColumns } from './policy/rooms';
import { presentRoomSummary, roomSummaryColumns } from './present-room';
import * as repo from './repo';
import type { AvailabilityQuery } from './search-schemas';
import { TIME_ZONE } from './time';

const ROOM_COORDINATES = { lat: sql`r.lat`, lng: sql`r.lng` };
/** The candidates' columns the policy's room scope reads (`rooms r join organizations o`). */
export const CANDIDATE_COLUMNS: RoomColumns = {
  id: sql`r.id`,
  organizationId: sql`r.organization_id`,
  municipalityId: sql`o.municipality_id`,
};

export interface AvailabilitySearch {
  origin: { lat: number; lng: number };
  radiusKm: number;
  minCapacity?: number | undefined;
  equipment?: string[] | undefined;
  accessible?: boolean | undefined;
  weekday: number;
  startTime: string;
  endTime: string;
  dates: string[];
  starts: Date[];
  ends: Date[];
  /** The policy's condition over the candidates (`CANDIDATE_COLUMNS`); undefined: every room. */
  scope: SQL | undefined;
  /** The caller's organisations: their grants on each room found come with it. */
  actorOrganizationIds: string[];
  limit: number;
}

/** The dates of the slot: `weeks` times the weekday from `from` on, as Berlin wall-clock instants. */
type SlotQuery = Pick<AvailabilityQuery, 'from' | 'weeks' | 'weekday' | 'startTime' | 'endTime'>;
type Slots = { dates: string[]; starts: Date[]; ends: Date[] };

// Luxon asks Intl for the zone offset of every instant it builds, about 25 per search and 1 ms in all. A day
// sees few distinct windows (people page, change filters, compare rooms for the same slot), so the slots of
// the last few hundred are remembered; "from tomorrow" is keyed by today's date in Berlin.
const slotCache = new TtlCache<string, Slots>(86_400_000, 500);
const berlinDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

export function slotDates(query: SlotQuery): Slots {
  const from = query.from ?? `after ${berlinDate.format(new Date())}`;
  const key = `${from}|${query.weeks}|${query.weekday}|${query.startTime}|${query.endTime}`;
  let slots = slotCache.get(key);
  if (!slots) {
    slots = computeSlotDates(query);
    slotCache.set(key, slots);
  }
  return { dates: [...slots.dates], starts: [...slots.starts], ends: [...slots.ends] };
}

function computeSlotDates(query: SlotQuery): Slots {
  const start = query.from
    ? DateTime.fromISO(query.from, { zone: TIME_ZONE })
    : DateTime.now().setZone(TIME_ZONE).startOf('day').plus({ days: 1 });
  const first = start.plus({ days: (query.weekday - start.weekday + 7) % 7 });
  const dates: string[] = [];
  const starts: Date[] = [];
  const ends: Date[] = [];
  for (let week = 0; week < query.weeks; week++) {
    const day = first.plus({ weeks: week });
    const date = day.toISODate() ?? '';
    dates.push(date);
    starts.push(DateTime.fromISO(`${date}T${query.startTime}`, { zone: TIME_ZONE }).toJSDate());
    const end =
      query.endTime === '24:00'
        ? day.plus({ days: 1 })
        : DateTime.fromISO(`${date}T${query.endTime}`, { zone: TIME_ZONE });
    ends.push(end.toJSDate());
  }
  return { dates, starts, ends };
}

/**
 * One round trip: rooms in the circle (bounding box first) with capacity, equipment and step-free access,
 * bookable at that weekday and time, and for each date whether a confirmed booking (plus buffer) or a
 * closure is in the way. Only rooms with at least one free date; most free dates first, then nearest.
 * Each comes with the columns of its summary (`roomSummaryColumns`) and the caller's grants on it.
 */
export function availabilitySql(s: AvailabilitySearch) {
  const box = boundingBox(s.origin, s.radiusKm);
  const scope = s.scope ? sql`and ${s.scope}` : sql``;
  // busy: one range scan of (room_id, starts_at) per candidate over the whole date span instead of an index
  // probe per room and date (a booking starts at most 24 h + 4 h buffer before a slot it blocks).
  // checked is materialised because the aggregates read busy/closed several times each.
  // No SQL comments inside: the benchmark replays this statement flattened to one line.
  return sql`
    with slots as (
      select * from unnest(${arrayLiteral(s.dates)}::date[], ${arrayLiteral(s.starts.map((d) => d.toISOString()))}::timestamptz[],
        ${arrayLiteral(s.ends.map((d) => d.toISOString()))}::timestamptz[]) as t(d, s, e)
    ),
    candidates as (
      select r.id, ${distanceKmSql(ROOM_COORDINATES, s.origin)} as distance_km, r.buffer_minutes
      from rooms r join organizations o on o.id = r.organization_id
      where r.removed_at is null
        and r.lat between ${box.minLat} and ${box.maxLat} and r.lng between ${box.minLng} and ${box.maxLng}
        and ${withinRadiusSql(ROOM_COORDINATES, s.origin, s.radiusKm)}
        and r.capacity >= ${s.minCapacity ?? 1}
        ${s.equipment?.length ? sql`and r.equipment @> ${arrayLiteral(s.equipment)}::text[]` : sql``}
        ${s.accessible ? sql`and 'step_free' = any(r.accessibility)` : sql``}
        and (jsonb_array_length(r.bookable_hours) = 0 or exists (
          select 1 from jsonb_array_elements(r.bookable_hours) w
          where (w->>'day')::int = ${s.weekday} and w->>'from' <= ${s.startTime} and ${s.endTime} <= w->>'to'))
        ${scope}
    ),
    busy as materialized (
      select distinct c.id, sl.d from candidates c
      join room_bookings b on b.room_id = c.id and b.status = 'confirmed'
        and b.starts_at > (select min(s) from slots) - interval '28 hours'
        and b.starts_at < (select max(e) from slots) + make_interval(mins => c.buffer_minutes)
      join slots sl on tstzrange(b.starts_at, b.blocked_until, '[)') && tstzrange(sl.s, sl.e + make_interval(mins => c.buffer_minutes), '[)')
    ),
    closed as materialized (
      select distinct c.id, sl.d from candidates c
      join room_closures x on x.room_id = c.id
      join slots sl on x.starts_at < sl.e and x.ends_at > sl.s
    ),
    checked as materialized (
      select c.id, c.distance_km, sl.d, bz.id is not null as busy, cl.id is not null as closed
      from candidates c cross join slots sl
      left join busy bz on bz.id = c.id and bz.d = sl.d
      left join closed cl on cl.id = c.id and cl.d = sl.d
    ),
    ranked as (
      select id, min(distance_km) as distance_km, count(*) filter (where not busy and not closed) as free_count,
        coalesce(string_agg(d::text, ',' order by d) filter (where not busy and not closed), '') as free_dates,
        coalesce(string_agg(d::text, ',' order by d) filter (where busy and not closed), '') as busy_dates,
        coalesce(string_agg(d::text, ',' order by d) filter (where closed), '') as closed_dates
      from checked group by id
      having count(*) filter (where not busy and not closed) > 0
      order by free_count desc, distance_km, id
      limit ${s.limit}
    )
    select ${roomSummaryColumns.selectList}, ${repo.grantedOf(sql`${arrayLiteral(s.actorOrganizationIds)}`)} as granted,
      k.distance_km::float8 as "distanceKm", k.free_dates as "freeDates", k.busy_dates as "busyDates",
      k.closed_dates as "closedDates"
    from ranked k join rooms on rooms.id = k.id join organizations on organizations.id = rooms.organization_id
    order by k.free_count desc, k.distance_km, k.id
  `;
}

type AvailabilityRow = Record<string, unknown> & {
  granted: string[];
  distanceKm: number;
  /** Comma-separated ISO dates: a string is read faster than a PostgreSQL array, 30 rows × 3 per search. */
  freeDates: string;
  busyDates: string;
  closedDates: string;
};

const datesOf = (list: string) => (list ? list.split(',') : []);

// Where an organisation is (or the centre of a postcode's organisations) changes rarely, and people search near
// the same place again and again while they change filters: a minute's memory saves a round trip per search.
const originCache = cachePerDatabase<string, { lat: number; lng: number }>(60_000);

async function organizationPosition(db: Executor, id: string) {
  const org = await findOrganization(db, id);
  return org?.lat != null && org.lng != null ? { lat: org.lat, lng: org.lng } : undefined;
}

async function postcodeCentre(db: Executor, postcode: string) {
  // A postcode's centre: the mean position of the organisations there (no geocoder needed).
  const [row] = await db
    .select({ lat: avg(organizations.lat), lng: avg(organizations.lng) })
    .from(organizations)
    .where(eq(organizations.postalCode, postcode));
  return row?.lat != null && row.lng != null ? { lat: Number(row.lat), lng: Number(row.lng) } : undefined;
}

async function originOf(db: Executor, near: string): Promise<{ lat: number; lng: number }> {
  const coordinates = near.match(/^(-?\d{1,2}(?:\.\d+)?),\s*(-?\d{1,3}(?:\.\d+)?)$/);
  if (coordinates) {
    const lat = Number(coordinates[1]);
    const lng = Number(coordinates[2]);
    if (Math.abs(lat) <= 90 && Math.abs(lng) <= 180) return { lat, lng };
  }
  const isOrganization = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(near);
  if (!isOrganization && !/^\d{5}$/.test(near))
    throw invalidField('near', 'rooms.validation.near', 'bad_request');
  const origin = await originCache(db).getOrLoad(near.toLowerCase(), () =>
    isOrganization ? organizationPosition(db, near) : postcodeCentre(db, near),
  );
  if (!origin) throw invalidField('near', 'rooms.validation.nearUnknown', 'bad_request');
  return origin;
}

export async function findAvailability(ctx: ServiceContext, query: AvailabilityQuery) {
  const { actor, scope } = availabilityScope(ctx, query.onlyBookable, CANDIDATE_COLUMNS);
  const origin = await originOf(ctx.db, query.near);
  const { dates, starts, ends } = slotDates(query);
  const rows = await queryRowsPrepared<AvailabilityRow>(
    ctx.db,
    availabilitySql({
      origin,
      radiusKm: query.radiusKm,
      minCapacity: query.minCapacity,
      equipment: query.equipment,
      accessible: query.accessible,
      weekday: query.weekday,
      startTime: query.startTime,
      endTime: query.endTime,
      dates,
      starts,
      ends,
      scope,
      actorOrganizationIds: actor.memberships.map((m) => m.organizationId),
      limit: query.limit,
    }),
  );
  const items = rows.map((row) => {
    const room = presentRoomSummary(actor, roomSummaryColumns.fromRow(row), row.granted);
    return {
      room,
      distanceKm: Math.round(row.distanceKm * 100) / 100,
      access: room.access,
      freeDates: datesOf(row.freeDates),
      unavailable: [
        ...datesOf(row.busyDates).map((date) => ({ date, reason: 'busy' as const })),
        ...datesOf(row.closedDates).map((date) => ({ date, reason: 'closed' as const })),
      ].sort((a, b) => a.date.localeCompare(b.date)),
    };
  });
  return { dates, items };
}
