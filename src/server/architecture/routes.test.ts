import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMusterstadt } from '../../../demo/load-musterstadt';
import { baselineOf, demoIds } from '../test/api-walk';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../test/build-app';
import { buildMunicipality, buildOrganization } from '../test/factories';
import { type Operation, operationsOf, urlOf } from '../test/fuzz-cases';

/**
 * Walks every operation of the API (decision 013) with a request that passes validation, as nobody, as a
 * member of an organisation in another municipality and as an admin of the demo centre whose records
 * the ids name. Every answer must rest on the module's policy: the access guard turns an answer no
 * policy decided into a 500, so none may appear. Anonymous callers get 401 unless the operation is
 * declared public (`security: []` in the document).
 */
let t: TestApp;
let operations: (Operation & { isPublic: boolean })[];
let ids: Record<string, string>;
let actors: { name: string; cookie?: string }[];

interface OpenApiDocument {
  paths: Record<string, Record<string, { security?: unknown[]; parameters?: []; requestBody?: unknown }>>;
}

beforeAll(async () => {
  t = await buildTestApp();
  await loadMusterstadt(t.db);
  ids = await demoIds(t.db);
  const document = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDocument;
  operations = operationsOf(document).map((op) => ({
    ...op,
    isPublic: document.paths[op.path]?.[op.method.toLowerCase()]?.security?.length === 0,
  }));
  const elsewhere = await buildMunicipality(t.db, { name: 'Anderswo' });
  const stranger = await buildOrganization(t.db, { name: 'Fremdes Zentrum', municipalityId: elsewhere.id });
  actors = [
    { name: 'anonymous' },
    { name: 'stranger', cookie: await t.signInAsNewMember('admin', stranger.id) },
    { name: 'centre admin', cookie: await t.signIn('verwaltung@fz-sonnenblume.example') },
  ];
}, 120_000);

async function call(op: Operation, cookie: string | undefined): Promise<LightMyRequestResponse> {
  const base = baselineOf(ids, op);
  return t.app.inject({
    method: op.method as 'GET',
    url: urlOf(op, base.path, base.query),
    headers: { origin: TEST_ORIGIN, ...(cookie && { cookie }) },
    ...(base.body !== undefined && { payload: base.body as object }),
  });
}

describe('every route goes through its module policy or is declared public', () => {
  it('walks every operation as nobody, a stranger and the centre admin', async () => {
    const undecided: string[] = [];
    const anonymousLeaks: string[] = [];
    const neverPastValidation: string[] = [];
    // Reads first, then writes, so that a removal does not hide the reads of the same record.
    const ordered = [...operations].sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
    for (const op of ordered) {
      const statuses: number[] = [];
      for (const actor of actors) {
        // The admin's writes would change the demo data the other operations walk; reads are enough.
        if (actor.name === 'centre admin' && op.method !== 'GET') continue;
        const res = await call(op, actor.cookie);
        statuses.push(res.statusCode);
        if (res.statusCode === 500) undecided.push(`${op.method} ${op.path} as ${actor.name}: ${res.body}`);
        if (actor.name === 'anonymous' && !op.isPublic && ![400, 401].includes(res.statusCode)) {
          anonymousLeaks.push(`${op.method} ${op.path}: ${res.statusCode}`);
        }
      }
      if (statuses.every((status) => status === 400 || status === 401)) {
        neverPastValidation.push(`${op.method} ${op.path}`);
      }
    }
    console.info(
      `route walk: ${operations.length} operations, ${operations.filter((op) => op.isPublic).length} public; ` +
        `not past validation with the sampled request: ${neverPastValidation.join(', ') || 'none'}`,
    );
    expect(undecided).toEqual([]);
    expect(anonymousLeaks).toEqual([]);
    expect(operations.length).toBeGreaterThan(100);
  }, 300_000);
});
