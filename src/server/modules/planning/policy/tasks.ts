import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { type Actor, isPlannerOf, makeLoader, permissionsFor, type Rule } from '../../../policy';
import { planningTasks } from '../schema';

/**
 * Access to planning tasks (issue 18 §6): they are the Jugendamt's own to-dos, so the municipality's planners
 * (and instance admins) read and change them; everyone else gets 403 — like every planning endpoint, a
 * centre lead learns nothing more than "not allowed" (decision 016).
 */
export interface TaskRef {
  id: string;
  municipalityId: string;
}

export type TaskRow = typeof planningTasks.$inferSelect;

const plans: Rule<TaskRef> = (actor, task) =>
  actor.isInstanceAdmin || isPlannerOf(actor, task.municipalityId);

const taskPermissionRules = { update: plans } satisfies Record<string, Rule<TaskRef>>;

export const taskRules = { ...taskPermissionRules, read: plans } satisfies Record<string, Rule<TaskRef>>;

async function findTask(db: Executor, id: string, lock: boolean): Promise<TaskRow | undefined> {
  const query = db.select().from(planningTasks).where(eq(planningTasks.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The one loader of a task: 401, 404 when it does not exist, 403 for who does not plan its municipality, 409. */
export const loadTask = makeLoader({
  rules: taskRules,
  // As for the municipality itself: who may not plan gets 403 (a random id tells nothing).
  visible: () => true,
  find: findTask,
  refOf: (_db, row: TaskRow) => ({ id: row.id, municipalityId: row.municipalityId }),
  versionOf: (row: TaskRow) => row.version,
});

export function taskPermissions(actor: Actor, task: TaskRef) {
  return permissionsFor(actor, taskPermissionRules, task);
}
