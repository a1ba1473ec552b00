import { DateTime } from 'luxon';
import { AppError } from '../../http/errors';
import type { Locale } from '../../http/i18n';
import { translate } from '../../http/i18n';
import type { AgreementStatus, SectionKey, Sections } from './schema';
import { sectionKeys } from './schema';

export const ZONE = 'Europe/Berlin';

/** Today's calendar date in Berlin as "YYYY-MM-DD". */
export function todayInBerlin(now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate() ?? '';
}

// Calendar dates have no time of day, so no daylight-saving change can move them: UTC gives the same dates as
// Berlin without asking Intl for the zone's offset, which made the hourly reminder run cost about a second NRW-wide.
export function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ days }).toISODate() ?? isoDate;
}

export function addMonths(isoDate: string, months: number): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ months }).toISODate() ?? isoDate;
}

/**
 * The lifecycle (issue 7, item 3). `amended`: a new version is drafted while the last signed one
 * stays in force; it moves on like a draft. `signed` → `active` needs the start date reached.
 */
const TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['in_review', 'ready_for_signature', 'ended'],
  in_review: ['draft', 'ready_for_signature', 'ended'],
  amended: ['in_review', 'ready_for_signature', 'ended'],
  ready_for_signature: ['in_review', 'signed'],
  signed: ['active', 'ended'],
  active: ['review_due', 'ended'],
  review_due: ['active', 'ended'],
  ended: [],
};

export function allowedTransitions(status: AgreementStatus): AgreementStatus[] {
  return [...TRANSITIONS[status]];
}

export function assertTransition(locale: Locale, from: AgreementStatus, to: AgreementStatus): void {
  if (TRANSITIONS[from].includes(to)) return;
  throw new AppError('conflict', {
    detail: 'error.agreementTransition.detail',
    params: { from: statusLabel(locale, from), to: statusLabel(locale, to) },
  });
}

export function statusLabel(locale: Locale, status: AgreementStatus): string {
  return translate(locale, `agreement.status.${status}`);
}

/** Statuses in which the current version's text may be changed in place. */
export const DRAFT_STATUSES: readonly AgreementStatus[] = ['draft', 'in_review', 'amended'];
/** Statuses with a signed version in force: an edit starts a new version. */
export const IN_FORCE_STATUSES: readonly AgreementStatus[] = ['signed', 'active', 'review_due'];
/** Statuses in which an agreement is in force (or amended while its signed version is): jobs watch these. */
export const LIVE_STATUSES = [
  'signed',
  'active',
  'review_due',
  'amended',
] as const satisfies readonly AgreementStatus[];
/** Statuses in which the text may be changed (in place, or as a new version). */
export const EDITABLE_STATUSES: readonly AgreementStatus[] = [...DRAFT_STATUSES, ...IN_FORCE_STATUSES];
/** Review comments belong to the review: from the draft until it is signed. */
export const COMMENTABLE_STATUSES: readonly AgreementStatus[] = [...DRAFT_STATUSES, 'ready_for_signature'];

export interface Term {
  startDate: string;
  endDate: string | null;
  autoRenewal: boolean;
  renewalMonths: number;
  noticePeriodMonths: number;
  reviewDate: string | null;
}

/** End before start is refused with 422 on the field. */
export function assertTermOrder(term: Pick<Term, 'startDate' | 'endDate'>): void {
  if (term.endDate !== null && term.endDate < term.startDate) {
    throw new AppError('validation', {
      errors: [{ path: 'term.endDate', message: 'validation.agreementEndBeforeStart' }],
    });
  }
}

/** The last day on which notice can still be given so the agreement ends at its end date. */
export function noticeDeadline(term: Pick<Term, 'endDate' | 'noticePeriodMonths'>): string | null {
  if (!term.endDate) return null;
  return addMonths(term.endDate, -term.noticePeriodMonths);
}

export function emptySections(): Sections {
  return Object.fromEntries(sectionKeys.map((key) => [key, ''])) as Sections;
}

export function mergeSections(base: Partial<Sections>, changes: Partial<Record<SectionKey, string>> = {}) {
  const sections = emptySections();
  for (const key of sectionKeys) sections[key] = changes[key] ?? base[key] ?? '';
  return sections;
}
