import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildOrganization, buildRelationship } from '../../test/factories';
import type { SelfCheck } from './schemas';
import { AT, buildSealWorld, type SealWorld } from './test-factories';

/** The self-check (issue 19 §3–4): evidence of each kind, warnings, gaps with steps, access. */

let t: TestApp;
let w: SealWorld;
let leadCookie: string;

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildSealWorld(t);
  leadCookie = await t.signIn(w.lead.email);
}, 60_000);

async function selfCheck(cookie: string, id: string, query = `?at=${AT}`, locale = 'de') {
  const res = await t.request({
    method: 'GET',
    url: `/api/v1/seal/centres/${id}/self-check${query}`,
    cookie,
    headers: { 'accept-language': locale },
  });
  return { status: res.statusCode, body: res.json() as SelfCheck };
}

const criterion = (check: SelfCheck, code: string) => {
  const found = check.areas.flatMap((a) => a.criteria).find((c) => c.code === code);
  if (!found) throw new Error(`no criterion ${code}`);
  return found;
};

describe('GET /seal/centres/{id}/self-check', () => {
  it('counts each kind of evidence for its criteria and leaves the others open', async () => {
    const { status, body } = await selfCheck(leadCookie, w.centre.id);
    expect(status).toBe(200);
    expect(body.subject).toMatchObject({ id: w.centre.id, type: 'family_centre' });
    expect(body.edition.key).toBe('2020');
    expect(body.reviewPeriod).toEqual({ year: 2026, from: '2026-01-01', to: '2026-12-31' });
    expect(body.areas).toHaveLength(8);
    expect(criterion(body, '6.2').evidence.map((e) => e.id)).toEqual([w.inPeriod.id]);
    expect(criterion(body, '6.1').evidence.map((e) => e.id)).toEqual([w.inForce.id]);
    expect(criterion(body, '6.4').met).toBe(true);
    expect(criterion(body, '6.5').evidence[0]).toMatchObject({
      kind: 'room',
      title: 'Gruppenraum für EB Sealstadt',
    });
    expect(criterion(body, '7.1').evidence[0]).toMatchObject({
      kind: 'note',
      id: w.note?.id,
      hasFile: false,
    });
    // In contact with the family education centre is not an active cooperation; no minutes uploaded.
    expect(criterion(body, '6.3').met).toBe(false);
    expect(criterion(body, '6.6').met).toBe(false);
    const area6 = body.areas.find((a) => a.number === 6);
    expect(area6).toMatchObject({ basicMet: 3, advancedMet: 1, met: false });
    expect(body.summary.criteriaMet).toBe(body.areas.flatMap((a) => a.criteria).filter((c) => c.met).length);
    expect(body.permissions).toEqual({ manageCycle: true, addEvidence: true, downloadBundle: true });
  });

  it('lists area 6’s gaps with a step and a link', async () => {
    const { body } = await selfCheck(leadCookie, w.centre.id);
    const gaps = body.missing.filter((g) => g.area === 6);
    expect(gaps.map((g) => g.code)).toEqual(['6.3', '6.6']);
    expect(gaps[0]).toMatchObject({
      message: 'Keine aktive Kooperation mit: Familienbildung',
      step: 'Familienbildung im Partnerverzeichnis suchen',
      link: '/partner?kind=family_education',
    });
    expect(gaps[1]?.step).toBe('Protokoll oder Nachweis hochladen');
  });

  it('warns of the ended agreement, the offering outside the period and evidence ending before the due date', async () => {
    const { body } = await selfCheck(leadCookie, w.centre.id);
    const ended = body.warnings.find((x) => x.kind === 'agreementEnded');
    expect(ended).toMatchObject({ link: `/vereinbarungen/${w.ended.id}` });
    expect(ended?.message).toContain('30.06.2025');
    expect(ended?.criteria).toEqual(expect.arrayContaining(['6.1', '6.4']));
    expect(
      body.areas
        .flatMap((a) => a.criteria)
        .flatMap((c) => c.evidence)
        .map((e) => e.id),
    ).not.toContain(w.ended.id);
    expect(body.warnings.find((x) => x.kind === 'offeringOutsidePeriod')).toMatchObject({
      criteria: ['2.1'],
      link: `/angebote/verwalten/${w.outside.id}`,
    });
    expect(criterion(body, '6.1').evidence[0]?.expiresBeforeDue).toBe(true);
    expect(body.warnings.some((x) => x.kind === 'expiresBeforeDue' && x.message.includes('31.12.2026'))).toBe(
      true,
    );
  });

  it('answers in English when asked', async () => {
    const { body } = await selfCheck(leadCookie, w.centre.id, `?at=${AT}`, 'en');
    expect(body.missing.find((g) => g.code === '6.3')?.step).toBe(
      'Search the partner directory for Family education',
    );
  });

  it('closes 6.3 once the cooperation with the family education centre is active', async () => {
    const other = await buildOrganization(t.db, {
      municipalityId: w.m.id,
      name: 'Familienzentrum Kleeblatt',
    });
    await buildRelationship(t.db, {
      centreId: other.id,
      partnerId: w.bildung.id,
      status: 'active',
      statusChangedAt: new Date('2026-03-01T10:00:00Z'),
    });
    // Another centre's cooperation is not this centre's evidence.
    expect(criterion((await selfCheck(leadCookie, w.centre.id)).body, '6.3').met).toBe(false);
    const mine = await buildSealWorld(t);
    // The relationship in contact since 2024 becomes active on 1 March 2026, as the directory records it.
    await t.db.execute(sql`with r as (
        update partner_relationships set status = 'active', status_changed_at = '2026-03-01T10:00:00Z'
         where centre_id = ${mine.centre.id} and partner_id = ${mine.bildung.id} returning id)
      insert into relationship_status_changes (relationship_id, status, changed_at)
      select id, 'active', '2026-03-01T10:00:00Z' from r`);
    const cookie = await t.signIn(mine.lead.email);
    const before = (await selfCheck(cookie, mine.centre.id, '?at=2026-02-01')).body;
    expect(criterion(before, '6.3').met).toBe(false);
    const after = (await selfCheck(cookie, mine.centre.id)).body;
    expect(criterion(after, '6.3').evidence[0]).toMatchObject({
      kind: 'cooperation',
      title: 'FBS Sealstadt',
      from: '2026-03-01',
    });
    expect(after.missing.map((g) => g.code)).not.toContain('6.3');
  });

  it('refuses outsiders: 401 anonymous, 403 for another centre’s lead and a partner, 404 for a non-subject', async () => {
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/seal/centres/${w.centre.id}/self-check` })).statusCode,
    ).toBe(401);
    const other = await buildOrganization(t.db, { municipalityId: w.m.id });
    expect((await selfCheck(await t.signInAsNewMember('lead', other.id), w.centre.id)).status).toBe(403);
    expect((await selfCheck(await t.signInAsNewMember('staff', w.beratung.id), w.centre.id)).status).toBe(
      403,
    );
    expect((await selfCheck(leadCookie, w.beratung.id)).status).toBe(404);
    expect((await selfCheck(leadCookie, w.centre.id, '?at=2026-13-01')).status).toBe(400);
  });

  it('checks a centre within its Verbund when only the Verbund has a cycle', async () => {
    const verbund = await buildOrganization(t.db, {
      municipalityId: w.m.id,
      type: 'network',
      name: 'Verbund Nord',
    });
    const member = await buildOrganization(t.db, {
      municipalityId: w.m.id,
      name: 'FZ Nord',
      networkId: verbund.id,
    });
    const cookie = await t.signInAsNewMember('staff', member.id);
    const alone = (await selfCheck(cookie, member.id)).body;
    expect(alone.subject.id).toBe(member.id);
    expect(alone.cycle).toBeNull();
    await t.db.execute(sql`insert into seal_cycles (organization_id, edition_id, certified_on, valid_until, review_year)
       values (${verbund.id}, ${alone.edition.id}, '2024-01-01', '2028-01-01', 2027)`);
    const within = (await selfCheck(cookie, member.id)).body;
    expect(within.subject).toMatchObject({ id: verbund.id, type: 'network' });
    expect(within.subject.facilities.map((f) => f.id)).toEqual([verbund.id, member.id]);
    expect(within.reviewPeriod.year).toBe(2027);
    expect(within.permissions.manageCycle).toBe(false);
  });
});

describe('GET /seal/centres', () => {
  it('lists the subjects the caller reads', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/seal/centres', cookie: leadCookie });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      { id: w.centre.id, name: w.centre.name, type: 'family_centre', network: null },
    ]);
    const partner = await t.signInAsNewMember('staff', w.beratung.id);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/seal/centres', cookie: partner })).json().items,
    ).toEqual([]);
    expect((await t.request({ method: 'GET', url: '/api/v1/seal/centres' })).statusCode).toBe(401);
  });
});
