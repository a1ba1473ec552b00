import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { organizations, users } from '../accounts/schema';
import { findRelationshipById } from '../directory/cooperation-relationships';
import { cooperationEvents, cooperationModels, cooperations } from './schema';

/** The cooperation = the directory's relationship plus this module's row (absent until the first write). */
export async function findCooperation(db: Executor, id: string, lock: boolean) {
  const relationship = await findRelationshipById(db, id);
  if (!relationship) return undefined;
  const query = db.select().from(cooperations).where(eq(cooperations.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return { relationship, cooperation: row };
}
export type LoadedCooperation = NonNullable<Awaited<ReturnType<typeof findCooperation>>>;

export type CooperationRow = typeof cooperations.$inferSelect;
export type ModelRow = typeof cooperationModels.$inferSelect;

/** The cooperation rows (model, notes, version) of the given relationships. */
export async function cooperationRows(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, CooperationRow>();
  const rows = await db
    .select()
    .from(cooperations)
    .where(inArray(cooperations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Models by id. */
export async function modelsById(db: Executor, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return new Map<string, ModelRow>();
  const rows = await db.select().from(cooperationModels).where(inArray(cooperationModels.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A model a cooperation of a centre in `municipalityId` may use: instance-wide or that municipality's. */
export async function findUsableModel(db: Executor, modelId: string, municipalityId: string) {
  const [row] = await db
    .select()
    .from(cooperationModels)
    .where(
      and(
        eq(cooperationModels.id, modelId),
        or(isNull(cooperationModels.municipalityId), eq(cooperationModels.municipalityId, municipalityId)),
      ),
    );
  return row;
}

/** Condition on a relationship id: its cooperation has this model. */
export function hasModel(modelId: string): (relationshipId: AnyPgColumn) => SQL {
  return (relationshipId) =>
    sql`exists (select 1 from ${cooperations} where ${cooperations.id} = ${relationshipId} and ${cooperations.modelId} = ${modelId}::uuid)`;
}

/** The cooperation's own events, oldest first, with the organisation's name. */
export function eventsOf(db: Executor, cooperationId: string) {
  return db
    .select({
      id: cooperationEvents.id,
      kind: cooperationEvents.kind,
      organizationId: cooperationEvents.organizationId,
      organizationName: organizations.name,
      userName: users.name,
      details: cooperationEvents.details,
      createdAt: cooperationEvents.createdAt,
    })
    .from(cooperationEvents)
    .leftJoin(organizations, eq(organizations.id, cooperationEvents.organizationId))
    .leftJoin(users, eq(users.id, cooperationEvents.userId))
    .where(eq(cooperationEvents.cooperationId, cooperationId))
    .orderBy(asc(cooperationEvents.createdAt));
}
