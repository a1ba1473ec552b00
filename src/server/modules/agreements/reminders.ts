import { and, eq, inArray, isNotNull, lt, lte, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import type { Database, Executor } from '../../db/client';
import { translate } from '../../http/i18n';
import { memberships, organizations, users } from '../accounts/schema';
import { recordAudit } from '../audit/service';
import { enqueueEmail } from '../outbox/service';
import { checkReferencedOfferingsAndRooms } from './cross-checks';
import { addDays, addMonths, noticeDeadline, todayInBerlin } from './lifecycle';
import type { AgreementRow } from './repo';
import { agreementParties, agreementReminders, agreements } from './schema';

/** Days before the review date and the notice deadline at which the parties are reminded. */
export function reminderDays(env: NodeJS.ProcessEnv = process.env): number[] {
  const parsed = (env.AGREEMENT_REMINDER_DAYS ?? '60,14')
    .split(',')
    .map((d) => Number(d.trim()))
    .filter((d) => Number.isInteger(d) && d > 0);
  return parsed.length > 0 ? [...new Set(parsed)].sort((a, b) => b - a) : [60, 14];
}

const LIVE = ['signed', 'active', 'review_due', 'amended'] as const;

/** Leads and admins of every party organisation and facility. */
async function recipientsOf(db: Executor, agreementId: string): Promise<string[]> {
  const parties = await db
    .select()
    .from(agreementParties)
    .where(eq(agreementParties.agreementId, agreementId));
  const orgIds = parties.flatMap((p) => [p.organizationId, ...p.facilityIds]);
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.organizationId, orgIds), inArray(memberships.role, ['lead', 'admin'])));
  return rows.map((r) => r.email).sort();
}

interface DueReminder {
  kind: 'review' | 'notice';
  dueOn: string;
  /** Every threshold already reached (recorded together, so a late start mails once, not twice). */
  reached: number[];
  /** The nearest reached threshold: the one a mail is about. */
  nearest: number;
}

/** The reminders an agreement has reached today (before its date; none once the date has passed). */
function dueReminders(row: AgreementRow, today: string, days: number[]): DueReminder[] {
  const result: DueReminder[] = [];
  const dates = [
    ['review', row.reviewDate],
    ['notice', noticeDeadline(row)],
  ] as const;
  for (const [kind, dueOn] of dates) {
    if (!dueOn || dueOn < today) continue;
    const reached = days.filter((d) => addDays(dueOn, -d) <= today);
    if (reached.length > 0) result.push({ kind, dueOn, reached, nearest: Math.min(...reached) });
  }
  return result;
}

/**
 * Records the reminder for every threshold already reached, and mails only when the nearest one is new:
 * an agreement created 10 days before its review date gets one mail, not two, and never again.
 */
async function remind(tx: Executor, config: Config, row: AgreementRow, due: DueReminder): Promise<boolean> {
  const { kind, dueOn, reached, nearest } = due;
  const inserted = await tx
    .insert(agreementReminders)
    .values(reached.map((daysBefore) => ({ agreementId: row.id, kind, dueOn, daysBefore })))
    .onConflictDoNothing()
    .returning();
  if (!inserted.some((r) => r.daysBefore === nearest)) return false;
  const what = translate('de', `mail.agreementReminder.${kind}`);
  const params = {
    title: row.title,
    reference: row.reference,
    what,
    date: dueOn.split('-').reverse().join('.'),
    days: nearest,
    url: `${config.publicUrl}/agreements/${row.id}`,
  };
  for (const to of await recipientsOf(tx, row.id)) {
    await enqueueEmail(tx, {
      to,
      subject: translate('de', 'mail.agreementReminder.subject', params),
      text: translate('de', 'mail.agreementReminder.body', params),
    });
  }
  return true;
}

const reminderKey = (agreementId: string, kind: string, dueOn: string, daysBefore: number) =>
  `${agreementId}|${kind}|${dueOn}|${daysBefore}`;

/** The thresholds already recorded, as `reminderKey`s. */
async function recordedReminders(db: Database, agreementIds: string[]): Promise<Set<string>> {
  if (agreementIds.length === 0) return new Set();
  const rows = await db
    .select()
    .from(agreementReminders)
    .where(inArray(agreementReminders.agreementId, agreementIds));
  return new Set(rows.map((r) => reminderKey(r.agreementId, r.kind, r.dueOn, r.daysBefore)));
}

/** Queues due reminders (idempotent: each agreement, date and threshold at most once). Returns mails sent. */
export async function sendDueReminders(
  db: Database,
  config: Config,
  now = new Date(),
  days = reminderDays(),
) {
  const today = todayInBerlin(now);
  const horizon = addDays(today, Math.max(...days));
  const rows = await db
    .select()
    .from(agreements)
    .where(
      and(
        inArray(agreements.status, [...LIVE]),
        or(
          and(isNotNull(agreements.reviewDate), lte(agreements.reviewDate, horizon)),
          and(isNotNull(agreements.endDate), lte(agreements.endDate, addMonths(horizon, 60))),
        ),
      ),
    );
  // Decided here, not in a transaction per agreement: on a state-wide database the hourly run would otherwise
  // spend seconds opening transactions for thousands of agreements that have nothing due or were reminded.
  const candidates = rows
    .map((row) => ({ row, due: dueReminders(row, today, days) }))
    .filter((c) => c.due.length > 0);
  const recorded = await recordedReminders(
    db,
    candidates.map((c) => c.row.id),
  );
  let sent = 0;
  for (const { row, due } of candidates) {
    const fresh = due.filter((d) => !recorded.has(reminderKey(row.id, d.kind, d.dueOn, d.nearest)));
    if (fresh.length === 0) continue;
    await db.transaction(async (tx) => {
      for (const d of fresh) if (await remind(tx, config, row, d)) sent++;
    });
  }
  return sent;
}

/**
 * Date-driven lifecycle steps: start → active, review date → review due, end date → ended or renewed.
 * Returns the number of agreements changed.
 */
export async function advanceByDate(db: Database, now = new Date()): Promise<number> {
  const today = todayInBerlin(now);
  const due = await db
    .select()
    .from(agreements)
    .where(
      or(
        and(eq(agreements.status, 'signed'), lte(agreements.startDate, today)),
        and(eq(agreements.status, 'active'), lte(agreements.reviewDate, today)),
        and(inArray(agreements.status, [...LIVE]), lt(agreements.endDate, today)),
      ),
    );
  let changed = 0;
  for (const row of due) {
    // E.g. an amended agreement past its end date waits for its new version: no transaction for nothing.
    const changes = dateChanges(row, today);
    if (!changes) continue;
    await db.transaction(async (tx) => {
      const [after] = await tx
        .update(agreements)
        .set({ ...changes, version: sql`${agreements.version} + 1`, updatedAt: new Date() })
        .where(and(eq(agreements.id, row.id), eq(agreements.version, row.version)))
        .returning();
      if (!after) return; // changed by someone meanwhile: the next run looks again
      await recordAudit(tx, {
        actor: null,
        organizationId: null,
        entityType: 'agreement',
        entityId: row.id,
        action: 'date_step',
        before: row,
        after,
      });
      changed++;
    });
  }
  return changed;
}

function dateChanges(row: AgreementRow, today: string): Partial<AgreementRow> | null {
  if (row.endDate && row.endDate < today && row.status !== 'amended') {
    if (!row.autoRenewal) return { status: 'ended' };
    let endDate = row.endDate;
    while (endDate < today) endDate = addMonths(endDate, row.renewalMonths);
    return { endDate };
  }
  if (row.status === 'signed' && row.startDate <= today) return { status: 'active' };
  if (row.status === 'active' && row.reviewDate && row.reviewDate <= today) return { status: 'review_due' };
  return null;
}

/** Sets the "needs amendment" flag with its reason (kept until a new version is signed). */
export async function flagNeedsAmendment(
  tx: Executor,
  agreementId: string,
  reason: string,
  detail: string | null,
) {
  const [after] = await tx
    .update(agreements)
    .set({
      needsAmendmentReason: reason,
      needsAmendmentDetail: detail,
      needsAmendmentSince: new Date(),
      version: sql`${agreements.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(eq(agreements.id, agreementId), sql`${agreements.needsAmendmentReason} is distinct from ${reason}`),
    )
    .returning();
  if (after) {
    await recordAudit(tx, {
      actor: null,
      organizationId: null,
      entityType: 'agreement',
      entityId: agreementId,
      action: 'needs_amendment',
      after: { reason, detail },
    });
  }
  return Boolean(after);
}

/** A facility left a Verbund an agreement relies on: the agreement needs amending. */
export async function checkVerbundMembership(db: Database): Promise<number> {
  const parties = await db
    .select({ agreementId: agreementParties.agreementId, verbundMembers: agreementParties.verbundMembers })
    .from(agreementParties)
    .innerJoin(agreements, eq(agreements.id, agreementParties.agreementId))
    .where(
      and(inArray(agreements.status, [...LIVE]), sql`${agreementParties.verbundMembers} <> '{}'::jsonb`),
    );
  let flagged = 0;
  for (const party of parties) {
    for (const [verbundId, recorded] of Object.entries(party.verbundMembers)) {
      if (recorded.length === 0) continue;
      const current = await db
        .select({ id: organizations.id, name: organizations.name, networkId: organizations.networkId })
        .from(organizations)
        .where(inArray(organizations.id, recorded));
      const left = current.filter((o) => o.networkId !== verbundId);
      if (left.length === 0) continue;
      const detail = left.map((o) => o.name).join(', ');
      const changed = await db.transaction((tx) =>
        flagNeedsAmendment(tx, party.agreementId, 'verbund_member_left', detail),
      );
      if (changed) flagged++;
    }
  }
  return flagged;
}

/** Runs the date steps, the Verbund, offering and room checks and the reminders every `intervalMs`. */
export function startAgreementJobs(
  db: Database,
  config: Config,
  log: FastifyBaseLogger,
  intervalMs = 3_600_000,
) {
  const run = async () => {
    try {
      await advanceByDate(db);
      await checkVerbundMembership(db);
      await checkReferencedOfferingsAndRooms(db);
      await sendDueReminders(db, config);
    } catch (error) {
      log.error({ err: error }, 'agreement jobs failed');
    }
  };
  const first = setTimeout(run, 10_000);
  const timer = setInterval(run, intervalMs);
  timer.unref();
  first.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
