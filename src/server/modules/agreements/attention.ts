import { and, ne, type SQL, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../service-context';
import { addDays, noticeDeadline, todayInBerlin } from './lifecycle';
import { attentionScope, scopePermissions } from './policy/agreements';
import type { AttentionRef } from './policy/rules';
import { partyName } from './present';
import { type AgreementRow, type LoadedAgreement, loadMany } from './repo';
import { agreements } from './schema';

/** How far ahead the attention list looks (days). */
export const ATTENTION_WINDOW_DAYS = 60;

export interface AttentionReason {
  code:
    | 'needs_amendment'
    | 'review_due'
    | 'review_soon'
    | 'notice_deadline'
    | 'ends_soon'
    | 'awaiting_signature'
    | 'in_review';
  dueOn: string | null;
  detail: string | null;
}

/**
 * THE place that decides why an agreement needs attention. Pure, so it can be extended with reasons
 * computed elsewhere (e.g. a referenced offering ended, a promised monthly consultation hour without
 * a session in three months): pass them in `extra`. `attentionCondition` below is its SQL prefilter;
 * keep the two in step (every reason here must be matched by the prefilter).
 */
export function computeAttentionReasons(
  row: AgreementRow,
  today: string,
  extra: AttentionReason[] = [],
  windowDays = ATTENTION_WINDOW_DAYS,
): AttentionReason[] {
  if (row.status === 'ended') return [];
  const horizon = addDays(today, windowDays);
  const reasons: AttentionReason[] = [];
  if (row.needsAmendmentReason) {
    reasons.push({
      code: 'needs_amendment',
      dueOn: null,
      detail: row.needsAmendmentDetail ?? row.needsAmendmentReason,
    });
  }
  if (row.status === 'review_due') reasons.push({ code: 'review_due', dueOn: row.reviewDate, detail: null });
  else if (row.reviewDate && row.reviewDate <= horizon) {
    reasons.push({
      code: row.reviewDate <= today ? 'review_due' : 'review_soon',
      dueOn: row.reviewDate,
      detail: null,
    });
  }
  const deadline = noticeDeadline(row);
  if (deadline && deadline >= today && deadline <= horizon) {
    reasons.push({ code: 'notice_deadline', dueOn: deadline, detail: null });
  }
  if (row.endDate && !row.autoRenewal && row.endDate <= horizon) {
    reasons.push({ code: 'ends_soon', dueOn: row.endDate, detail: null });
  }
  if (row.status === 'ready_for_signature')
    reasons.push({ code: 'awaiting_signature', dueOn: null, detail: null });
  if (row.status === 'in_review') reasons.push({ code: 'in_review', dueOn: null, detail: null });
  return [...reasons, ...extra];
}

/** SQL prefilter for `computeAttentionReasons` (uses the review-date and status indexes). */
export function attentionCondition(today: string, windowDays = ATTENTION_WINDOW_DAYS): SQL {
  const horizon = addDays(today, windowDays);
  return sql`(${agreements.status} <> 'ended' and (
    ${agreements.needsAmendmentReason} is not null
    or ${agreements.status} in ('review_due', 'ready_for_signature', 'in_review')
    or ${agreements.reviewDate} <= ${horizon}::date
    or (${agreements.endDate} is not null and (
      (${agreements.endDate} - make_interval(months => ${agreements.noticePeriodMonths}))::date
        between ${today}::date and ${horizon}::date
      or (not ${agreements.autoRenewal} and ${agreements.endDate} <= ${horizon}::date)))))`;
}

function firstDue(reasons: AttentionReason[]): string {
  return reasons.map((r) => r.dueOn ?? '0000-00-00').sort()[0] ?? '9999-12-31';
}

function presentItem(loaded: LoadedAgreement, reasons: AttentionReason[]) {
  const { row } = loaded;
  return {
    agreement: {
      id: row.id,
      reference: row.reference,
      title: row.title,
      type: row.type,
      status: row.status,
      parties: loaded.parties.map(partyName),
      reviewDate: row.reviewDate,
      endDate: row.endDate,
    },
    reasons,
  };
}

/**
 * Agreements needing attention: of an organisation (its members), or of a municipality (its planners); with
 * what the actor may start there (the web app's actions on its agreements page).
 */
export async function attentionList(
  ctx: ServiceContext,
  query: { organizationId?: string | undefined; municipalityId?: string | undefined },
) {
  const ref: AttentionRef = query.organizationId
    ? { organizationId: query.organizationId }
    : { municipalityId: query.municipalityId ?? '' };
  const scope = attentionScope(ctx, ref);
  const today = todayInBerlin();
  const rows = await ctx.db
    .select()
    .from(agreements)
    .where(and(scope, ne(agreements.status, 'ended'), attentionCondition(today)))
    .limit(500);
  const withReasons = rows
    .map((row) => ({ row, reasons: computeAttentionReasons(row, today) }))
    .filter((r) => r.reasons.length > 0)
    .sort((a, b) => firstDue(a.reasons).localeCompare(firstDue(b.reasons)));
  const loaded = await loadMany(
    ctx.db,
    withReasons.map((r) => r.row),
    { signatures: false },
  );
  return {
    items: loaded.map((l, i) => presentItem(l, withReasons[i]?.reasons ?? [])),
    permissions: scopePermissions(ctx.actor, ref),
  };
}
