import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import {
  buildDistrict,
  buildMunicipality,
  buildOrganization,
  buildPartner,
  buildRelationship,
} from '../../test/factories';
import { todayInBerlin } from '../agreements/lifecycle';
import { agreementParties, agreements, agreementVersions } from '../agreements/schema';
import { offeringOrganizers, offeringSessions, offerings } from '../offerings/schema';

let t: TestApp;
const ids: Record<string, string> = {};
const cookies: Record<string, string> = {};
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const dayOf = (date: Date) => todayInBerlin(date);

/**
 * Musterstadt-like: district Nord with centres C1, C2 and partner P1 (counselling), district Süd with centre C3
 * and partner P2 (family education), P3 (counselling) in a neighbouring municipality.
 * C1–P1 active for 30 days; C2–P1 active 60–10 days ago, ended since; C3–P3 active (across the border);
 * C3–P2 an agreement in force for 20 days; C1+C2 a joint offering running from 5 days ago for 10 weeks.
 */
beforeAll(async () => {
  t = await buildTestApp();
  const db = t.db;
  const m = await buildMunicipality(db, { name: 'Graphstadt' });
  const other = await buildMunicipality(db, { name: 'Nachbarstadt' });
  const nord = await buildDistrict(db, { municipalityId: m.id, name: 'Nord' });
  const sued = await buildDistrict(db, { municipalityId: m.id, name: 'Süd' });
  const org = (name: string, districtId: string) =>
    buildOrganization(db, { municipalityId: m.id, districtId, name }).then((o) => o.id);
  ids.m = m.id;
  ids.other = other.id;
  ids.nord = nord.id;
  ids.sued = sued.id;
  ids.c1 = await org('FZ Eins', nord.id);
  ids.c2 = await org('FZ Zwei', nord.id);
  ids.c3 = await org('FZ Drei', sued.id);
  ids.c4 = await org('FZ Vier', sued.id);
  const partner = async (name: string, municipalityId: string, kinds: string[], districtId?: string) =>
    (await buildPartner(db, { municipalityId, name, kinds, ...(districtId && { districtId }) })).organization
      .id;
  ids.p1 = await partner('Beratung Nord', m.id, ['counselling'], nord.id);
  ids.p2 = await partner('Familienbildung Süd', m.id, ['family_education'], sued.id);
  ids.p3 = await partner('Beratung Nachbarstadt', other.id, ['counselling']);
  await buildRelationship(db, {
    centreId: ids.c1,
    partnerId: ids.p1,
    status: 'active',
    statusChangedAt: daysAgo(30),
  });
  await buildRelationship(db, {
    centreId: ids.c2,
    partnerId: ids.p1,
    history: ['active', 'ended'],
    statusChangedAt: daysAgo(10),
  });
  // history a day apart: active from 11 days ago; move it back to 60 days ago for a clearer window.
  await db.execute(
    sql`update relationship_status_changes set changed_at = ${daysAgo(60)} where status = 'active'
         and relationship_id = (select id from partner_relationships where centre_id = ${ids.c2}::uuid)`,
  );
  await buildRelationship(db, {
    centreId: ids.c3,
    partnerId: ids.p3,
    status: 'active',
    statusChangedAt: daysAgo(5),
  });
  const [agreement] = await db
    .insert(agreements)
    .values({
      reference: 'KV-GRAPH-1',
      title: 'Kooperation Süd',
      type: 'basic_cooperation',
      status: 'active',
      municipalityId: m.id,
      inForceVersion: 1,
      startDate: dayOf(daysAgo(20)),
    })
    .returning();
  if (!agreement) throw new Error('no agreement');
  await db.insert(agreementParties).values([
    { agreementId: agreement.id, position: 0, organizationId: ids.c3, facilityIds: [ids.c3] },
    { agreementId: agreement.id, position: 1, organizationId: ids.p2 },
  ]);
  await db.insert(agreementVersions).values({
    agreementId: agreement.id,
    number: 1,
    status: 'signed',
    sections: {} as never,
    signedAt: daysAgo(20),
  });
  const [offering] = await db
    .insert(offerings)
    .values({
      title: 'Elterncafé',
      format: 'open_cafe',
      status: 'running',
      municipalityId: m.id,
      leadOrganizationId: ids.c1,
      registration: {
        mode: 'none',
        phone: null,
        email: null,
        url: null,
        capacity: null,
        waitlistCount: null,
        note: null,
      },
    })
    .returning();
  if (!offering) throw new Error('no offering');
  await db.insert(offeringOrganizers).values([
    { offeringId: offering.id, organizationId: ids.c1, responsibilities: ['lead'] },
    { offeringId: offering.id, organizationId: ids.c2, responsibilities: ['room'] },
  ]);
  await db.insert(offeringSessions).values(
    [-5, 65].map((d) => ({
      offeringId: offering.id,
      startsAt: daysAgo(-d),
      endsAt: new Date(daysAgo(-d).getTime() + 2 * 3_600_000),
    })),
  );
  const jugendamt = await buildOrganization(db, {
    municipalityId: m.id,
    type: 'youth_office',
    name: 'Jugendamt',
  });
  const otherAmt = await buildOrganization(db, {
    municipalityId: other.id,
    type: 'youth_office',
    name: 'JA 2',
  });
  cookies.planner = await t.signInAsNewMember('planner', jugendamt.id);
  cookies.otherPlanner = await t.signInAsNewMember('planner', otherAmt.id);
  cookies.lead = await t.signInAsNewMember('lead', ids.c1);
});

const graph = (query: string, cookie = cookies.planner) =>
  t.request({ method: 'GET', url: `/api/v1/planning/graph?municipalityId=${ids.m}${query}`, cookie });

interface Body {
  nodes: {
    id: string;
    name: string;
    degree: number;
    component: number;
    external: boolean;
    outside: boolean;
  }[];
  edges: {
    source: string;
    target: string;
    cooperations: number;
    agreements: number;
    jointOfferings: number;
    weight: number;
  }[];
  metrics: {
    isolatedCentreIds: string[];
    partnersServingManyCentres: { id: string; centres: number }[];
    components: { count: number; sizes: number[]; unlinked: number };
  };
}
const edgeOf = (body: Body, x: string, y: string) =>
  body.edges.find((e) => [e.source, e.target].sort().join() === [x, y].sort().join());

describe('GET /planning/graph', () => {
  it('who may read it: anonymous 401, centre lead 403, planner of another municipality 403, unknown 404', async () => {
    expect((await graph('', '')).statusCode).toBe(401);
    expect((await graph('', cookies.lead)).statusCode).toBe(403);
    expect((await graph('', cookies.otherPlanner)).statusCode).toBe(403);
    const unknown = await t.request({
      method: 'GET',
      url: '/api/v1/planning/graph?municipalityId=00000000-0000-4000-8000-000000000000',
      cookie: cookies.planner,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('today: edges from cooperations, agreements and joint offerings, weighted, with the metrics', async () => {
    const res = await graph('');
    expect(res.statusCode).toBe(200);
    const body: Body = res.json();
    expect(edgeOf(body, ids.c1 ?? '', ids.p1 ?? '')).toMatchObject({ cooperations: 1, weight: 1 });
    expect(edgeOf(body, ids.c2 ?? '', ids.p1 ?? '')).toBeUndefined();
    expect(edgeOf(body, ids.c3 ?? '', ids.p2 ?? '')).toMatchObject({ agreements: 1, cooperations: 0 });
    expect(edgeOf(body, ids.c1 ?? '', ids.c2 ?? '')).toMatchObject({ jointOfferings: 1, weight: 1 });
    expect(body.nodes.find((n) => n.id === ids.p3)).toMatchObject({ external: true, degree: 1 });
    expect(body.metrics.isolatedCentreIds).toEqual([ids.c4]);
    // {C1, C2, P1}, {C3, P2, P3}; C4 alone
    expect(body.metrics.components).toEqual({ count: 2, sizes: [3, 3], unlinked: 1 });
    expect(JSON.stringify(body)).not.toMatch(/Elterncafé|Kooperation Süd/);
  });

  it('the state at an earlier day: what was active, signed and running then', async () => {
    const body: Body = (await graph(`&at=${dayOf(daysAgo(40))}`)).json();
    expect(edgeOf(body, ids.c2 ?? '', ids.p1 ?? '')).toMatchObject({ cooperations: 1 });
    expect(edgeOf(body, ids.c1 ?? '', ids.p1 ?? '')).toBeUndefined();
    expect(edgeOf(body, ids.c3 ?? '', ids.p2 ?? '')).toBeUndefined();
    expect(edgeOf(body, ids.c1 ?? '', ids.c2 ?? '')).toBeUndefined();
    expect(body.metrics.isolatedCentreIds.sort()).toEqual([ids.c1, ids.c3, ids.c4].sort());
  });

  it('filters by district (with the partners linked from outside) and by kind', async () => {
    const sued: Body = (await graph(`&districtId=${ids.sued}`)).json();
    expect(sued.nodes.map((n) => n.name).sort()).toEqual(
      ['Beratung Nachbarstadt', 'FZ Drei', 'FZ Vier', 'Familienbildung Süd'].sort(),
    );
    expect(sued.nodes.find((n) => n.id === ids.p3)?.outside).toBe(true);
    const counselling: Body = (await graph('&kind=counselling')).json();
    expect(counselling.nodes.some((n) => n.id === ids.p2)).toBe(false);
    expect(counselling.edges).toHaveLength(3);
  });

  it('bad input: 400 naming the parameter, in the language asked for', async () => {
    const tomorrow = dayOf(daysAgo(-1));
    const cases = [
      [`&at=${tomorrow}`, 'at'],
      ['&at=2026-02-30', 'at'],
      [`&districtId=${ids.other}`, 'districtId'],
      ['&kind=astrology', 'kind'],
    ] as const;
    for (const [query, path] of cases) {
      const res = await graph(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors[0].path).toContain(path);
    }
    const en = await t.request({
      method: 'GET',
      url: `/api/v1/planning/graph?municipalityId=${ids.m}&kind=astrology`,
      cookie: cookies.planner,
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().errors[0].message).toBe('There is no such partner kind.');
  });
});
