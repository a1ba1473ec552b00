import { and, eq, inArray, isNotNull, lte, or } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Database, Executor } from '../../db/client';
import { translate } from '../../http/i18n';
import { memberships, users } from '../accounts/schema';
import { enqueueEmail } from '../outbox/service';
import { addDays, addMonths, LIVE_STATUSES, noticeDeadline, todayInBerlin } from './lifecycle';
import type { AgreementRow } from './repo';
import { agreementParties, agreementReminders, agreements } from './schema';

/** Reminder mails before an agreement's review date and notice deadline (AGREEMENT_REMINDER_DAYS). */

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
export async function sendDueReminders(db: Database, config: Config, now = new Date()) {
  const days = config.agreementReminderDays;
  const today = todayInBerlin(now);
  const horizon = addDays(today, Math.max(...days));
  const rows = await db
    .select()
    .from(agreements)
    .where(
      and(
        inArray(agreements.status, [...LIVE_STATUSES]),
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
