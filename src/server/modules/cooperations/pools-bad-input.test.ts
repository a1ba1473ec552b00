import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { auditLog } from '../audit/schema';
import { buildPoolWorld, type PoolWorld, poolApi, poolBody } from './pool-test-world';
import { capacityPools, poolAllocations, poolRequests } from './schema';

// Bad input gets a problem naming the field (409 for a stale version) and writes nothing.
let t: TestApp;
let w: PoolWorld;
let api: ReturnType<typeof poolApi>;

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 1000 });
  w = await buildPoolWorld(t);
  api = poolApi(t);
});

async function snapshot() {
  const [pools] = await t.db.select({ n: count() }).from(capacityPools);
  const [allocations] = await t.db.select({ n: count() }).from(poolAllocations);
  const [requests] = await t.db.select({ n: count() }).from(poolRequests);
  const [audits] = await t.db.select({ n: count() }).from(auditLog);
  const rows = await t.db.select().from(capacityPools).orderBy(capacityPools.id);
  return { pools, allocations, requests, audits, rows };
}

async function confirmedPool() {
  const created = (await api('POST', '/capacity-pools', w.people.planner, poolBody(w))).json();
  const confirmed = await api('POST', `/capacity-pools/${created.id}/confirmation`, w.people.partnerLead, {
    version: created.version,
  });
  const pool = confirmed.json();
  const allocated = await api('PUT', `/capacity-pools/${pool.id}/allocations`, w.people.planner, {
    version: pool.version,
    allocations: [{ centreId: w.centres.nord1.id, hoursPerMonth: 10 }],
  });
  expect(allocated.statusCode).toBe(200);
  return allocated.json() as { id: string; version: number };
}

const pathsOf = (res: { json(): { errors?: { path: string }[] } }) =>
  (res.json().errors ?? []).map((e) => e.path);

describe('bad input writes nothing', () => {
  it('creating: negative hours, end before start, a district elsewhere, no partner', async () => {
    const before = await snapshot();
    const cases: [object, string[]][] = [
      [{ hoursPerMonth: -5 }, ['hoursPerMonth']],
      [{ hoursPerMonth: 745 }, ['hoursPerMonth']],
      [{ hoursPerMonth: 10.25 }, ['hoursPerMonth']],
      [{ validFrom: '2027-06-01', validTo: '2027-01-31' }, ['validTo']],
      [{ districtIds: [w.elsewhere.district.id], needWeights: {} }, ['districtIds.0']],
      [{ partnerId: w.centres.nord1.id }, ['partnerId']],
      [{ needWeights: { [w.districts.sued.id]: 5 } }, [`needWeights.${w.districts.sued.id}`]],
      [{ needWeights: { [w.districts.nord.id]: -1 } }, [`needWeights.${w.districts.nord.id}`]],
    ];
    for (const [overrides, paths] of cases) {
      const res = await api('POST', '/capacity-pools', w.people.planner, poolBody(w, overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(pathsOf(res)).toEqual(paths);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('allocating: negative hours, a centre outside the pool, twice the same, a stale version', async () => {
    const pool = await confirmedPool();
    const before = await snapshot();
    const put = (body: object) =>
      api('PUT', `/capacity-pools/${pool.id}/allocations`, w.people.planner, body);
    const negative = await put({
      version: pool.version,
      allocations: [
        { centreId: w.centres.nord1.id, hoursPerMonth: 10 },
        { centreId: w.centres.nord2.id, hoursPerMonth: -2 },
      ],
    });
    expect(negative.statusCode).toBe(422);
    expect(pathsOf(negative)).toEqual(['allocations.1.hoursPerMonth']);
    const outside = await put({
      version: pool.version,
      allocations: [
        { centreId: w.centres.nord1.id, hoursPerMonth: 10 },
        { centreId: w.centres.sued.id, hoursPerMonth: 2 },
      ],
    });
    expect(outside.statusCode).toBe(422);
    expect(pathsOf(outside)).toEqual(['allocations.1.centreId']);
    const twice = await put({
      version: pool.version,
      allocations: [
        { centreId: w.centres.nord1.id, hoursPerMonth: 10 },
        { centreId: w.centres.nord1.id, hoursPerMonth: 2 },
      ],
    });
    expect(pathsOf(twice)).toEqual(['allocations.1.centreId']);
    const stale = await put({
      version: pool.version - 1,
      allocations: [{ centreId: w.centres.nord2.id, hoursPerMonth: 2 }],
    });
    expect(stale.statusCode).toBe(409);
    expect(await snapshot()).toEqual(before);
    const [kept] = await t.db.select().from(poolAllocations).where(eq(poolAllocations.poolId, pool.id));
    expect(Number(kept?.hoursPerMonth)).toBe(10);
  });

  it('editing: stale version, end before start, fewer hours than allocated, dropping a served district', async () => {
    const pool = await confirmedPool();
    const before = await snapshot();
    const put = (body: object) => api('PUT', `/capacity-pools/${pool.id}`, w.people.planner, body);
    expect((await put({ version: pool.version - 1, title: 'Alt' })).statusCode).toBe(409);
    const order = await put({ version: pool.version, validTo: '2026-01-01' });
    expect(order.statusCode).toBe(422);
    expect(pathsOf(order)).toEqual(['validTo']);
    const smaller = await put({ version: pool.version, hoursPerMonth: 8 });
    expect(pathsOf(smaller)).toEqual(['hoursPerMonth']);
    expect(smaller.json().errors[0].message).toContain('10');
    const dropped = await put({ version: pool.version, districtIds: [w.districts.ost.id] });
    expect(pathsOf(dropped)).toEqual(['districtIds']);
    const elsewhere = await put({ version: pool.version, districtIds: [w.elsewhere.district.id] });
    expect(pathsOf(elsewhere)).toEqual(['districtIds.0']);
    expect(await snapshot()).toEqual(before);
  });

  it('a centre’s request: negative hours, no reason, more than the pool', async () => {
    const pool = await confirmedPool();
    const before = await snapshot();
    const put = (body: object) =>
      api('PUT', `/capacity-pools/${pool.id}/requests/${w.centres.nord1.id}`, w.people.nord1Lead, body);
    const negative = await put({ hoursPerMonth: -1, reason: 'Bedarf' });
    expect(negative.statusCode).toBe(422);
    expect(pathsOf(negative)).toEqual(['hoursPerMonth']);
    expect(pathsOf(await put({ hoursPerMonth: 41, reason: 'Bedarf' }))).toEqual(['hoursPerMonth']);
    const blank = await put({ hoursPerMonth: 4, reason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(pathsOf(blank)).toEqual(['reason']);
    expect(await snapshot()).toEqual(before);
  });

  it('a change of hours asks the partner to confirm again; allocating waits for it', async () => {
    const pool = await confirmedPool();
    const changed = await api('PUT', `/capacity-pools/${pool.id}`, w.people.planner, {
      version: pool.version,
      hoursPerMonth: 44,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ confirmedAt: null, hoursPerMonth: 44, allocatedHours: 10 });
    const waiting = await api('PUT', `/capacity-pools/${pool.id}/allocations`, w.people.planner, {
      version: changed.json().version,
      allocations: [],
    });
    expect(waiting.statusCode).toBe(409);
    const renamed = await api('PUT', `/capacity-pools/${pool.id}`, w.people.planner, {
      version: changed.json().version,
      title: 'Nur ein neuer Titel',
    });
    expect(renamed.json().confirmedAt).toBeNull();
  });
});
