import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor, Transaction } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import { cursorParts, decodeCursor, encodeCursor } from '../../http/pagination';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { planningAccess } from './policy/municipality';
import { loadTask, type TaskRow, taskPermissions } from './policy/tasks';
import { planningTasks } from './schema';
import {
  belongsToMunicipality,
  findTaskRecord,
  listTaskRecords,
  type TaskRecord,
  taskOwnersOf,
} from './task-repo';
import type { CreateTaskInput, TaskListQuery, TaskView, UpdateTaskInput } from './task-schemas';

/** Planning tasks (issue 18 §6): the planner's to-dos, usually made from a gap; versioned and audited. */

const named = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

function present(actor: Actor, record: TaskRecord): TaskView {
  const { task } = record;
  return {
    id: task.id,
    municipalityId: task.municipalityId,
    title: task.title,
    description: task.description,
    source: task.source,
    district: named(task.districtId, record.districtName),
    organization: named(task.organizationId, record.organizationName),
    owner: named(task.ownerId, record.ownerName),
    dueOn: task.dueOn,
    status: task.status,
    overdue: record.overdue,
    version: task.version,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
    permissions: taskPermissions(actor, task),
  };
}

const offsetCursor = z.tuple([cursorParts.offset]);

export async function listTasks(ctx: ServiceContext, query: TaskListQuery) {
  const { actor } = await planningAccess(ctx, query.municipalityId, 'read');
  const [offset] = query.cursor ? decodeCursor(query.cursor, offsetCursor) : [0];
  const [rows, owners] = await Promise.all([
    listTaskRecords(ctx.db, query, { limit: query.limit, offset }),
    taskOwnersOf(ctx.db, query.municipalityId),
  ]);
  return {
    items: rows.slice(0, query.limit).map((r) => present(actor, r)),
    nextCursor: rows.length > query.limit ? encodeCursor([offset + query.limit]) : null,
    owners,
  };
}

export async function getTask(ctx: ServiceContext, id: string) {
  const { actor } = await loadTask(ctx, id, 'read');
  const record = await findTaskRecord(ctx.db, id);
  if (!record) throw new AppError('not_found');
  return present(actor, record);
}

interface TaskLinks {
  districtId: string | null;
  organizationId: string | null;
  ownerId: string | null;
}

/** The references must lie in the task's municipality; the owner must work at its Jugendamt: 422 per field. */
async function checkLinks(db: Executor, municipalityId: string, links: TaskLinks) {
  const errors: FieldError[] = [];
  const inside = await belongsToMunicipality(db, municipalityId, links);
  if (!inside.district) errors.push({ path: 'districtId', message: 'planning.tasks.validation.district' });
  if (!inside.organization)
    errors.push({ path: 'organizationId', message: 'planning.tasks.validation.organization' });
  if (links.ownerId && (await taskOwnersOf(db, municipalityId, [links.ownerId])).length === 0)
    errors.push({ path: 'ownerId', message: 'planning.tasks.validation.owner' });
  if (errors.length > 0) throw new AppError('validation', { errors });
}

async function audit(
  ctx: ServiceContext,
  tx: Transaction,
  action: string,
  before: TaskRow | undefined,
  after: TaskRow,
) {
  await recordAudit(tx, {
    actor: ctx.actor,
    organizationId: null,
    entityType: 'planning_task',
    entityId: after.id,
    action,
    before,
    after,
  });
}

export async function createTask(ctx: ServiceContext, input: CreateTaskInput) {
  await planningAccess(ctx, input.municipalityId, 'plan');
  await checkLinks(ctx.db, input.municipalityId, input);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(planningTasks)
      .values({ ...input, createdBy: ctx.actor?.userId ?? null })
      .returning();
    if (!row) throw new AppError('internal');
    await audit(ctx, tx, 'create', undefined, row);
    return row.id;
  });
  return getTask(ctx, id);
}

export async function updateTask(ctx: ServiceContext, id: string, input: UpdateTaskInput) {
  await ctx.db.transaction(async (tx) => {
    const { row } = await loadTask(ctx, id, 'update', { db: tx, lock: true, version: input.version });
    const { version: _version, ...changes } = input;
    const next = { ...row, ...changes };
    await checkLinks(tx, row.municipalityId, next);
    const [updated] = await tx
      .update(planningTasks)
      .set({ ...changes, version: sql`${planningTasks.version} + 1`, updatedAt: new Date() })
      .where(eq(planningTasks.id, id))
      .returning();
    if (updated) await audit(ctx, tx, 'update', row, updated);
  });
  return getTask(ctx, id);
}
