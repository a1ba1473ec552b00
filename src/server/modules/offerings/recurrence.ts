import { DateTime } from 'luxon';
import rrule from 'rrule';
import type { FieldError } from '../../http/errors';
import type { ScheduleInput } from './schemas';

const { RRule } = rrule;

export const TIME_ZONE = 'Europe/Berlin';
/** A rule must end within this many years of its start (keeps the materialised sessions bounded). */
const MAX_YEARS = 2;
const MAX_OCCURRENCES = 400;

export interface Occurrence {
  /** The instant the rule produced (the key of a session, also after it is moved). */
  startsAt: Date;
  endsAt: Date;
}

export interface NormalisedSchedule {
  startDate: string;
  startTime: string;
  durationMinutes: number;
  rrule: string | null;
  exdates: string[];
  occurrences: Occurrence[];
}

function minutesOf(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

export function endTimeOf(startTime: string, durationMinutes: number): string {
  const total = (minutesOf(startTime) + durationMinutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** A local wall-clock date and time in Europe/Berlin as an instant (luxon moves times in the DST gap forward). */
export function localInstant(date: string, time: string): DateTime {
  return DateTime.fromISO(`${date}T${time}`, { zone: TIME_ZONE });
}

/**
 * rrule works on "floating" times: we hand it the wall clock as if it were UTC and read the wall clock
 * back, then place each occurrence in Europe/Berlin with luxon. A weekly 10:00 stays 10:00 across DST.
 */
function floating(date: string, time: string): Date {
  return new Date(`${date}T${time}:00Z`);
}

type ParsedRule = ReturnType<typeof RRule.parseString>;

function parseRule(raw: string): ParsedRule | null {
  const body = raw.replace(/^RRULE:/i, '').trim();
  if (!body || /DTSTART|TZID|\n/i.test(body)) return null;
  try {
    const options = RRule.parseString(body);
    if (typeof options.freq !== 'number') return null;
    if (options.count !== undefined && options.count !== null && !Number.isInteger(options.count))
      return null;
    if (options.interval !== undefined && !(Number.isInteger(options.interval) && options.interval > 0))
      return null;
    if (options.until && Number.isNaN(options.until.getTime())) return null;
    // A date-only UNTIL includes that day.
    if (options.until && !/UNTIL=\d{8}T/i.test(body)) {
      options.until = new Date(options.until.getTime() + 86_399_000);
    }
    return options;
  } catch {
    return null;
  }
}

/** Validates one schedule and expands it; field errors carry paths below `schedules.<index>`. */
export function expandSchedule(
  input: ScheduleInput,
  index: number,
): { schedule?: NormalisedSchedule; errors: FieldError[] } {
  const path = (field: string) => `schedules.${index}.${field}`;
  const errors: FieldError[] = [];
  const first = localInstant(input.startDate, input.startTime);
  if (!first.isValid) errors.push({ path: path('startDate'), message: 'validation.date' });
  const duration = minutesOf(input.endTime) - minutesOf(input.startTime);
  if (duration <= 0) errors.push({ path: path('endTime'), message: 'offerings.validation.endBeforeStart' });
  const invalidExdate = input.exdates.find((d) => !DateTime.fromISO(d).isValid);
  if (invalidExdate) errors.push({ path: path('exdates'), message: 'validation.date' });
  let options: ParsedRule | null = null;
  if (input.rrule) {
    options = parseRule(input.rrule);
    if (!options) errors.push({ path: path('rrule'), message: 'offerings.validation.rruleMalformed' });
    else if (!options.count && !options.until)
      errors.push({ path: path('rrule'), message: 'offerings.validation.rruleEndless' });
  }
  if (errors.length > 0) return { errors };

  const dtstart = floating(input.startDate, input.startTime);
  const limit = new Date(dtstart);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_YEARS);
  let starts: Date[] = [dtstart];
  if (options) {
    if (options.until && options.until > limit) {
      return { errors: [{ path: path('rrule'), message: 'offerings.validation.rruleTooLong' }] };
    }
    const rule = new RRule({ ...options, dtstart });
    // One more than allowed tells us the rule is too long without expanding it all.
    starts = rule.all((_d, i) => i <= MAX_OCCURRENCES);
    const last = starts[starts.length - 1];
    if (starts.length > MAX_OCCURRENCES || (last && last > limit)) {
      return { errors: [{ path: path('rrule'), message: 'offerings.validation.rruleTooLong' }] };
    }
    if (starts.length === 0) {
      return { errors: [{ path: path('rrule'), message: 'offerings.validation.rruleEmpty' }] };
    }
  }
  const exdates = new Set(input.exdates);
  const occurrences = starts
    .map((d) => d.toISOString().slice(0, 16))
    .filter((iso) => !exdates.has(iso.slice(0, 10)))
    .map((iso) => {
      const start = localInstant(iso.slice(0, 10), iso.slice(11, 16));
      return { startsAt: start.toJSDate(), endsAt: start.plus({ minutes: duration }).toJSDate() };
    });
  return {
    schedule: {
      startDate: input.startDate,
      startTime: input.startTime,
      durationMinutes: duration,
      rrule: input.rrule
        ? input.rrule
            .replace(/^RRULE:/i, '')
            .trim()
            .toUpperCase()
        : null,
      exdates: [...exdates].sort(),
      occurrences,
    },
    errors: [],
  };
}

export function expandSchedules(inputs: ScheduleInput[]): {
  schedules: NormalisedSchedule[];
  errors: FieldError[];
} {
  const schedules: NormalisedSchedule[] = [];
  const errors: FieldError[] = [];
  inputs.forEach((input, index) => {
    const result = expandSchedule(input, index);
    errors.push(...result.errors);
    if (result.schedule) schedules.push(result.schedule);
  });
  return { schedules, errors };
}

/**
 * The rule's first occurrence (the DTSTART a calendar file needs): BYDAY may move it past the start date.
 * Expands one occurrence only, so feeds with many offerings stay cheap.
 */
export function firstOccurrence(startDate: string, startTime: string, rrule: string | null): DateTime {
  const options = rrule ? parseRule(rrule) : null;
  if (!options) return localInstant(startDate, startTime);
  const first = new RRule({ ...options, dtstart: floating(startDate, startTime) }).all((_d, i) => i < 1)[0];
  if (!first) return localInstant(startDate, startTime);
  const iso = first.toISOString();
  return localInstant(iso.slice(0, 10), iso.slice(11, 16));
}
