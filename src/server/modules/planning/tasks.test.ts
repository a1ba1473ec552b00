import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { auditLog } from '../audit/schema';
import { buildCoordinationWorld, type CoordinationWorld, coordinationApi } from './coordination-test-world';
import { planningTasks } from './schema';

// Planning tasks (issue 18 §6): the municipality's planners make them from gaps, with an owner from the
// Jugendamt, a due date and a status; every change is versioned and audited; nobody else sees them.
let t: TestApp;
let w: CoordinationWorld;
let api: ReturnType<typeof coordinationApi>;

const gapKey = (centreId: string) => `no-cooperation:family_education:centre:${centreId}`;

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 1000 });
  w = await buildCoordinationWorld(t);
  api = coordinationApi(t);
});

function taskBody(overrides: object = {}) {
  return {
    municipalityId: w.municipality.id,
    title: 'Familienbildung für FZ Nord 1 gewinnen',
    source: gapKey(w.centres.nord1.id),
    districtId: w.districts.nord.id,
    organizationId: w.centres.nord1.id,
    ownerId: w.people.officeStaff.id,
    dueOn: '2027-03-31',
    ...overrides,
  };
}

async function countTasks() {
  return (await t.db.select().from(planningTasks).where(eq(planningTasks.municipalityId, w.municipality.id)))
    .length;
}

describe('planning tasks', () => {
  it('a planner turns a gap into a task; the list finds it by the gap key; it is audited', async () => {
    const created = await api('POST', '/planning/tasks', w.people.planner.cookie, taskBody());
    expect(created.statusCode).toBe(201);
    const task = created.json();
    expect(task).toMatchObject({
      title: 'Familienbildung für FZ Nord 1 gewinnen',
      status: 'open',
      version: 1,
      overdue: false,
      district: { id: w.districts.nord.id, name: 'Nord' },
      organization: { id: w.centres.nord1.id, name: 'FZ Nord 1' },
      owner: { id: w.people.officeStaff.id, name: w.people.officeStaff.name },
      permissions: { update: true },
    });
    const list = await api(
      'GET',
      `/planning/tasks?municipalityId=${w.municipality.id}&source=${encodeURIComponent(gapKey(w.centres.nord1.id))}`,
      w.people.planner.cookie,
    );
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([task.id]);
    expect(
      list
        .json()
        .owners.map((o: { id: string }) => o.id)
        .sort(),
    ).toEqual([w.people.planner.id, w.people.officeStaff.id].sort());
    const other = await api(
      'GET',
      `/planning/tasks?municipalityId=${w.municipality.id}&source=other`,
      w.people.planner.cookie,
    );
    expect(other.json().items).toEqual([]);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, task.id), eq(auditLog.entityType, 'planning_task')));
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('changes need the version read: a stale one is 409; status and owner change, overdue shows', async () => {
    const task = (
      await api('POST', '/planning/tasks', w.people.planner.cookie, taskBody({ dueOn: '2020-01-31' }))
    ).json();
    expect(task.overdue).toBe(true);
    const done = await api('PUT', `/planning/tasks/${task.id}`, w.people.planner.cookie, {
      version: 1,
      status: 'done',
      ownerId: w.people.planner.id,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', version: 2, overdue: false });
    expect(done.json().owner.id).toBe(w.people.planner.id);
    const stale = await api('PUT', `/planning/tasks/${task.id}`, w.people.planner.cookie, {
      version: 1,
      status: 'dropped',
    });
    expect(stale.statusCode).toBe(409);
    const read = await api('GET', `/planning/tasks/${task.id}`, w.people.planner.cookie);
    expect(read.json()).toMatchObject({ status: 'done', version: 2 });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, task.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('bad input: 400 for a blank title, 422 naming owner, district and organisation; nothing written', async () => {
    const before = await countTasks();
    const blank = await api('POST', '/planning/tasks', w.people.planner.cookie, taskBody({ title: '  ' }));
    expect(blank.statusCode).toBe(400);
    const wrong = await api(
      'POST',
      '/planning/tasks',
      w.people.planner.cookie,
      taskBody({
        ownerId: w.people.nord1Lead.id,
        districtId: w.elsewhere.district.id,
        organizationId: w.elsewhere.office.id,
      }),
      'en',
    );
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([
      { path: 'districtId', message: 'This district does not belong to the task’s municipality.' },
      { path: 'organizationId', message: 'This organisation does not belong to the task’s municipality.' },
      { path: 'ownerId', message: 'Only a member of this municipality’s Jugendamt can own the task.' },
    ]);
    expect(await countTasks()).toBe(before);
  });

  it('access: anonymous 401, centre lead and other planners 403, planner and admin 200', async () => {
    const task = (await api('POST', '/planning/tasks', w.people.planner.cookie, taskBody())).json();
    const who = {
      anonymous: '',
      nord1Lead: w.people.nord1Lead.cookie,
      partnerLead: w.people.partnerLead.cookie,
      plannerElsewhere: w.people.plannerElsewhere.cookie,
      planner: w.people.planner.cookie,
      admin: w.people.admin.cookie,
    };
    const statuses: Record<string, number[]> = {};
    for (const [name, cookie] of Object.entries(who)) {
      statuses[name] = [
        (await api('GET', `/planning/tasks?municipalityId=${w.municipality.id}`, cookie)).statusCode,
        (await api('GET', `/planning/tasks/${task.id}`, cookie)).statusCode,
        (await api('PUT', `/planning/tasks/${task.id}`, cookie, { version: 999, title: 'x' })).statusCode,
        (await api('POST', '/planning/tasks', cookie, taskBody({ ownerId: null }))).statusCode,
      ];
    }
    expect(statuses).toEqual({
      anonymous: [401, 401, 401, 401],
      nord1Lead: [403, 403, 403, 403],
      partnerLead: [403, 403, 403, 403],
      plannerElsewhere: [403, 403, 403, 403],
      planner: [200, 200, 409, 201],
      admin: [200, 200, 409, 201],
    });
  });
});
