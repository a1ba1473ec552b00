import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import { cursorParts, decodeCursor, encodeCursor } from '../../http/pagination';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { type ModelName, modelNamesOf, usableModelName } from '../cooperations/model-names';
import { planningAccess } from './policy/municipality';
import {
  answeringSides,
  loadPlannedProposal,
  loadProposal,
  type ProposalRow,
  proposalPermissions,
} from './policy/proposals';
import { mailProposalAnswered, mailProposalMade } from './proposal-mail';
import {
  findProposalRecord,
  listProposalRecords,
  organizationInfo,
  type ProposalRecord,
  taskMunicipality,
} from './proposal-repo';
import type {
  AnswerProposalInput,
  CreateProposalInput,
  ProposalListQuery,
  ProposalView,
} from './proposal-schemas';
import { planningProposals } from './schema';

/**
 * Proposals of a cooperation model (issue 18 §6): the planner proposes a model to a family centre and a
 * partner; both sides' leads are told through the outbox; a lead of either side answers (the first answer
 * decides and tells the other side and the planner); the planner may withdraw an open proposal.
 */

function present(
  ctx: ServiceContext,
  actor: Actor,
  record: ProposalRecord,
  models: Map<string, ModelName>,
): ProposalView {
  const { proposal } = record;
  const model = proposal.modelId ? models.get(proposal.modelId) : undefined;
  return {
    id: proposal.id,
    municipalityId: proposal.municipalityId,
    proposer: record.proposer ?? '',
    centre: { id: proposal.centreId, name: record.centreName },
    partner: { id: proposal.partnerId, name: record.partnerName },
    model: model ? { id: model.id, name: ctx.locale === 'en' ? model.nameEn : model.nameDe } : null,
    message: proposal.message,
    taskId: proposal.taskId,
    status: proposal.status,
    cooperationId: record.cooperationId,
    version: proposal.version,
    createdAt: proposal.createdAt.toISOString(),
    updatedAt: proposal.updatedAt.toISOString(),
    permissions: proposalPermissions(actor, proposal),
  };
}

async function presentOne(ctx: ServiceContext, actor: Actor, id: string) {
  const record = await findProposalRecord(ctx.db, id);
  if (!record) throw new AppError('not_found');
  return present(ctx, actor, record, await modelNamesOf(ctx.db, [record.proposal.modelId]));
}

const offsetCursor = z.tuple([cursorParts.offset]);

export async function listProposals(ctx: ServiceContext, query: ProposalListQuery) {
  const { actor } = await planningAccess(ctx, query.municipalityId, 'read');
  const [offset] = query.cursor ? decodeCursor(query.cursor, offsetCursor) : [0];
  const rows = await listProposalRecords(ctx.db, query, { limit: query.limit, offset });
  const items = rows.slice(0, query.limit);
  const models = await modelNamesOf(
    ctx.db,
    items.map((r) => r.proposal.modelId),
  );
  return {
    items: items.map((r) => present(ctx, actor, r, models)),
    nextCursor: rows.length > query.limit ? encodeCursor([offset + query.limit]) : null,
  };
}

/** The centre must be a family centre of the municipality, the partner a partner, the model usable there. */
async function checkProposal(ctx: ServiceContext, input: CreateProposalInput) {
  const errors: FieldError[] = [];
  const [centre, partner, model, taskIn] = await Promise.all([
    organizationInfo(ctx.db, input.centreId),
    organizationInfo(ctx.db, input.partnerId),
    usableModelName(ctx.db, input.modelId, input.municipalityId),
    input.taskId ? taskMunicipality(ctx.db, input.taskId) : Promise.resolve(input.municipalityId),
  ]);
  if (centre?.type !== 'family_centre' || centre.municipalityId !== input.municipalityId)
    errors.push({ path: 'centreId', message: 'planning.proposals.validation.centre' });
  if (partner?.type !== 'partner')
    errors.push({ path: 'partnerId', message: 'planning.proposals.validation.partner' });
  if (!model) errors.push({ path: 'modelId', message: 'planning.proposals.validation.model' });
  if (taskIn !== input.municipalityId)
    errors.push({ path: 'taskId', message: 'planning.proposals.validation.task' });
  if (errors.length > 0) throw new AppError('validation', { errors });
}

async function audit(
  ctx: ServiceContext,
  tx: Transaction,
  action: string,
  before: ProposalRow | undefined,
  after: ProposalRow,
) {
  await recordAudit(tx, {
    actor: ctx.actor,
    organizationId: null,
    entityType: 'planning_proposal',
    entityId: after.id,
    action,
    before,
    after,
  });
}

export async function createProposal(ctx: ServiceContext, input: CreateProposalInput) {
  const { actor } = await planningAccess(ctx, input.municipalityId, 'plan');
  await checkProposal(ctx, input);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(planningProposals)
      .values({ ...input, createdBy: actor.userId })
      .returning();
    if (!row) throw new AppError('internal');
    await audit(ctx, tx, 'create', undefined, row);
    await mailProposalMade(ctx, tx, row.id);
    return row.id;
  });
  return presentOne(ctx, actor, id);
}

/** The planner withdraws an open proposal; both sides are told nothing more (it simply leaves their page). */
export async function withdrawProposal(ctx: ServiceContext, id: string, version: number) {
  const actor = await ctx.db.transaction(async (tx) => {
    const { row, actor } = await loadPlannedProposal(ctx, id, 'withdraw', { db: tx, lock: true, version });
    if (row.status !== 'proposed')
      throw new AppError('conflict', { detail: 'planning.proposals.error.closed' });
    await setStatus(ctx, tx, row, 'withdrawn');
    return actor;
  });
  return presentOne(ctx, actor, id);
}

async function setStatus(
  ctx: ServiceContext,
  tx: Transaction,
  row: ProposalRow,
  status: ProposalRow['status'],
) {
  const [updated] = await tx
    .update(planningProposals)
    .set({ status, version: sql`${planningProposals.version} + 1`, updatedAt: new Date() })
    .where(eq(planningProposals.id, row.id))
    .returning();
  if (updated) await audit(ctx, tx, status, row, updated);
}

/** A proposal as its sides and the planners see it (/proposals/{id}). */
export async function getProposal(ctx: ServiceContext, id: string) {
  const { actor } = await loadProposal(ctx, id, 'read');
  return presentOne(ctx, actor, id);
}

/** A lead of the centre or the partner accepts or declines; the other side and the planner hear of it. */
export async function answerProposal(ctx: ServiceContext, id: string, input: AnswerProposalInput) {
  const actor = await ctx.db.transaction(async (tx) => {
    const { row, ref, actor } = await loadProposal(ctx, id, 'answer', {
      db: tx,
      lock: true,
      version: input.version,
    });
    if (row.status !== 'proposed')
      throw new AppError('conflict', { detail: 'planning.proposals.error.closed' });
    await setStatus(ctx, tx, row, input.answer);
    await mailProposalAnswered(ctx, tx, row, { answer: input.answer, sides: answeringSides(actor, ref) });
    return actor;
  });
  return presentOne(ctx, actor, id);
}
