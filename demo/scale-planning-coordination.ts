import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/server/db/client';

/**
 * Planning tasks for the NRW-sized set (issue 18 §6): about a fifth of the family centres without an active
 * cooperation with a family-education partner get a task made from that gap (the gap list's key as source),
 * owned by their Jugendamt's planner, due between two weeks ago and two months ahead, in every status.
 * Set-based SQL; `setseed` keeps it reproducible. Fills only an empty planning_tasks table.
 */
export async function generateScalePlanningTasks(
  db: Database,
  options: { seed: number; onProgress?: (message: string) => void },
): Promise<number | null> {
  const progress = options.onProgress ?? (() => undefined);
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from planning_tasks`);
  if ((existing?.n ?? 0) > 0) {
    progress('planning tasks: planning_tasks not empty, skipped');
    return null;
  }
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(${((options.seed + 18) % 1000) / 1000})`);
    await tx.execute(sql`
      insert into planning_tasks
        (municipality_id, title, description, source, district_id, organization_id, owner_id, due_on, status,
         created_by, created_at, updated_at)
      select c.municipality_id,
             'Familienbildung für ' || c.name || ' gewinnen',
             'Das Familienzentrum hat keine aktive Kooperation mit der Familienbildung.',
             'no-cooperation:family_education:centre:' || c.id,
             c.district_id, c.id, p.user_id,
             current_date + (floor(random() * 75)::int - 14),
             (array['open', 'open', 'in_progress', 'done'])[1 + floor(random() * 4)::int]::planning_task_status,
             p.user_id, now() - interval '20 days', now() - interval '3 days'
        from organizations c
        join lateral (select m.user_id from memberships m
                        join organizations y on y.id = m.organization_id
                       where y.type = 'youth_office' and y.municipality_id = c.municipality_id
                         and m.role = 'planner' order by m.user_id limit 1) p on true
       where c.type = 'family_centre'
         and not exists (
           select 1 from partner_relationships r
             join organization_kinds ok on ok.organization_id = r.partner_id
             join partner_kinds k on k.id = ok.kind_id
            where r.centre_id = c.id and r.status = 'active' and k.key = 'family_education')
         and random() < 0.2`);
  });
  await db.execute(sql`analyze planning_tasks`);
  const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from planning_tasks`);
  progress(`planning tasks: ${count?.n ?? 0}`);
  return count?.n ?? 0;
}
