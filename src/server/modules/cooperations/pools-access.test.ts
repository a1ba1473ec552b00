import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildPoolWorld, type PoolWorld, poolApi, poolBody } from './pool-test-world';

// The team's access rules for pools: planners of the municipality (and instance admins) create, edit, allocate
// and read everything; the partner's members read the allocations, its leads confirm; centres of the pool's
// districts read their own part, their leads ask for a share; everyone else learns nothing (404), nobody 401.
let t: TestApp;
let w: PoolWorld;
let api: ReturnType<typeof poolApi>;

type Who = keyof PoolWorld['people'];
const everyone: Who[] = [
  'planner',
  'plannerElsewhere',
  'partnerStaff',
  'partnerLead',
  'nord1Lead',
  'nord1Staff',
  'suedLead',
  'admin',
  'anonymous',
];

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 1000 });
  w = await buildPoolWorld(t);
  api = poolApi(t);
});

/** A fresh pool for Nord and Ost (each check changes it), at its current version. */
async function freshPool(confirmed = false) {
  const res = await api('POST', '/capacity-pools', w.people.planner, poolBody(w));
  expect(res.statusCode).toBe(201);
  let pool = res.json() as { id: string; version: number };
  if (confirmed) {
    pool = (
      await api('POST', `/capacity-pools/${pool.id}/confirmation`, w.people.partnerLead, {
        version: pool.version,
      })
    ).json();
  }
  return pool;
}

async function statusesOf(
  request: (cookie: string, pool: { id: string; version: number }) => Promise<{ statusCode: number }>,
  confirmed = false,
) {
  const result: Partial<Record<Who, number>> = {};
  for (const who of everyone) {
    const pool = await freshPool(confirmed);
    result[who] = (await request(w.people[who], pool)).statusCode;
  }
  return result;
}

describe('who may do what with a pool', () => {
  it('reading: planners of M, admins, the partner, centres of its districts; others 404, nobody 401', async () => {
    const pool = await freshPool();
    const result: Partial<Record<Who, number>> = {};
    for (const who of everyone)
      result[who] = (await api('GET', `/capacity-pools/${pool.id}`, w.people[who])).statusCode;
    expect(result).toEqual({
      planner: 200,
      plannerElsewhere: 404,
      partnerStaff: 200,
      partnerLead: 200,
      nord1Lead: 200,
      nord1Staff: 200,
      suedLead: 404,
      admin: 200,
      anonymous: 401,
    });
  });

  it('the list is scoped the same way', async () => {
    const pool = await freshPool();
    const listed: Partial<Record<Who, boolean | number>> = {};
    for (const who of everyone) {
      const res = await api('GET', `/capacity-pools?municipalityId=${w.municipality.id}`, w.people[who]);
      listed[who] =
        res.statusCode === 200
          ? res.json().items.some((p: { id: string }) => p.id === pool.id)
          : res.statusCode;
    }
    expect(listed).toEqual({
      planner: true,
      plannerElsewhere: false,
      partnerStaff: true,
      partnerLead: true,
      nord1Lead: true,
      nord1Staff: true,
      suedLead: false,
      admin: true,
      anonymous: 401,
    });
    const mine = (await api('GET', '/capacity-pools', w.people.planner)).json();
    expect(mine.createIn).toEqual([w.municipality.id]);
  });

  it('editing: planners of M and instance admins', async () => {
    const result = await statusesOf((cookie, pool) =>
      api('PUT', `/capacity-pools/${pool.id}`, cookie, { version: pool.version, title: 'Neu' }),
    );
    expect(result).toEqual({
      planner: 200,
      plannerElsewhere: 404,
      partnerStaff: 403,
      partnerLead: 403,
      nord1Lead: 403,
      nord1Staff: 403,
      suedLead: 404,
      admin: 200,
      anonymous: 401,
    });
  });

  it('confirming: leads and admins of the partner only', async () => {
    const result = await statusesOf((cookie, pool) =>
      api('POST', `/capacity-pools/${pool.id}/confirmation`, cookie, { version: pool.version }),
    );
    expect(result).toEqual({
      planner: 403,
      plannerElsewhere: 404,
      partnerStaff: 403,
      partnerLead: 200,
      nord1Lead: 403,
      nord1Staff: 403,
      suedLead: 404,
      admin: 403,
      anonymous: 401,
    });
  });

  it('allocating: planners of M and instance admins', async () => {
    const result = await statusesOf(
      (cookie, pool) =>
        api('PUT', `/capacity-pools/${pool.id}/allocations`, cookie, {
          version: pool.version,
          allocations: [{ centreId: w.centres.nord1.id, hoursPerMonth: 5 }],
        }),
      true,
    );
    expect(result).toEqual({
      planner: 200,
      plannerElsewhere: 404,
      partnerStaff: 403,
      partnerLead: 403,
      nord1Lead: 403,
      nord1Staff: 403,
      suedLead: 404,
      admin: 200,
      anonymous: 401,
    });
  });

  it('asking a share for Nord 1: its lead only', async () => {
    const result = await statusesOf((cookie, pool) =>
      api('PUT', `/capacity-pools/${pool.id}/requests/${w.centres.nord1.id}`, cookie, {
        hoursPerMonth: 4,
        reason: 'Bedarf',
      }),
    );
    expect(result).toEqual({
      planner: 403,
      plannerElsewhere: 404,
      partnerStaff: 403,
      partnerLead: 403,
      nord1Lead: 200,
      nord1Staff: 403,
      suedLead: 404,
      admin: 403,
      anonymous: 401,
    });
    // A lead of one centre may not ask for another.
    const pool = await freshPool();
    const other = await api(
      'PUT',
      `/capacity-pools/${pool.id}/requests/${w.centres.nord2.id}`,
      w.people.nord1Lead,
      {
        hoursPerMonth: 4,
        reason: 'Bedarf',
      },
    );
    expect(other.statusCode).toBe(403);
  });

  it('creating: planners for their municipality, instance admins naming one', async () => {
    const result: Partial<Record<Who, number>> = {};
    for (const who of everyone)
      result[who] = (
        await api(
          'POST',
          '/capacity-pools',
          w.people[who],
          poolBody(w, { municipalityId: w.municipality.id }),
        )
      ).statusCode;
    expect(result).toEqual({
      planner: 201,
      plannerElsewhere: 403,
      partnerStaff: 403,
      partnerLead: 403,
      nord1Lead: 403,
      nord1Staff: 403,
      suedLead: 403,
      admin: 201,
      anonymous: 401,
    });
    const unnamed = await api('POST', '/capacity-pools', w.people.admin, poolBody(w));
    expect(unnamed.statusCode).toBe(422);
    expect(unnamed.json().errors[0].path).toBe('municipalityId');
  });

  it('the permissions sent with the pool match the rules', async () => {
    const pool = await freshPool();
    const permissionsOf = async (who: Who) =>
      (await api('GET', `/capacity-pools/${pool.id}`, w.people[who])).json().permissions;
    expect(await permissionsOf('planner')).toEqual({
      update: true,
      allocate: true,
      confirm: false,
      request: false,
      produceAgreements: true,
    });
    expect(await permissionsOf('partnerLead')).toMatchObject({
      confirm: true,
      allocate: false,
      update: false,
    });
    expect(await permissionsOf('partnerStaff')).toMatchObject({ confirm: false });
    expect(await permissionsOf('nord1Lead')).toMatchObject({ request: true, allocate: false });
    expect(await permissionsOf('nord1Staff')).toMatchObject({ request: false });
    const seen = (await api('GET', `/capacity-pools/${pool.id}`, w.people.nord1Lead)).json();
    expect(seen.requestCentreIds).toEqual([w.centres.nord1.id]);
  });
});
