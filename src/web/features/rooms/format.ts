import { DateTime } from 'luxon';
import { currentLanguage } from '../../i18n';

/** Rooms are booked in local time of the centres (design.md §4): every wall-clock value means Europe/Berlin. */
export const zone = 'Europe/Berlin';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'de-DE');

export const inZone = (iso: string) => DateTime.fromISO(iso, { zone });

/** Today in Berlin as YYYY-MM-DD. */
export const today = () => DateTime.now().setZone(zone).toISODate() ?? '';

/** A wall-clock date and time in Berlin as an ISO instant, or null when either is incomplete. */
export function toInstant(date: string, time: string): string | null {
  const value = DateTime.fromISO(`${date}T${time}`, { zone });
  return value.isValid ? value.toUTC().toISO() : null;
}

export const formatTime = (iso: string) => inZone(iso).setLocale(locale()).toFormat('HH:mm');

/** "Di., 1. Dez. 2026" / "Tue, 1 Dec 2026". */
export const formatDay = (iso: string) =>
  inZone(iso).setLocale(locale()).toLocaleString({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

/** "Dienstag, 1. Dezember 2026": headings of the list view. */
export const formatDayLong = (iso: string) =>
  inZone(iso).setLocale(locale()).toLocaleString({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

/** A date without time (YYYY-MM-DD) as "1. Dez. 2026", without any time-zone shift. */
export const formatDate = (day: string) =>
  DateTime.fromISO(day, { zone }).setLocale(locale()).toLocaleString(DateTime.DATE_MED);

export const formatMonth = (day: string) =>
  DateTime.fromISO(day, { zone }).setLocale(locale()).toLocaleString({ month: 'long', year: 'numeric' });

export const formatEuro = (cents: number) =>
  new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);

export const formatNumber = (value: number, digits = 1) =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);

export const formatPercent = (share: number) =>
  new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** The name of an ISO weekday (1 = Monday), long or short. */
export function weekdayName(day: number, width: 'long' | 'short' = 'long'): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(locale(), { weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, day)),
  );
}

export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;
