import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { AppError, type FieldError, invalidField } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { loadOffering, type OfferingAction } from './policy';
import { presentOffering, presentSession } from './present';
import { endTimeOf, localInstant, TIME_ZONE } from './recurrence';
import { offeringSessions, offerings } from './schema';
import type { evaluationInputSchema, UpdateSessionInput } from './schemas';

function minutes(time: string): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

/** New start and end of a moved session, from the given local parts and the current ones. */
function movedTimes(session: typeof offeringSessions.$inferSelect, input: UpdateSessionInput) {
  const start = DateTime.fromJSDate(session.startsAt, { zone: TIME_ZONE });
  const durationMinutes = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
  const date = input.startDate ?? start.toISODate() ?? '';
  const startTime = input.startTime ?? start.toFormat('HH:mm');
  const endTime = input.endTime ?? endTimeOf(startTime, durationMinutes);
  const errors: FieldError[] = [];
  if (minutes(endTime) <= minutes(startTime)) {
    errors.push({ path: 'endTime', message: 'offerings.validation.endBeforeStart' });
  }
  const startsAt = localInstant(date, startTime);
  if (!startsAt.isValid) errors.push({ path: 'startDate', message: 'validation.date' });
  if (errors.length > 0) throw new AppError('validation', { errors });
  return {
    startsAt: startsAt.toJSDate(),
    endsAt: startsAt.plus({ minutes: minutes(endTime) - minutes(startTime) }).toJSDate(),
  };
}

/** Moving, cancelling or annotating a session edits the offering; its participant count evaluates it. */
function sessionAction(input: UpdateSessionInput): OfferingAction {
  const changesPlan =
    input.startDate !== undefined ||
    input.startTime !== undefined ||
    input.endTime !== undefined ||
    input.cancelled !== undefined ||
    input.note !== undefined;
  if (input.participants === undefined) return 'update';
  return changesPlan ? 'updateAndEvaluate' : 'evaluate';
}

/**
 * One session: moving or cancelling it is an edit of the offering (no new consent round: the agreed
 * schedule stands, one date differs); the participant count is attendance, recorded after the session.
 * It raises the offering's version, so it sends the version read like every other change.
 */
export async function updateSession(
  ctx: ServiceContext,
  id: string,
  sessionId: string,
  input: UpdateSessionInput,
) {
  const row = await ctx.db.transaction(async (tx) => {
    const { ref, actor } = await loadOffering(ctx, id, sessionAction(input), {
      version: input.version,
      lock: true,
      db: tx,
    });
    const [session] = await tx
      .select()
      .from(offeringSessions)
      .where(and(eq(offeringSessions.id, sessionId), eq(offeringSessions.offeringId, id)))
      .for('update');
    if (!session) throw invalidField('sessionId', 'offerings.validation.unknownSession', 'validation');
    const moves =
      input.startDate !== undefined || input.startTime !== undefined || input.endTime !== undefined;
    const times = moves ? movedTimes(session, input) : undefined;
    const startsAt = times?.startsAt ?? session.startsAt;
    if (input.participants != null && startsAt > new Date()) {
      throw invalidField('participants', 'offerings.validation.sessionNotPast');
    }
    const [updated] = await tx
      .update(offeringSessions)
      .set({
        ...times,
        ...(input.cancelled !== undefined && { cancelled: input.cancelled }),
        ...(input.participants !== undefined && { participants: input.participants }),
        ...(input.note !== undefined && { note: input.note }),
      })
      .where(eq(offeringSessions.id, sessionId))
      .returning();
    if (!updated) throw new Error('session vanished');
    await tx
      .update(offerings)
      .set({ version: sql`${offerings.version} + 1`, updatedAt: new Date() })
      .where(eq(offerings.id, id));
    await recordAudit(tx, {
      actor,
      organizationId: ref.leadOrganizationId,
      entityType: 'offering_session',
      entityId: sessionId,
      action: 'update',
      before: session,
      after: updated,
    });
    return updated;
  });
  return presentSession(row);
}

export async function putEvaluation(
  ctx: ServiceContext,
  id: string,
  input: z.infer<typeof evaluationInputSchema>,
) {
  const { row, actor } = await ctx.db.transaction(async (tx) => {
    const { ref, actor } = await loadOffering(ctx, id, 'evaluate', {
      version: input.version,
      lock: true,
      db: tx,
    });
    const [updated] = await tx
      .update(offerings)
      .set({
        evaluationText: input.text,
        evaluationUpdatedAt: new Date(),
        evaluationUpdatedBy: actor.userId,
        version: sql`${offerings.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(offerings.id, id))
      .returning();
    if (!updated) throw new Error('offering vanished');
    await recordAttendance(tx, id, input.attendance);
    await recordAudit(tx, {
      actor,
      organizationId: ref.leadOrganizationId,
      entityType: 'offering',
      entityId: id,
      action: 'evaluate',
      after: input,
    });
    return { row: updated, actor };
  });
  return presentOffering(ctx.db, actor, row);
}

async function recordAttendance(
  tx: Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0],
  offeringId: string,
  attendance: { sessionId: string; participants: number | null }[],
) {
  if (attendance.length === 0) return;
  const ids = attendance.map((a) => a.sessionId);
  const past = await tx
    .select({ id: offeringSessions.id })
    .from(offeringSessions)
    .where(
      and(
        eq(offeringSessions.offeringId, offeringId),
        inArray(offeringSessions.id, ids),
        lte(offeringSessions.startsAt, new Date()),
      ),
    );
  const pastIds = new Set(past.map((p) => p.id));
  const errors: FieldError[] = [];
  attendance.forEach((a, i) => {
    if (!pastIds.has(a.sessionId))
      errors.push({ path: `attendance.${i}.sessionId`, message: 'offerings.validation.sessionNotPast' });
  });
  if (errors.length > 0) throw new AppError('validation', { errors });
  for (const a of attendance) {
    await tx
      .update(offeringSessions)
      .set({ participants: a.participants })
      .where(eq(offeringSessions.id, a.sessionId));
  }
}
