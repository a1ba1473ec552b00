import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMusterstadt } from '../../../../demo/load-musterstadt';
import { queryRows } from '../../db/client';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildMunicipality, buildOrganization } from '../../test/factories';
import { gapsOf } from './gaps';
import { overlapsOf } from './overlaps';

/**
 * The acceptance of issue 18 for gaps and overlaps, on Musterstadt's demo data: Südpark's only centre
 * (Regenbogen) has no active family-education cooperation, and recording one removes the gap; two
 * "Elterncafé" offerings for 0–3 on Tuesday mornings about 800 m apart overlap.
 */
let t: TestApp;
let municipalityId: string;
let planner: string;
const org = async (name: string) =>
  (await queryRows<{ id: string }>(t.db, sql`select id from organizations where name = ${name}`))[0]?.id ??
  '';

beforeAll(async () => {
  t = await buildTestApp();
  await loadMusterstadt(t.db, { now: new Date('2026-11-25T12:00:00Z') });
  const [m] = await queryRows<{ id: string }>(
    t.db,
    sql`select id from municipalities where name = 'Musterstadt'`,
  );
  municipalityId = m?.id ?? '';
  planner = await t.signIn('planung@jugendamt-musterstadt.example');
}, 180_000);

const get = (path: string, cookie?: string) =>
  t.request({ method: 'GET', url: `/api/v1/planning/${path}`, cookie });

describe('gaps', () => {
  it('shows Südpark without family education; an active cooperation there removes the gap', async () => {
    const regenbogen = await org('Familienzentrum Regenbogen');
    const [suedpark] = await queryRows<{ id: string }>(
      t.db,
      sql`select id from districts where name = 'Südpark'`,
    );
    const districtKey = `no-cooperation:family_education:district:${suedpark?.id}`;
    const centreKey = `no-cooperation:family_education:centre:${regenbogen}`;
    const res = await get(`gaps?municipalityId=${municipalityId}&year=2026`, planner);
    expect(res.statusCode, res.body).toBe(200);
    const gap = res.json().items.find((g: { key: string }) => g.key === districtKey);
    expect(gap).toMatchObject({
      type: 'no_cooperation',
      scope: 'district',
      district: { name: 'Südpark' },
      partnerKind: { key: 'family_education' },
      action: { type: 'find_partner', href: `/partner?kind=family_education&districtId=${suedpark?.id}` },
    });
    expect(res.json().items.map((g: { key: string }) => g.key)).toContain(centreKey);
    // St. Marien (Nordviertel) has one: neither the centre nor its district is a family-education gap.
    const keys = new Set((await gapsOf(t.db, municipalityId, { year: 2026 })).map((g) => g.key));
    expect(
      keys.has(`no-cooperation:family_education:centre:${await org('Kath. Familienzentrum St. Marien')}`),
    ).toBe(false);

    const lead = await t.signIn('leitung@fz-regenbogen.example');
    const partner = await org('AWO Familienbildungswerk');
    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/centres/${regenbogen}/relationships/${partner}`,
      cookie: lead,
      payload: { status: 'active' },
    });
    expect(put.statusCode, put.body).toBe(201);
    const after = (await get(`gaps?municipalityId=${municipalityId}&year=2026`, planner)).json();
    const afterKeys = after.items.map((g: { key: string }) => g.key);
    expect(afterKeys).not.toContain(districtKey);
    expect(afterKeys).not.toContain(centreKey);
    expect(afterKeys).toContain(
      `no-cooperation:family_education:centre:${await org('Familienzentrum Sonnenblume')}`,
    );
  });

  it('lists districts and centres without an offering for a target group in the period', async () => {
    const gaps = await gapsOf(t.db, municipalityId, { year: 2026, quarter: 4 });
    const heide = gaps.filter((g) => g.type === 'no_offering' && g.district?.name === 'Heide');
    // Heide has no family centre and no offering: every target group is missing there.
    expect(heide).toHaveLength(8);
    const sonnenblume = await org('Familienzentrum Sonnenblume');
    // Sonnenblume's Elterncafé runs in Q4 2026 (for 0–3), so 0–3 is no gap of the centre.
    expect(gaps.some((g) => g.key === `no-offering:age_0_3:centre:${sonnenblume}`)).toBe(false);
    expect(gaps.some((g) => g.key === `no-offering:fathers:centre:${sonnenblume}`)).toBe(true);
  });
});

describe('overlaps and matrix', () => {
  it('two Elterncafés for 0–3 on Tuesday mornings about 800 m apart are an overlap', async () => {
    const res = await get(`overlaps?municipalityId=${municipalityId}&year=2026&quarter=4`, planner);
    expect(res.statusCode, res.body).toBe(200);
    const pair = res
      .json()
      .items.find((o: { offerings: { title: string }[] }) =>
        o.offerings.every((x) => x.title.startsWith('Elterncafé')),
      );
    expect(pair).toBeDefined();
    expect(pair.format).toBe('open_cafe');
    expect(pair.targetGroups).toContain('age_0_3');
    expect(pair.distanceKm).toBeGreaterThan(0.7);
    expect(pair.distanceKm).toBeLessThan(0.9);
    expect(new Date(pair.first.startsAt).getUTCDay()).toBe(2);
    expect(pair.actions.map((a: { type: string }) => a.type)).toContain('contact_organization');
    // Regenbogen's Elterncafé at the same time is 2.5 km away in another district: no overlap.
    const titles = (await overlapsOf(t.db, municipalityId, { year: 2026 })).flatMap((o) =>
      o.offerings.map((x) => x.organization.name),
    );
    expect(titles).not.toContain('Familienzentrum Regenbogen');
  });

  it('the matrix shows each centre × priority kind', async () => {
    const res = await get(`matrix?municipalityId=${municipalityId}`, planner);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.kinds.map((k: { key: string }) => k.key).sort()).toEqual(['counselling', 'family_education']);
    expect(body.rows).toHaveLength(8);
    const marien = body.rows.find((r: { centre: { name: string } }) => r.centre.name.includes('St. Marien'));
    const education = marien.cells.find((c: { kind: string }) => c.kind === 'family_education');
    expect(education.active).toBe(true);
    expect(education.partners[0]).toMatchObject({ status: 'active' });
  });
});

describe('access and bad input', () => {
  it('401 anonymous, 403 centre lead and other planners, localised 400 for a bad year', async () => {
    const url = (path: string) => `${path}?municipalityId=${municipalityId}&year=2026`;
    const lead = await t.signIn('leitung@fz-sonnenblume.example');
    const other = await buildMunicipality(t.db);
    const office = await buildOrganization(t.db, { type: 'youth_office', municipalityId: other.id });
    const otherPlanner = await t.signInAsNewMember('planner', office.id);
    for (const path of ['gaps', 'overlaps', 'matrix']) {
      expect((await get(url(path))).statusCode, path).toBe(401);
      expect((await get(url(path), lead)).statusCode, path).toBe(403);
      expect((await get(url(path), otherPlanner)).statusCode, path).toBe(403);
    }
    const bad = await t.request({
      method: 'GET',
      url: `/api/v1/planning/gaps?municipalityId=${municipalityId}&year=20x6`,
      cookie: planner,
      headers: { 'accept-language': 'de' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Jahr');
  });
});
