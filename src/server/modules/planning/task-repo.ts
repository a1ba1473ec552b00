import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { districts, memberships, organizations, users } from '../accounts/schema';
import { planningTasks } from './schema';

/** Queries of planning tasks: the tasks with the names they point to, and who may own one. */

const owner = alias(users, 'task_owner');

const openStatuses = sql`${planningTasks.status} in ('open', 'in_progress')`;

export const taskColumns = {
  task: planningTasks,
  districtName: districts.name,
  organizationName: organizations.name,
  ownerName: owner.name,
  // Overdue in the planners' calendar (Europe/Berlin), decided by the database's clock.
  overdue: sql<boolean>`coalesce(${planningTasks.dueOn} < (now() at time zone 'Europe/Berlin')::date and ${openStatuses}, false)`,
};

export type TaskRecord = {
  task: typeof planningTasks.$inferSelect;
  districtName: string | null;
  organizationName: string | null;
  ownerName: string | null;
  overdue: boolean;
};

function selectTasks(db: Executor) {
  return db
    .select(taskColumns)
    .from(planningTasks)
    .leftJoin(districts, eq(districts.id, planningTasks.districtId))
    .leftJoin(organizations, eq(organizations.id, planningTasks.organizationId))
    .leftJoin(owner, eq(owner.id, planningTasks.ownerId));
}

export async function findTaskRecord(db: Executor, id: string): Promise<TaskRecord | undefined> {
  const [row] = await selectTasks(db).where(eq(planningTasks.id, id));
  return row;
}

/** Open work first (by due date, undated last), then done and dropped; newest first within a day. */
export async function listTaskRecords(
  db: Executor,
  filter: { municipalityId: string; status?: string | undefined; source?: string | undefined },
  page: { limit: number; offset: number },
): Promise<TaskRecord[]> {
  const conditions: SQL[] = [eq(planningTasks.municipalityId, filter.municipalityId)];
  if (filter.status) conditions.push(sql`${planningTasks.status} = ${filter.status}`);
  if (filter.source) conditions.push(eq(planningTasks.source, filter.source));
  return selectTasks(db)
    .where(and(...conditions))
    .orderBy(
      sql`case when ${openStatuses} then 0 else 1 end`,
      sql`${planningTasks.dueOn} asc nulls last`,
      sql`${planningTasks.createdAt} desc`,
      asc(planningTasks.id),
    )
    .limit(page.limit + 1)
    .offset(page.offset);
}

/** Members of the municipality's Jugendamt (any role): who may own a task. */
export async function taskOwnersOf(db: Executor, municipalityId: string, onlyIds?: string[]) {
  if (onlyIds && onlyIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(
        eq(organizations.type, 'youth_office'),
        eq(organizations.municipalityId, municipalityId),
        sql`${users.erasedAt} is null`,
        onlyIds ? inArray(users.id, onlyIds) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
  return rows;
}

/** Whether the district and the organisation belong to the municipality (null passes). */
export async function belongsToMunicipality(
  db: Executor,
  municipalityId: string,
  ids: { districtId: string | null; organizationId: string | null },
) {
  const [district] = ids.districtId
    ? await db
        .select({ id: districts.id })
        .from(districts)
        .where(and(eq(districts.id, ids.districtId), eq(districts.municipalityId, municipalityId)))
    : [{ id: null }];
  const [organization] = ids.organizationId
    ? await db
        .select({ id: organizations.id })
        .from(organizations)
        .where(
          and(eq(organizations.id, ids.organizationId), eq(organizations.municipalityId, municipalityId)),
        )
    : [{ id: null }];
  return { district: district !== undefined, organization: organization !== undefined };
}
