import { and, asc, eq, gte } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { AppError, type FieldError, notFound } from '../../http/errors';
import { cursorParts, decodeCursor, encodeCursor } from '../../http/pagination';
import type { ServiceContext } from '../../service-context';
import { TtlCache } from '../../ttl-cache';
import { targetGroupKeys } from '../directory/schemas';
import { shownToFamilies } from './policy';
import { offeringContentOf, placeOf, presentSchedule } from './present';
import { type FinderFilters, findPostcode, findPublicOfferings, publicFacets, runByOf } from './public-repo';
import type { PublicOfferingQuery } from './public-schemas';
import { TIME_ZONE } from './recurrence';
import * as repo from './repo';
import { offeringFormats, offeringSessions, offerings } from './schema';

const DEFAULT_RADIUS_KM = 10;

type TextMatch = NonNullable<FinderFilters['textMatch']>;

/** The finder pages by offset and remembers whether it fell back to similar words. */
const finderCursorSchema = z.tuple([cursorParts.offset, z.enum(['exact', 'similar'])]);

function dayStart(date: string): DateTime {
  return DateTime.fromISO(date, { zone: TIME_ZONE }).startOf('day');
}

/** The finder's date range as instants: from Berlin midnight of `from` to Berlin midnight after `to`. */
interface DateWindow {
  from: Date | null;
  to: Date | null;
  /** `to` is before `from`, more than two years after it, or no date. */
  toInvalid: boolean;
}

function computeDateWindow(fromIso: string, toIso: string | undefined): DateWindow {
  const from = dayStart(fromIso);
  const to = toIso ? dayStart(toIso).plus({ days: 1 }) : undefined;
  return {
    from: from.isValid ? from.toJSDate() : null,
    to: to?.isValid ? to.toJSDate() : null,
    toInvalid: to !== undefined && (!to.isValid || to <= from || to > from.plus({ years: 2, days: 1 })),
  };
}

// Luxon asks Intl for Berlin's offset for every instant it builds: about 0.3 ms for the finder's dates, a sixth
// of a search's time in Node. A day's searches use few ranges, so they are remembered; "today" is keyed by the
// Berlin date.
const berlinDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });
const dateWindows = new TtlCache<string, DateWindow>(86_400_000, 1000);

function dateWindow(fromIso: string | undefined, toIso: string | undefined): DateWindow {
  const from = fromIso ?? berlinDate.format(new Date());
  const key = `${from}|${toIso ?? ''}`;
  let window = dateWindows.get(key);
  if (!window) {
    window = computeDateWindow(from, toIso);
    dateWindows.set(key, window);
  }
  return window;
}

async function originOf(ctx: ServiceContext, query: PublicOfferingQuery, errors: FieldError[]) {
  if (query.radiusKm !== undefined && !query.postcode) {
    errors.push({ path: 'radiusKm', message: 'offerings.validation.radiusNeedsPostcode' });
  }
  if (!query.postcode) return undefined;
  const origin = await findPostcode(ctx.db, query.postcode);
  if (!origin) errors.push({ path: 'postcode', message: 'offerings.validation.unknownPostcode' });
  return origin;
}

/** The finder for families: no sign-in, only published public offerings. */
export async function findOfferings(ctx: ServiceContext, query: PublicOfferingQuery) {
  const errors: FieldError[] = [];
  const origin = await originOf(ctx, query, errors);
  const { from, to, toInvalid } = dateWindow(query.from, query.to);
  if (!from) errors.push({ path: 'from', message: 'validation.date' });
  if (toInvalid) errors.push({ path: 'to', message: 'offerings.validation.dateRange' });
  if (!from || errors.length > 0) throw new AppError('bad_request', { errors });
  const [offset, cursorMatch] = query.cursor
    ? decodeCursor(query.cursor, finderCursorSchema)
    : [0, undefined];
  const filters: FinderFilters = {
    q: query.q || undefined,
    targetGroup: query.targetGroup,
    age: query.age,
    language: query.language,
    format: query.format,
    districtId: query.districtId,
    municipalityId: query.municipalityId,
    from,
    to: to ?? undefined,
    origin,
    radiusKm: origin ? (query.radiusKm ?? DEFAULT_RADIUS_KM) : undefined,
    limit: query.limit,
    offset,
  };
  // Exact words first; only when they find nothing, titles with a similar word (a typo: "Kindder").
  let textMatch: TextMatch = cursorMatch === 'similar' ? 'similar' : 'exact';
  let page = await findPublicOfferings(ctx.db, { ...filters, textMatch });
  if (page.itemsJson === '[]' && filters.q && textMatch === 'exact' && filters.offset === 0) {
    textMatch = 'similar';
    page = await findPublicOfferings(ctx.db, { ...filters, textMatch });
  }
  const rest = {
    nextCursor: page.hasMore ? encodeCursor([filters.offset + query.limit, textMatch]) : null,
    textMatch: filters.q ? textMatch : null,
    origin: origin ? { postcode: origin.code, name: origin.name, lat: origin.lat, lng: origin.lng } : null,
  };
  // The answer as JSON text (publicOfferingListSchema): the database wrote the items, and parsing them only to
  // write them again was a sixth of a search's time in Node, which shares the machine with PostgreSQL.
  return `{"items":${page.itemsJson},${JSON.stringify(rest).slice(1)}`;
}

export async function publicOptions(ctx: ServiceContext, municipalityId: string | undefined) {
  const facets = await publicFacets(ctx.db, municipalityId);
  return {
    formats: [...offeringFormats],
    targetGroups: [...targetGroupKeys],
    languages: facets.languages,
    districts: facets.districts,
  };
}

export async function getPublicOffering(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db
    .select()
    .from(offerings)
    .where(and(eq(offerings.id, id), shownToFamilies('offerings')));
  if (!row) throw notFound();
  const since = DateTime.now().setZone(TIME_ZONE).startOf('day').toJSDate();
  const [schedules, sessions, district, runBy] = await Promise.all([
    repo.schedulesOf(ctx.db, id),
    ctx.db
      .select()
      .from(offeringSessions)
      .where(and(eq(offeringSessions.offeringId, id), gte(offeringSessions.startsAt, since)))
      .orderBy(asc(offeringSessions.startsAt))
      .limit(100),
    repo.districtName(ctx.db, row.districtId),
    runByOf(ctx.db, [id]),
  ]);
  const { roomId: _room, ...place } = placeOf(row, district);
  const by = runBy.get(id);
  if (!by) throw notFound();
  return {
    ...offeringContentOf(row),
    status: row.status,
    place,
    schedules: schedules.map(presentSchedule).map(({ id: _i, ...s }) => s),
    sessions: sessions.map((s) => ({
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      cancelled: s.cancelled,
      moved: s.originalStartsAt === null || s.originalStartsAt.getTime() !== s.startsAt.getTime(),
    })),
    runBy: by,
    calendarUrl: `/api/v1/feeds/offerings/${id}.ics`,
  };
}
