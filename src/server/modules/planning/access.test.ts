import { beforeAll, describe, expect, it } from 'vitest';
import { loadMusterstadt } from '../../../../demo/load-musterstadt';
import { baselineOf, demoIds } from '../../test/api-walk';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildMunicipality, buildOrganization, buildUser } from '../../test/factories';
import { type Operation, operationsOf, urlOf } from '../../test/fuzz-cases';

/**
 * The planning policy matrix (decision 016), over every read of the module in the OpenAPI document: a
 * new planning endpoint is in this test the day it is added. Municipality-level reads: the municipality's
 * planner and instance admins 200; centre leads, planners of another municipality and a Landesjugendamt
 * 403; nobody 401. The state-wide aggregates: the state's Landesjugendamt and instance admins only.
 */
type ActorName = 'anonymous' | 'centreLead' | 'otherPlanner' | 'stateOffice' | 'planner' | 'instanceAdmin';

const expected: Record<ActorName, { municipality: number; state: number }> = {
  anonymous: { municipality: 401, state: 401 },
  centreLead: { municipality: 403, state: 403 },
  otherPlanner: { municipality: 403, state: 403 },
  stateOffice: { municipality: 403, state: 200 },
  planner: { municipality: 200, state: 403 },
  instanceAdmin: { municipality: 200, state: 200 },
};

let t: TestApp;
let ids: Record<string, string>;
let reads: Operation[];
const cookies: Partial<Record<ActorName, string>> = {};

beforeAll(async () => {
  t = await buildTestApp();
  await loadMusterstadt(t.db);
  ids = await demoIds(t.db);
  const document = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
  reads = operationsOf(document).filter(
    (op) =>
      op.method === 'GET' &&
      op.path.startsWith('/api/v1/planning/') &&
      !op.parameters.some((p) => p.in === 'path') &&
      op.parameters.some((p) => p.in === 'query' && (p.name === 'municipalityId' || p.name === 'state')),
  );
  const elsewhere = await buildMunicipality(t.db, { name: 'Anderswo' });
  const otherOffice = await buildOrganization(t.db, { municipalityId: elsewhere.id, type: 'youth_office' });
  const stateOffice = await buildOrganization(t.db, {
    municipalityId: ids.municipality,
    type: 'state_office',
  });
  const admin = await buildUser(t.db, { isInstanceAdmin: true });
  cookies.centreLead = await t.signIn('leitung@fz-sonnenblume.example');
  cookies.planner = await t.signIn('planung@jugendamt-musterstadt.example');
  cookies.otherPlanner = await t.signInAsNewMember('planner', otherOffice.id);
  cookies.stateOffice = await t.signInAsNewMember('staff', stateOffice.id);
  cookies.instanceAdmin = await t.signIn(admin.email);
}, 120_000);

function requestOf(op: Operation) {
  const base = baselineOf(ids, op);
  // The demo municipality's state is NW (demo/musterstadt/municipality.json); `state` is optional.
  const query = op.path.endsWith('/state-aggregates') ? { ...base.query, state: 'NW' } : base.query;
  return urlOf(op, base.path, query);
}

describe('planning: who reads what (policy matrix)', () => {
  it('covers the module’s reads, the state-wide aggregates among them', () => {
    const paths = reads.map((op) => op.path);
    expect(paths).toContain('/api/v1/planning/state-aggregates');
    expect(paths.length).toBeGreaterThanOrEqual(6);
  });

  it('answers every actor as the matrix says', async () => {
    const mismatches: string[] = [];
    for (const op of reads) {
      const level = op.path === '/api/v1/planning/state-aggregates' ? 'state' : 'municipality';
      for (const [actor, cells] of Object.entries(expected) as [ActorName, (typeof expected)[ActorName]][]) {
        const cookie = cookies[actor];
        const res = await t.request({ method: 'GET', url: requestOf(op), ...(cookie && { cookie }) });
        if (res.statusCode !== cells[level]) {
          mismatches.push(`${op.path} as ${actor}: ${res.statusCode} (expected ${cells[level]})`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
