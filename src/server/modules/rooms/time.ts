import { DateTime } from 'luxon';
import rrule from 'rrule';
import { AppError } from '../../http/errors';
import type { Locale } from '../../http/i18n';
import type { BookableWindow } from './schema';

const { RRule } = rrule;

export const TIME_ZONE = 'Europe/Berlin';
export const MAX_OCCURRENCES = 200;
const DAY_MS = 86_400_000;

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

export function local(instant: Date): DateTime {
  return DateTime.fromJSDate(instant, { zone: TIME_ZONE });
}

function isSameLocalDay(a: DateTime, b: DateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * Whether `end` is the local midnight that starts the day after `start`'s, i.e.
 * `end.equals(start.plus({ days: 1 }).startOf('day'))` for two times in Europe/Berlin (where midnight always
 * exists), without the zone arithmetic of luxon's plus and startOf.
 */
function isMidnightAfter(start: DateTime, end: DateTime): boolean {
  if (end.hour !== 0 || end.minute !== 0 || end.second !== 0 || end.millisecond !== 0) return false;
  const next = new Date(Date.UTC(start.year, start.month - 1, start.day + 1));
  return (
    end.year === next.getUTCFullYear() &&
    end.month === next.getUTCMonth() + 1 &&
    end.day === next.getUTCDate()
  );
}

/** "Di., 01.12.2026, 10:00–12:00" / "Tue 1 Dec 2026, 10:00–12:00" in Berlin time. */
export function formatSlot(locale: Locale, slot: Slot): string {
  const start = local(slot.startsAt).setLocale(locale);
  const end = local(slot.endsAt).setLocale(locale);
  const sameDay = isSameLocalDay(start, end) || isMidnightAfter(start, end);
  const day = locale === 'de' ? start.toFormat('ccc, dd.MM.yyyy') : start.toFormat('ccc d LLL yyyy');
  const endText = sameDay
    ? end.toFormat('HH:mm')
    : end.toFormat(locale === 'de' ? 'dd.MM.yyyy HH:mm' : 'd LLL yyyy HH:mm');
  return `${day}, ${start.toFormat('HH:mm')}–${endText}`;
}

/** "am Di., 01.12.2026, 10:00–12:00 Uhr" / "on Tue 1 Dec 2026, 10:00–12:00": for running text. */
export function formatSlotInText(locale: Locale, slot: Slot): string {
  return locale === 'de' ? `am ${formatSlot(locale, slot)} Uhr` : `on ${formatSlot(locale, slot)}`;
}

function parseRule(raw: string): ReturnType<typeof RRule.parseString> {
  const body = raw.replace(/^RRULE:/i, '').trim();
  const invalid = new AppError('validation', {
    errors: [{ path: 'rrule', message: 'rooms.validation.rrule' }],
  });
  if (/DTSTART|TZID/i.test(body)) throw invalid;
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(body);
  } catch {
    throw invalid;
  }
  if (typeof options.freq !== 'number') throw invalid;
  if (options.until && Number.isNaN(options.until.getTime())) throw invalid;
  if (!options.count && !options.until) {
    throw new AppError('validation', {
      errors: [{ path: 'rrule', message: 'rooms.validation.rruleUnbounded' }],
    });
  }
  // A date-only UNTIL includes that day.
  if (options.until && !/UNTIL=\d{8}T/i.test(body))
    options.until = new Date(options.until.getTime() + DAY_MS - 1000);
  return options;
}

const tooMany = () =>
  new AppError('validation', {
    errors: [
      { path: 'rrule', message: 'rooms.validation.tooManyOccurrences', params: { max: MAX_OCCURRENCES } },
    ],
  });

/**
 * The dates of a booking: one, or every occurrence of the rule. rrule works on "floating" times (the
 * Berlin wall clock handed over as if it were UTC); each occurrence is then placed in Europe/Berlin by
 * luxon, so a weekly 10:00–12:00 stays 10:00–12:00 local across the change to and from summer time.
 */
export function expandSlots(first: Slot, rule: string | undefined): Slot[] {
  if (!rule) return [first];
  const start = local(first.startsAt);
  const durationMinutes = Math.round((first.endsAt.getTime() - first.startsAt.getTime()) / 60_000);
  const floatingStart = new Date(`${start.toFormat("yyyy-MM-dd'T'HH:mm:ss")}Z`);
  const options = parseRule(rule);
  if (options.count && options.count > MAX_OCCURRENCES) throw tooMany();
  const dates = new RRule({ ...options, dtstart: floatingStart }).all((_d, i) => i <= MAX_OCCURRENCES);
  if (dates.length > MAX_OCCURRENCES) throw tooMany();
  return dates.map((date) => {
    const wall = DateTime.fromISO(date.toISOString().slice(0, 19), { zone: TIME_ZONE });
    return { startsAt: wall.toJSDate(), endsAt: wall.plus({ minutes: durationMinutes }).toJSDate() };
  });
}

function minutesOf(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Whether a slot lies within one of the room's bookable windows (none = always bookable). */
export function isWithinBookableHours(windows: readonly BookableWindow[], slot: Slot): boolean {
  if (windows.length === 0) return true;
  const start = local(slot.startsAt);
  const end = local(slot.endsAt);
  const startMinute = start.hour * 60 + start.minute;
  const endsAtMidnight = isMidnightAfter(start, end);
  if (!isSameLocalDay(start, end) && !endsAtMidnight) return false;
  const endMinute = endsAtMidnight ? 24 * 60 : end.hour * 60 + end.minute;
  return windows.some(
    (w) => w.day === start.weekday && minutesOf(w.from) <= startMinute && endMinute <= minutesOf(w.to),
  );
}

export function overlaps(a: Slot, b: Slot): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** Local calendar days (YYYY-MM-DD) of a month, and its bounds as instants. */
export function monthBounds(month: string): { from: Date; to: Date; days: DateTime[] } {
  const first = DateTime.fromISO(`${month}-01`, { zone: TIME_ZONE });
  const next = first.plus({ months: 1 });
  const days: DateTime[] = [];
  for (let d = first; d < next; d = d.plus({ days: 1 })) days.push(d);
  return { from: first.toJSDate(), to: next.toJSDate(), days };
}

/** Bookable hours of one local day: the sum of its windows; without windows the whole day. */
export function bookableMinutesOn(windows: readonly BookableWindow[], day: DateTime): number {
  if (windows.length === 0) return Math.round(day.plus({ days: 1 }).diff(day, 'minutes').minutes);
  return windows
    .filter((w) => w.day === day.weekday)
    .reduce((sum, w) => sum + Math.max(0, minutesOf(w.to) - minutesOf(w.from)), 0);
}
