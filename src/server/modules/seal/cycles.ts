import { eq, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { organizations } from '../accounts/schema';
import { recordAudit } from '../audit/service';
import {
  addMonths,
  daysBetween,
  defaultReviewYear,
  defaultValidUntil,
  todayInBerlin,
  yearOf,
} from './cycle-dates';
import {
  type CycleRecord,
  certifiedOnTaken,
  cyclesOf,
  editionChoices,
  editionExists,
  findCycleRecord,
} from './cycle-read';
import type { CreateCycleInput, CycleEntry, CycleList, UpdateCycleInput } from './cycle-schemas';
import { currentEditionId } from './edition-read';
import { type CycleRow, cyclePermissions, loadCycle } from './policy/cycle';
import { loadSubject, type SealSubjectRef, subjectPermissions } from './policy/subject';
import { sealCycles } from './schema';

/**
 * The certification cycles of a centre or Verbund (issue 19 §2): recorded by its leads when a certificate
 * arrives, corrected with the version read, removed by a lead; every change audited. The latest by
 * `certifiedOn` is the current one: the self-check, the reminders and the planner's overview follow it.
 */

function present(actor: Actor, subject: SealSubjectRef, record: CycleRecord, today: string): CycleEntry {
  const daysLeft = daysBetween(today, record.validUntil);
  const dueSoon = record.validUntil <= addMonths(today, 12);
  return {
    id: record.id,
    organizationId: record.organizationId,
    edition: record.edition,
    certifiedOn: record.certifiedOn,
    validUntil: record.validUntil,
    reviewYear: record.reviewYear,
    note: record.note,
    version: record.version,
    daysLeft,
    status: daysLeft < 0 ? 'overdue' : dueSoon ? 'dueSoon' : 'valid',
    createdAt: record.createdAt.toISOString(),
    permissions: cyclePermissions(actor, { subject }),
  };
}

async function verbundOf(db: Executor, networkId: string | null) {
  if (!networkId) return null;
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, networkId));
  return row ?? null;
}

export async function listCycles(ctx: ServiceContext, subjectId: string): Promise<CycleList> {
  const { row, ref, actor } = await loadSubject(ctx, subjectId, 'read');
  const today = todayInBerlin();
  const [records, editions, verbund] = await Promise.all([
    cyclesOf(ctx.db, row.id),
    editionChoices(ctx.db),
    verbundOf(ctx.db, ref.networkId),
  ]);
  return {
    subject: { id: row.id, name: row.name, type: ref.type },
    verbund,
    today,
    items: records.map((r) => present(actor, ref, r, today)),
    editions,
    permissions: { manageCycle: subjectPermissions(actor, ref).manageCycle },
  };
}

interface CycleValues {
  certifiedOn: string;
  validUntil: string;
  reviewYear: number;
  editionId: string;
}

/** Dates in order, the review year inside the cycle, the edition known: 400 per field, nothing written. */
async function checkValues(db: Executor, organizationId: string, values: CycleValues, exceptId?: string) {
  const errors: FieldError[] = [];
  // The seal exists since 2008; the table keeps review years 2000–2100. Outside is a typo, not a 500.
  if (values.certifiedOn < '2000-01-01')
    errors.push({ path: 'certifiedOn', message: 'seal.cycles.validation.range' });
  else if (values.validUntil > '2100-12-31')
    errors.push({ path: 'validUntil', message: 'seal.cycles.validation.range' });
  else if (values.validUntil <= values.certifiedOn)
    errors.push({ path: 'validUntil', message: 'seal.cycles.validation.order' });
  else if (values.reviewYear < yearOf(values.certifiedOn) || values.reviewYear > yearOf(values.validUntil))
    errors.push({
      path: 'reviewYear',
      message: 'seal.cycles.validation.reviewYear',
      params: { from: yearOf(values.certifiedOn), to: yearOf(values.validUntil) },
    });
  if (!(await editionExists(db, values.editionId)))
    errors.push({ path: 'editionId', message: 'seal.cycles.validation.edition' });
  if (errors.length > 0) throw new AppError('bad_request', { errors });
  if (await certifiedOnTaken(db, organizationId, values.certifiedOn, exceptId))
    throw new AppError('conflict', { detail: 'seal.cycles.error.sameDay' });
}

async function audit(
  ctx: ServiceContext,
  tx: Transaction,
  action: string,
  before: CycleRow | undefined,
  after: CycleRow,
) {
  await recordAudit(tx, {
    actor: ctx.actor,
    organizationId: after.organizationId,
    entityType: 'seal_cycle',
    entityId: after.id,
    action,
    before,
    after,
  });
}

async function presentOne(ctx: ServiceContext, actor: Actor, subject: SealSubjectRef, id: string) {
  const record = await findCycleRecord(ctx.db, id);
  if (!record) throw new AppError('not_found');
  return present(actor, subject, record, todayInBerlin());
}

export async function createCycle(ctx: ServiceContext, subjectId: string, input: CreateCycleInput) {
  const { row: subject, ref, actor } = await loadSubject(ctx, subjectId, 'manageCycle');
  const editionId = input.editionId ?? (await currentEditionId(ctx.db));
  if (!editionId)
    throw new AppError('bad_request', {
      errors: [{ path: 'editionId', message: 'seal.cycles.validation.noCurrentEdition' }],
    });
  const validUntil = input.validUntil ?? defaultValidUntil(input.certifiedOn);
  const values: CycleValues = {
    certifiedOn: input.certifiedOn,
    validUntil,
    reviewYear: input.reviewYear ?? defaultReviewYear(input.certifiedOn, validUntil),
    editionId,
  };
  const id = await ctx.db.transaction(async (tx) => {
    await checkValues(tx, subject.id, values);
    const [row] = await tx
      .insert(sealCycles)
      .values({ ...values, organizationId: subject.id, note: input.note, createdBy: actor.userId })
      .returning();
    if (!row) throw new AppError('internal');
    await audit(ctx, tx, 'create', undefined, row);
    return row.id;
  });
  return presentOne(ctx, actor, ref, id);
}

/** The values after a change; a review year the new dates leave behind follows them (the default). */
function merged(row: CycleRow, input: UpdateCycleInput): CycleValues {
  const certifiedOn = input.certifiedOn ?? row.certifiedOn;
  const validUntil = input.validUntil ?? row.validUntil;
  const kept = row.reviewYear >= yearOf(certifiedOn) && row.reviewYear <= yearOf(validUntil);
  return {
    certifiedOn,
    validUntil,
    reviewYear: input.reviewYear ?? (kept ? row.reviewYear : defaultReviewYear(certifiedOn, validUntil)),
    editionId: input.editionId ?? row.editionId,
  };
}

export async function updateCycle(ctx: ServiceContext, cycleId: string, input: UpdateCycleInput) {
  const { ref, actor } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadCycle(ctx, cycleId, 'update', { db: tx, lock: true, version: input.version });
    const values = merged(loaded.row, input);
    await checkValues(tx, loaded.row.organizationId, values, cycleId);
    const [updated] = await tx
      .update(sealCycles)
      .set({
        ...values,
        ...(input.note !== undefined && { note: input.note }),
        version: sql`${sealCycles.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(sealCycles.id, cycleId))
      .returning();
    if (updated) await audit(ctx, tx, 'update', loaded.row, updated);
    return loaded;
  });
  return presentOne(ctx, actor, ref.subject, cycleId);
}

export async function removeCycle(ctx: ServiceContext, cycleId: string, version: number) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadCycle(ctx, cycleId, 'delete', { db: tx, lock: true, version });
    await tx.delete(sealCycles).where(eq(sealCycles.id, cycleId));
    await recordAudit(tx, {
      actor: ctx.actor,
      organizationId: row.organizationId,
      entityType: 'seal_cycle',
      entityId: row.id,
      action: 'delete',
      before: row,
    });
  });
}
