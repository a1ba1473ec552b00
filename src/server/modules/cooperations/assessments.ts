import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, invalidField, sqlState } from '../../http/errors';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { findRelationshipSides } from '../directory/cooperation-relationships';
import { withCapacityWarnings } from './assessment-capacity';
import { getAssessment } from './assessment-read';
import { findAssessmentOfSide, findRevision } from './assessment-repo';
import {
  emptyRevision,
  nextRevision,
  type RevisionState,
  revisionValues,
  stateOf,
} from './assessment-revision';
import type { CreateAssessmentInput, RevisionInput, UpdateAssessmentInput } from './assessment-schemas';
import { recordSharing, sharedViewOf } from './assessment-sharing';
import {
  type AssessmentRef,
  allowCreateAssessment,
  allowDecision,
  allowSharing,
  loadAssessment,
} from './policy/assessments';
import { activeQuestions } from './questions';
import { assessmentRevisions, assessments } from './schema';

export { getAssessment, listAssessments } from './assessment-read';

interface Saved {
  ref: AssessmentRef;
  actor: Actor;
  cooperationId: string;
  number: number;
  before: { state: RevisionState; isShared: boolean };
}

/**
 * Checks the input against the current state and writes the revision, the sharing events and the audit
 * entry. The decision (and its date) and sharing need a lead or admin; everything else any member.
 */
async function saveRevision(
  ctx: ServiceContext,
  tx: Executor,
  saved: Saved,
  input: RevisionInput,
): Promise<{ isShared: boolean }> {
  const { ref, actor, before } = saved;
  const questions = await activeQuestions(tx, ref.organizationId);
  const { state, decisionChanged } = nextRevision(before.state, input, questions, actor.userId);
  const isShared = input.isShared ?? before.isShared;
  if (decisionChanged) allowDecision(ctx, ref);
  if (isShared !== before.isShared) allowSharing(ctx, ref);
  await tx.insert(assessmentRevisions).values(revisionValues(ref.id, saved.number, state, actor.userId));
  await recordSharing(tx, {
    actor,
    cooperationId: saved.cooperationId,
    organizationId: ref.organizationId,
    before: sharedViewOf(before.state, before.isShared),
    after: sharedViewOf(state, isShared),
  });
  // Ids and the decision only: instance admins read the trail, and they do not read assessment texts.
  await recordAudit(tx, {
    actor,
    organizationId: ref.organizationId,
    entityType: 'assessment',
    entityId: ref.id,
    action: saved.number === 1 ? 'create' : 'update',
    after: {
      cooperationId: saved.cooperationId,
      revision: saved.number,
      decision: state.decision,
      decidedOn: state.decidedOn,
      isShared,
    },
  });
  return { isShared };
}

async function checkSide(ctx: ServiceContext, input: CreateAssessmentInput) {
  const sides = await findRelationshipSides(ctx.db, input.cooperationId);
  if (!sides) throw invalidField('cooperationId', 'assessments.validation.unknownCooperation');
  if (input.organizationId !== sides.centre.id && input.organizationId !== sides.partner.id)
    throw invalidField('organizationId', 'assessments.validation.notASide');
  const existing = await findAssessmentOfSide(ctx.db, input.cooperationId, input.organizationId);
  if (existing) throw exists(existing.id);
}

const exists = (id: string) =>
  new AppError('conflict', { detail: 'assessments.error.exists.detail', params: { id } });

/** Starts the assessing side's assessment of a cooperation with its first revision (409 when it has one). */
export async function createAssessment(ctx: ServiceContext, input: CreateAssessmentInput) {
  const actor = allowCreateAssessment(ctx, input.organizationId);
  await checkSide(ctx, input);
  const { cooperationId, organizationId, ...fields } = input;
  let id: string;
  try {
    id = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(assessments)
        .values({ cooperationId, organizationId, isShared: false })
        .returning();
      if (!row) throw new AppError('internal');
      const ref = { id: row.id, organizationId };
      const before = { state: emptyRevision, isShared: false };
      const { isShared } = await saveRevision(
        ctx,
        tx,
        { ref, actor, cooperationId, number: 1, before },
        fields,
      );
      if (isShared) await tx.update(assessments).set({ isShared }).where(eq(assessments.id, row.id));
      return row.id;
    });
  } catch (error) {
    // Someone of the same side started one at the same moment.
    if (sqlState(error) !== '23505') throw error;
    const existing = await findAssessmentOfSide(ctx.db, cooperationId, organizationId);
    throw existing ? exists(existing.id) : error;
  }
  return withCapacityWarnings(ctx, await getAssessment(ctx, id), touchesHours(fields));
}

/** Whether a save sets the decision or the hours (what a capacity warning is about). */
const touchesHours = (fields: { decision?: unknown; decidedOn?: unknown; hours?: unknown }) =>
  fields.decision !== undefined || fields.decidedOn !== undefined || fields.hours !== undefined;

/** Saves a new revision (the history keeps the earlier ones); 409 when `version` is stale. */
export async function updateAssessment(ctx: ServiceContext, id: string, input: UpdateAssessmentInput) {
  const { version, ...fields } = input;
  await ctx.db.transaction(async (tx) => {
    const { row, ref, actor } = await loadAssessment(ctx, id, 'update', { version, lock: true, db: tx });
    const current = await findRevision(tx, id, row.currentRevision);
    if (!current) throw new AppError('internal');
    const number = row.currentRevision + 1;
    const before = { state: stateOf(current), isShared: row.isShared };
    const { isShared } = await saveRevision(
      ctx,
      tx,
      { ref, actor, cooperationId: row.cooperationId, number, before },
      fields,
    );
    await tx
      .update(assessments)
      .set({ currentRevision: number, isShared, version: row.version + 1, updatedAt: new Date() })
      .where(eq(assessments.id, id));
  });
  return withCapacityWarnings(ctx, await getAssessment(ctx, id), touchesHours(fields));
}
