import type { TFunction } from 'i18next';
import { currentLanguage } from '../../i18n';
import type { AttentionReason, Term } from './types';

const locale = () => (currentLanguage() === 'en' ? 'en-GB' : 'de-DE');

/** A date without time (YYYY-MM-DD), shown as such: no time zone shift. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

/** Today in Europe/Berlin as YYYY-MM-DD (the default date of a signature). */
export function todayInBerlin(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

export function formatHours(hours: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(hours);
}

export function formatFileSize(bytes: number): string {
  const format = new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}

export function termSummary(t: TFunction, term: Term): string {
  const start = formatDay(term.startDate);
  const range = term.endDate
    ? t('agreements.term.range', { start, end: formatDay(term.endDate) })
    : `${t('agreements.term.from', { start })}, ${t('agreements.term.openEndedLabel')}`;
  const extras = [
    term.autoRenewal ? t('agreements.term.renewal', { months: term.renewalMonths }) : null,
    term.noticePeriodMonths > 0 ? t('agreements.term.notice', { months: term.noticePeriodMonths }) : null,
  ].filter(Boolean);
  return [range, ...extras].join('; ');
}

const knownReasons = [
  'review_due',
  'review_soon',
  'notice_deadline',
  'ends_soon',
  'needs_amendment',
  'awaiting_signature',
  'in_review',
] as const;

export function reasonLabel(t: TFunction, reason: AttentionReason): string {
  const known = knownReasons.find((code) => code === reason.code);
  const label = known ? t(`agreements.reason.${known}`) : reason.code;
  const text = reason.dueOn
    ? t('agreements.reason.dueOn', { reason: label, date: formatDay(reason.dueOn) })
    : label;
  return reason.detail ? `${text}: ${reason.detail}` : text;
}

const amendmentReasons = [
  'verbund_member_left',
  'offering_ended',
  'room_removed',
  'sessions_missing',
  'manual',
] as const;

export function amendmentLabel(t: TFunction, reason: string): string {
  const known = amendmentReasons.find((code) => code === reason);
  return known ? t(`agreements.amendment.${known}`) : t('agreements.amendment.other');
}
