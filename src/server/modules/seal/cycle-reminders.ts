import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Database, Executor } from '../../db/client';
import { translate } from '../../http/i18n';
import { memberships, organizations, users } from '../accounts/schema';
import { enqueueEmail } from '../outbox/service';
import { addMonths, germanDate, todayInBerlin } from './cycle-dates';
import { sealCycleReminders, sealCycles } from './schema';

/**
 * Reminders of the re-certification (issue 19 §2): 12, 6 and 3 months before a cycle's `validUntil`, to the
 * leads and admins of the centre (of a Verbund: of the Verbund and its member centres), through the outbox.
 * Derived from the data like the agreement reminders: each cycle, due date and threshold is recorded in
 * `seal_cycle_reminders`, so the hourly run mails once per threshold, and a cycle recorded late (two months
 * before its date) gets one mail, not three.
 */
export const REMINDER_MONTHS = [12, 6, 3] as const;

interface DueCycle {
  id: string;
  organizationId: string;
  subjectName: string;
  validUntil: string;
}

/** The current cycles (latest certification of their subject) due within the next 12 months, not yet passed. */
async function dueCycles(db: Executor, today: string): Promise<DueCycle[]> {
  const horizon = addMonths(today, Math.max(...REMINDER_MONTHS));
  return db
    .select({
      id: sealCycles.id,
      organizationId: sealCycles.organizationId,
      subjectName: organizations.name,
      validUntil: sealCycles.validUntil,
    })
    .from(sealCycles)
    .innerJoin(organizations, eq(organizations.id, sealCycles.organizationId))
    .where(
      and(
        gte(sealCycles.validUntil, today),
        lte(sealCycles.validUntil, horizon),
        // A later certification replaces this one: its date is the one that matters.
        sql`not exists (select 1 from seal_cycles later
          where later.organization_id = ${sealCycles.organizationId}
            and later.certified_on > ${sealCycles.certifiedOn})`,
      ),
    );
}

/** Every threshold reached today, nearest (smallest) last. */
function reachedThresholds(validUntil: string, today: string): number[] {
  return REMINDER_MONTHS.filter((months) => addMonths(validUntil, -months) <= today);
}

/** The leads and admins who answer for the subject: its own, and for a Verbund its member centres'. */
async function recipientsOf(db: Executor, organizationId: string): Promise<string[]> {
  const members = db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.networkId, organizationId));
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        or(eq(memberships.organizationId, organizationId), inArray(memberships.organizationId, members)),
        inArray(memberships.role, ['lead', 'admin']),
        isNull(users.erasedAt),
      ),
    );
  return rows.map((r) => r.email).sort();
}

/** Records the reached thresholds; mails only when the nearest one is new. Returns whether it mailed. */
async function remind(tx: Executor, config: Config, cycle: DueCycle, reached: number[]): Promise<boolean> {
  const nearest = Math.min(...reached);
  const inserted = await tx
    .insert(sealCycleReminders)
    .values(reached.map((monthsBefore) => ({ cycleId: cycle.id, dueOn: cycle.validUntil, monthsBefore })))
    .onConflictDoNothing()
    .returning();
  if (!inserted.some((r) => r.monthsBefore === nearest)) return false;
  const params = {
    subject: cycle.subjectName,
    date: germanDate(cycle.validUntil),
    months: nearest,
    url: `${config.publicUrl}/guetesiegel?centre=${cycle.organizationId}`,
  };
  // German like every reminder: the outbox has no recipient language, and the seal is a German certificate.
  for (const to of await recipientsOf(tx, cycle.organizationId)) {
    await enqueueEmail(tx, {
      to,
      subject: translate('de', 'seal.cycles.mail.subject', params),
      text: translate('de', 'seal.cycles.mail.text', params),
    });
  }
  return true;
}

/** Queues the due reminders (idempotent: each cycle, due date and threshold at most once). Returns reminders sent. */
export async function sendDueCycleReminders(db: Database, config: Config, now = new Date()): Promise<number> {
  const today = todayInBerlin(now);
  const candidates = (await dueCycles(db, today))
    .map((cycle) => ({ cycle, reached: reachedThresholds(cycle.validUntil, today) }))
    .filter((c) => c.reached.length > 0);
  if (candidates.length === 0) return 0;
  // Decided before any transaction: most due cycles were reminded already, and the run is hourly NRW-wide.
  const recorded = await db
    .select()
    .from(sealCycleReminders)
    .where(
      inArray(
        sealCycleReminders.cycleId,
        candidates.map((c) => c.cycle.id),
      ),
    );
  const done = new Set(recorded.map((r) => `${r.cycleId}|${r.dueOn}|${r.monthsBefore}`));
  let sent = 0;
  for (const { cycle, reached } of candidates) {
    if (done.has(`${cycle.id}|${cycle.validUntil}|${Math.min(...reached)}`)) continue;
    if (await db.transaction((tx) => remind(tx, config, cycle, reached))) sent++;
  }
  return sent;
}
