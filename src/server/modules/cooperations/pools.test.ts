import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { auditLog } from '../audit/schema';
import { buildPoolWorld, type PoolWorld, poolApi, poolBody } from './pool-test-world';
import { capacityPools, poolAllocations } from './schema';

// Issue 17 acceptance: a planner creates a 40 h pool and allocates 10/10/12/8 to four centres; more than the
// pool is a 422 naming the field and writes nothing; each centre sees its own hours, never another's reason.
let t: TestApp;
let w: PoolWorld;
let api: ReturnType<typeof poolApi>;

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 1000 });
  w = await buildPoolWorld(t);
  api = poolApi(t);
});

async function createConfirmedPool() {
  const created = await api('POST', '/capacity-pools', w.people.planner, poolBody(w));
  expect(created.statusCode).toBe(201);
  const pool = created.json();
  const confirmed = await api('POST', `/capacity-pools/${pool.id}/confirmation`, w.people.partnerLead, {
    version: pool.version,
  });
  expect(confirmed.statusCode).toBe(200);
  return confirmed.json() as { id: string; version: number; confirmedAt: string };
}

const allocationsOf = (id: string) =>
  t.db.select().from(poolAllocations).where(eq(poolAllocations.poolId, id));

describe('a planner brokers a 40 h pool for four centres', () => {
  it('allocates 10/10/12/8 after the partner confirmed, and each centre sees only its own', async () => {
    const created = await api('POST', '/capacity-pools', w.people.planner, poolBody(w));
    expect(created.statusCode).toBe(201);
    const pool = created.json();
    expect(pool).toMatchObject({ hoursPerMonth: 40, confirmedAt: null, allocatedHours: 0 });
    expect(pool.centres.map((c: { centreName: string }) => c.centreName).sort()).toEqual([
      'FZ Nord 1',
      'FZ Nord 2',
      'FZ Ost 1',
      'FZ Ost 2',
    ]);

    // Before the partner confirms, allocations are refused with a clear text.
    const early = await api('PUT', `/capacity-pools/${pool.id}/allocations`, w.people.planner, {
      version: pool.version,
      allocations: [{ centreId: w.centres.nord1.id, hoursPerMonth: 10 }],
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('bestätigt');

    // Centres ask for a share with a reason.
    for (const [cookie, centre, hours, reason] of [
      [w.people.nord1Lead, w.centres.nord1.id, 12, 'Grund Nord 1'],
      [w.people.ost1Lead, w.centres.ost1.id, 14, 'Grund Ost 1'],
    ] as const) {
      const res = await api('PUT', `/capacity-pools/${pool.id}/requests/${centre}`, cookie, {
        hoursPerMonth: hours,
        reason,
      });
      expect(res.statusCode).toBe(200);
    }

    const confirmed = await api('POST', `/capacity-pools/${pool.id}/confirmation`, w.people.partnerLead, {
      version: pool.version,
    });
    expect(confirmed.statusCode).toBe(200);
    const { version } = confirmed.json();

    const allocations = [
      { centreId: w.centres.nord1.id, hoursPerMonth: 10 },
      { centreId: w.centres.nord2.id, hoursPerMonth: 10 },
      { centreId: w.centres.ost1.id, hoursPerMonth: 12 },
      { centreId: w.centres.ost2.id, hoursPerMonth: 8 },
    ];
    const allocated = await api('PUT', `/capacity-pools/${pool.id}/allocations`, w.people.planner, {
      version,
      allocations,
    });
    expect(allocated.statusCode).toBe(200);
    expect(allocated.json().allocatedHours).toBe(40);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, pool.id))).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'allocate' })]),
    );

    // Planner: every request with its reason, every allocation.
    const planner = (await api('GET', `/capacity-pools/${pool.id}`, w.people.planner)).json();
    const nord1 = planner.centres.find((c: { centreId: string }) => c.centreId === w.centres.nord1.id);
    expect(nord1).toMatchObject({
      allocatedHours: 10,
      request: { hoursPerMonth: 12, reason: 'Grund Nord 1' },
    });

    // Centre Nord 1: the pool's total, its own request and hours; nothing of the others.
    const own = await api('GET', `/capacity-pools/${pool.id}`, w.people.nord1Staff);
    expect(own.statusCode).toBe(200);
    const seen = own.json();
    expect(seen.hoursPerMonth).toBe(40);
    expect(seen.allocatedHours).toBeNull();
    expect(seen.needWeights).toEqual({});
    expect(seen.centres).toEqual([
      expect.objectContaining({ centreId: w.centres.nord1.id, allocatedHours: 10 }),
    ]);
    expect(own.body).not.toContain('Grund Ost 1');
    expect(own.body).not.toContain(w.centres.ost1.id);

    const ost1 = (await api('GET', `/capacity-pools/${pool.id}`, w.people.ost1Lead)).json();
    expect(ost1.centres).toEqual([
      expect.objectContaining({
        allocatedHours: 12,
        request: expect.objectContaining({ reason: 'Grund Ost 1' }),
      }),
    ]);
    expect(JSON.stringify(ost1)).not.toContain('Grund Nord 1');

    // Partner: the allocations per centre, no reasons.
    const partner = await api('GET', `/capacity-pools/${pool.id}`, w.people.partnerStaff);
    expect(partner.json().allocatedHours).toBe(40);
    expect(partner.json().centres).toHaveLength(4);
    expect(partner.body).not.toContain('Grund');
  });

  it('allocating more than the pool is a 422 naming the field with the figures, and writes nothing', async () => {
    const pool = await createConfirmedPool();
    const ok = await api('PUT', `/capacity-pools/${pool.id}/allocations`, w.people.planner, {
      version: pool.version,
      allocations: [{ centreId: w.centres.nord1.id, hoursPerMonth: 20 }],
    });
    expect(ok.statusCode).toBe(200);
    const version = ok.json().version;
    const over = await api('PUT', `/capacity-pools/${pool.id}/allocations`, w.people.planner, {
      version,
      allocations: [
        { centreId: w.centres.nord1.id, hoursPerMonth: 20 },
        { centreId: w.centres.ost1.id, hoursPerMonth: 20.5 },
      ],
    });
    expect(over.statusCode).toBe(422);
    expect(over.json().errors).toEqual([{ path: 'allocations', message: expect.stringContaining('40.5') }]);
    const english = await t.request({
      method: 'PUT',
      url: `/api/v1/capacity-pools/${pool.id}/allocations`,
      cookie: w.people.planner,
      headers: { 'accept-language': 'en' },
      payload: { version, allocations: [{ centreId: w.centres.nord1.id, hoursPerMonth: 41 }] },
    });
    expect(english.json().errors[0].message).toBe('41 hours per month would be allocated; the pool has 40.');
    const rows = await allocationsOf(pool.id);
    expect(rows.map((r) => [r.centreId, Number(r.hoursPerMonth)])).toEqual([[w.centres.nord1.id, 20]]);
    const [stored] = await t.db.select().from(capacityPools).where(eq(capacityPools.id, pool.id));
    expect(stored?.version).toBe(version);
  });

  it('the framework agreements carry the allocated hours in their service rows', async () => {
    const pool = await createConfirmedPool();
    const none = await api('POST', `/capacity-pools/${pool.id}/framework-agreements`, w.people.planner);
    expect(none.statusCode).toBe(422);
    expect(none.json().errors[0].path).toBe('allocations');
    await api('PUT', `/capacity-pools/${pool.id}/allocations`, w.people.planner, {
      version: pool.version,
      allocations: [
        { centreId: w.centres.nord1.id, hoursPerMonth: 10 },
        { centreId: w.centres.ost2.id, hoursPerMonth: 8 },
      ],
    });
    const produced = await api('POST', `/capacity-pools/${pool.id}/framework-agreements`, w.people.planner);
    expect(produced.statusCode).toBe(201);
    const { created, frameworkId } = produced.json();
    expect(created).toHaveLength(2);
    const again = await api('POST', `/capacity-pools/${pool.id}/framework-agreements`, w.people.planner);
    expect(again.json()).toMatchObject({ frameworkId, created: [] });
    expect(again.json().agreements).toHaveLength(2);

    const byCentre = Object.fromEntries(
      created.map((a: { centreId: string; id: string }) => [a.centreId, a.id]),
    );
    const agreement = (
      await api('GET', `/agreements/${byCentre[w.centres.nord1.id]}`, w.people.nord1Lead)
    ).json();
    expect(agreement).toMatchObject({ type: 'basic_cooperation', frameworkId });
    const partnerParty = agreement.parties.find(
      (p: { facilities: { id: string }[] }) => p.facilities[0]?.id === w.partner.id,
    );
    expect(partnerParty.organization.id).toBe(w.provider.id);
    const poolRows = agreement.content.services.filter(
      (s: { partyId: string; hoursPerMonth: number | null }) =>
        s.partyId === partnerParty.id && s.hoursPerMonth !== null,
    );
    expect(poolRows).toEqual([
      expect.objectContaining({ service: poolBody(w).title, frequency: 'monthly', hoursPerMonth: 10 }),
    ]);
    const [stored] = await t.db.select().from(capacityPools).where(eq(capacityPools.id, pool.id));
    expect(stored?.frameworkId).toBe(frameworkId);
  });

  it('suggests equal or need-weighted shares in half hours that never exceed the pool', async () => {
    const pool = await createConfirmedPool();
    const equal = (
      await api('GET', `/capacity-pools/${pool.id}/suggestion?method=equal`, w.people.planner)
    ).json();
    expect(equal.items.map((i: { hoursPerMonth: number }) => i.hoursPerMonth)).toEqual([10, 10, 10, 10]);
    // Nord 300 and Ost 100: the two Nord centres share 30 h, the two Ost centres 10 h.
    const need = (
      await api('GET', `/capacity-pools/${pool.id}/suggestion?method=need`, w.people.planner)
    ).json();
    const byName = Object.fromEntries(
      need.items.map((i: { centreName: string; hoursPerMonth: number }) => [i.centreName, i.hoursPerMonth]),
    );
    expect(byName).toEqual({ 'FZ Nord 1': 15, 'FZ Nord 2': 15, 'FZ Ost 1': 5, 'FZ Ost 2': 5 });
    const forbidden = await api('GET', `/capacity-pools/${pool.id}/suggestion`, w.people.partnerLead);
    expect(forbidden.statusCode).toBe(403);
  });
});
