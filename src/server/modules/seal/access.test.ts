import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMusterstadt } from '../../../../demo/load-musterstadt';
import { queryRows } from '../../db/client';
import { baselineOf, demoIds } from '../../test/api-walk';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildUser } from '../../test/factories';
import { type Operation, operationsOf, urlOf } from '../../test/fuzz-cases';

/**
 * The quality-seal policy matrix (decision 017), over every read of the module in the OpenAPI document: a new
 * seal endpoint is in this test the day it is added (an unclassified one fails the test). On Musterstadt:
 * - a centre's reads (`/seal/centres/{id}/…`, Sonnenblume): its lead and instance admins 200; a partner's
 *   staff, another centre's staff and the planner 403 (policy/subject.ts answers 403, not 404); nobody 401;
 * - a manual evidence file (`/seal/evidence/{id}/file`, a Sonnenblume document): lead and instance admins
 *   200; whoever does not read the centre 404 (policy/evidence.ts hides the evidence);
 * - the planner's overview (`/seal/overview?municipalityId=`): the municipality's planner and instance admins
 *   200, everyone else 403 (policy/overview.ts);
 * - the catalogue (`/seal/editions…`) and the list of one's subjects (`/seal/centres`, scoped by SQL, possibly
 *   empty): every signed-in person 200.
 * `/seal/badges` is decided by the record's own module (the offering's or agreement's loader): its own test below.
 */
type ActorName = 'anonymous' | 'lead' | 'partnerStaff' | 'otherCentreStaff' | 'planner' | 'instanceAdmin';
type Level = 'centre' | 'evidence' | 'overview' | 'signedIn';

const expected: Record<ActorName, Record<Level, number>> = {
  anonymous: { centre: 401, evidence: 401, overview: 401, signedIn: 401 },
  lead: { centre: 200, evidence: 200, overview: 403, signedIn: 200 },
  partnerStaff: { centre: 403, evidence: 404, overview: 403, signedIn: 200 },
  otherCentreStaff: { centre: 403, evidence: 404, overview: 403, signedIn: 200 },
  planner: { centre: 403, evidence: 404, overview: 200, signedIn: 200 },
  instanceAdmin: { centre: 200, evidence: 200, overview: 200, signedIn: 200 },
};

/** Which cell of the matrix an operation falls in; undefined for a read this test does not know yet. */
function levelOf(op: Operation): Level | 'record' | undefined {
  if (op.path === '/api/v1/seal/badges') return 'record';
  if (op.path.startsWith('/api/v1/seal/centres/{id}/')) return 'centre';
  if (op.path === '/api/v1/seal/evidence/{id}/file') return 'evidence';
  if (op.path === '/api/v1/seal/overview') return 'overview';
  if (op.path === '/api/v1/seal/centres' || op.path.startsWith('/api/v1/seal/editions')) return 'signedIn';
  return undefined;
}

let t: TestApp;
let ids: Record<string, string>;
let seal: { edition: string; evidence: string };
let reads: Operation[];
const cookies: Partial<Record<ActorName, string>> = {};

beforeAll(async () => {
  t = await buildTestApp();
  await loadMusterstadt(t.db);
  ids = await demoIds(t.db);
  const [row] = await queryRows<{ edition: string; evidence: string; other: string }>(
    t.db,
    sql`select (select id from seal_editions where current) as edition,
      (select e.id from seal_manual_evidence e join organizations o on o.id = e.organization_id
        where o.name = 'Familienzentrum Sonnenblume' and e.kind = 'document' order by e.created_at, e.id limit 1)
        as evidence,
      (select id from organizations where name = 'Familienzentrum Regenbogen') as other`,
  );
  if (!row?.edition || !row.evidence || !row.other) throw new Error('Musterstadt lacks seal records');
  seal = { edition: row.edition, evidence: row.evidence };
  const document = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
  reads = operationsOf(document).filter((op) => op.method === 'GET' && op.path.startsWith('/api/v1/seal/'));
  const admin = await buildUser(t.db, { isInstanceAdmin: true });
  cookies.lead = await t.signIn('leitung@fz-sonnenblume.example');
  cookies.partnerStaff = await t.signInAsNewMember('staff', ids.partner ?? '');
  cookies.otherCentreStaff = await t.signInAsNewMember('staff', row.other);
  cookies.planner = await t.signIn('planung@jugendamt-musterstadt.example');
  cookies.instanceAdmin = await t.signIn(admin.email);
}, 120_000);

function requestOf(op: Operation) {
  const base = baselineOf(ids, op);
  const id = op.path.startsWith('/api/v1/seal/editions/')
    ? seal.edition
    : op.path.startsWith('/api/v1/seal/evidence/')
      ? seal.evidence
      : ids.organization;
  const path = 'id' in base.path && id ? { ...base.path, id } : base.path;
  return urlOf(op, path, base.query);
}

describe('seal: who reads what (policy matrix)', () => {
  it('covers every read of the module, each in a cell of the matrix', () => {
    const paths = reads.map((op) => op.path);
    expect(paths.filter((path) => !levelOf({ method: 'GET', path, parameters: [] }))).toEqual([]);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/seal/centres',
        '/api/v1/seal/centres/{id}/self-check',
        '/api/v1/seal/evidence/{id}/file',
        '/api/v1/seal/overview',
        '/api/v1/seal/editions/current',
      ]),
    );
  });

  it('answers every actor as the matrix says', async () => {
    const mismatches: string[] = [];
    for (const op of reads) {
      const level = levelOf(op);
      if (!level || level === 'record') continue;
      for (const [actor, cells] of Object.entries(expected) as [ActorName, Record<Level, number>][]) {
        const cookie = cookies[actor];
        const res = await t.request({ method: 'GET', url: requestOf(op), ...(cookie && { cookie }) });
        if (res.statusCode !== cells[level]) {
          mismatches.push(`${op.path} as ${actor}: ${res.statusCode} (expected ${cells[level]})`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('shows badges to who reads the record, as its own module decides', async () => {
    const [row] = await queryRows<{ offering: string; agreement: string }>(
      t.db,
      sql`select (select o.id from offerings o join offering_organizers x on x.offering_id = o.id
                   join organizations c on c.id = x.organization_id
                  where c.name = 'Familienzentrum Sonnenblume' and '6.2' = any(o.seal_criteria)
                  order by o.id limit 1) as offering,
                 (select a.id from agreements a join agreement_parties p on p.agreement_id = a.id
                   join organizations c on c.id = any(array[p.organization_id] || p.facility_ids)
                  where c.name = 'Familienzentrum Sonnenblume' and a.status in ('signed', 'active')
                  order by a.id limit 1) as agreement`,
    );
    if (!row?.offering || !row.agreement) throw new Error('Musterstadt lacks a 6.2 offering or an agreement');
    const get = (query: string, cookie?: string) =>
      t.request({ method: 'GET', url: `/api/v1/seal/badges?${query}`, ...(cookie && { cookie }) });
    const offering = await get(`offeringId=${row.offering}`, cookies.lead);
    expect(offering.statusCode).toBe(200);
    expect(offering.json().items.map((i: { code: string }) => i.code)).toContain('6.2');
    const agreement = await get(`agreementId=${row.agreement}`, cookies.lead);
    expect(agreement.statusCode).toBe(200);
    expect(agreement.json().items.map((i: { code: string }) => i.code)).toContain('6.4');
    expect((await get(`agreementId=${row.agreement}`)).statusCode).toBe(401);
    expect((await get(`agreementId=${row.agreement}`, cookies.otherCentreStaff)).statusCode).toBe(404);
    expect(
      (await get(`offeringId=${row.offering}&agreementId=${row.agreement}`, cookies.lead)).statusCode,
    ).toBe(400);
  });
});
