import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../src/server/db/client';
import { openTestDatabase } from '../src/server/test/build-app';
import { generateScaleData } from './scale-data';
import { generateScalePlanningTasks } from './scale-planning-coordination';

let handle: DatabaseHandle;
const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(handle.db, query);

beforeAll(async () => {
  handle = await openTestDatabase();
  const now = new Date('2026-12-01T12:00:00Z');
  await generateScaleData(handle.db, { municipalities: 3, centres: 60, partners: 200, seed: 7, now });
}, 60_000);

afterAll(async () => {
  await handle.close();
});

describe('scale generator: planning tasks', () => {
  it('makes tasks from family-education gaps, owned by the municipality’s planner, once', async () => {
    const made = await generateScalePlanningTasks(handle.db, { seed: 7 });
    expect(made).toBeGreaterThan(0);
    const [wrong] = await rows<{ n: number }>(sql`
      select count(*)::int as n from planning_tasks t
        join organizations c on c.id = t.organization_id
       where t.source <> 'no-cooperation:family_education:centre:' || c.id
          or c.municipality_id <> t.municipality_id
          or not exists (select 1 from memberships m join organizations y on y.id = m.organization_id
                          where m.user_id = t.owner_id and y.type = 'youth_office'
                            and y.municipality_id = t.municipality_id and m.role = 'planner')`);
    expect(wrong?.n).toBe(0);
    expect(await generateScalePlanningTasks(handle.db, { seed: 7 })).toBeNull();
  });
});
