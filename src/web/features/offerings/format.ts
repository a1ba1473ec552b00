import type { TFunction } from 'i18next';
import { currentLanguage } from '../../i18n';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'de-DE');

/** "Mo., 1. März 2027, 10:00" in Europe/Berlin, whatever the device's zone (design.md §4). */
export function formatDateTime(value: string | Date): string {
  return new Intl.DateTimeFormat(locale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
  }).format(new Date(value));
}

/** "10:00" in Europe/Berlin. */
export function formatTime(value: string | Date): string {
  return new Intl.DateTimeFormat(locale(), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
  }).format(new Date(value));
}

/** "1. März 2027" in Europe/Berlin. */
export function formatDay(value: string | Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(
    new Date(value),
  );
}

/** A session's start and end, short enough for one line on a phone: "Mo., 1. März 2027, 10:00–12:00". */
export function formatSession(startsAt: string | Date, endsAt: string | Date): string {
  const day = new Intl.DateTimeFormat(locale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  }).format(new Date(startsAt));
  return `${day}, ${formatTime(startsAt)}–${formatTime(endsAt)}`;
}

/** The local date (YYYY-MM-DD) and time (HH:mm) of an instant in Europe/Berlin, for form fields. */
export function berlinParts(value: string | Date): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Europe/Berlin',
  }).formatToParts(new Date(value));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

export function formatMoney(cents: number): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export function formatFee(t: TFunction, cents: number): string {
  return cents === 0 ? t('offerings.free') : formatMoney(cents);
}

export function formatKm(distanceKm: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: distanceKm < 10 ? 1 : 0 }).format(
    distanceKm,
  );
}

/** A language's name from its ISO code, in the chosen language. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatAges(t: TFunction, from: number | null, to: number | null): string | null {
  if (from !== null && to !== null) return t('offerings.ageRange', { from, to });
  if (from !== null) return t('offerings.ageFrom', { from });
  if (to !== null) return t('offerings.ageTo', { to });
  return null;
}

/** "Veranstaltet von A mit B und C" (Intl list formatting for the partners). */
export function formatRunBy(
  t: TFunction,
  runBy: { lead: { name: string }; with: { name: string }[] },
): string {
  if (runBy.with.length === 0) return t('offerings.runBy', { lead: runBy.lead.name });
  const names = new Intl.ListFormat(locale(), { type: 'conjunction' }).format(runBy.with.map((o) => o.name));
  return t('offerings.runByWith', { lead: runBy.lead.name, with: names });
}

export function formatList(values: readonly string[]): string {
  return new Intl.ListFormat(locale(), { type: 'conjunction' }).format(values);
}

/** Labels of keys the server may extend: an unknown key shows as itself instead of a missing-text marker. */
export function labelOf(t: TFunction, prefix: string, key: string): string {
  const path = `${prefix}.${key}`;
  // The typed t() accepts only known keys; these come from the server, so the lookup is untyped on purpose.
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return translate(path, { defaultValue: key });
}
