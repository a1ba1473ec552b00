import type { CalendarView } from './calendar-grid';
import { type Equipment, equipmentKeys } from './types';

const text = (value: unknown, max = 100): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;

const numberIn = (value: unknown, min: number, max: number): number | undefined => {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
};

const timeOf = (value: unknown) => {
  const candidate = text(value, 5);
  return candidate && /^([01]\d|2[0-3]):[0-5]\d$/.test(candidate) ? candidate : undefined;
};

const dateOf = (value: unknown) => {
  const candidate = text(value, 10);
  return candidate && /^\d{4}-\d{2}-\d{2}$/.test(candidate) ? candidate : undefined;
};

/** Which of the user's organisations a rooms page is about. */
export function validateOrganizationSearch(search: Record<string, unknown>): { org?: string } {
  return { org: text(search.org) };
}

export interface CalendarSearch {
  view?: CalendarView;
  /** Any day of the week or month shown (YYYY-MM-DD). */
  date?: string;
  org?: string;
}

export function validateCalendarSearch(search: Record<string, unknown>): CalendarSearch {
  return {
    view: search.view === 'month' ? 'month' : search.view === 'week' ? 'week' : undefined,
    date: dateOf(search.date),
    org: text(search.org),
  };
}

/** The room search's criteria live in the address, so that "back" from a room returns to the same results. */
export interface RoomSearch {
  org?: string;
  radius?: number;
  capacity?: number;
  equipment?: Equipment[];
  accessible?: boolean;
  weekday?: number;
  from?: string;
  to?: string;
  start?: string;
  weeks?: number;
}

export const radiusChoices = [1, 2, 5, 10, 25, 50] as const;

export function validateRoomSearch(search: Record<string, unknown>): RoomSearch {
  const equipment = (typeof search.equipment === 'string' ? search.equipment.split(',') : []).filter(
    (key): key is Equipment => equipmentKeys.some((candidate) => candidate === key),
  );
  return {
    org: text(search.org),
    radius: numberIn(search.radius, 1, 100),
    capacity: numberIn(search.capacity, 1, 10_000),
    equipment: equipment.length > 0 ? equipment : undefined,
    accessible: search.accessible === true || search.accessible === 'true' ? true : undefined,
    weekday: numberIn(search.weekday, 1, 7),
    from: timeOf(search.from),
    to: timeOf(search.to),
    start: dateOf(search.start),
    weeks: numberIn(search.weeks, 1, 26),
  };
}

export interface UtilisationSearch {
  /** YYYY-MM; default the current month. */
  month?: string;
  /** An organisation of the user (its rooms) … */
  org?: string;
  /** … or, for planners, their municipality (all rooms of its organisations). */
  municipality?: string;
}

export function validateUtilisationSearch(search: Record<string, unknown>): UtilisationSearch {
  const month = text(search.month, 7);
  return {
    month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined,
    org: text(search.org),
    municipality: text(search.municipality),
  };
}
