import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildDistrict, buildOrganization, buildPartner, buildRelationship } from '../../test/factories';
import { type AgreementWorld, buildAgreementWorld } from '../agreements/test-factories';
import { currentMonthStart, monthsFrom } from './capacity-derivation';
import { capacityApi } from './test-capacity';

let t: TestApp;
let w: AgreementWorld;
let h: ReturnType<typeof capacityApi>;
const months = monthsFrom(currentMonthStart());
const thisMonth = months[0] ?? '';

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildAgreementWorld(t);
  h = capacityApi(t);
});

type Month = {
  month: string;
  districtId: string | null;
  available: number | null;
  committed: number;
  planned: number;
  isOver: boolean;
};

async function viewOf(organizationId: string, cookie: string) {
  const res = await h.api('GET', `/organizations/${organizationId}/capacity`, cookie);
  expect(res.statusCode).toBe(200);
  return res.json() as {
    version: number;
    months: Month[];
    items: { kind: string; path: string; title: string; months: { month: string; hours: number }[] }[];
  };
}

const monthIn = (view: { months: Month[] }, month: string, districtId: string | null = null) =>
  view.months.find((m) => m.month === month && m.districtId === districtId);

async function setCapacity(organizationId: string, cookie: string, periods: object[]) {
  const { version } = await viewOf(organizationId, cookie);
  const res = await h.api('PUT', `/organizations/${organizationId}/capacity`, cookie, {
    version,
    mandate: { text: 'Beratung', areas: ['educational_counselling'] },
    periods,
  });
  expect(res.statusCode).toBe(200);
}

describe('acceptance: the EB has 20 h/month for district Nord', () => {
  it('signing an agreement that takes it to 24 warns with the month and 24/20; the views show it over', async () => {
    await setCapacity(w.counselling.id, w.people.counsellingLead, [
      { validFrom: '2026-01-01', validTo: null, districtId: w.district.id, hoursPerMonth: 20, note: 'Nord' },
    ]);
    const ready = await h.readyAgreement(w, 24);

    // Asked before: as if signed now, with the figures for the EB's own lead.
    const check = await h.api('POST', '/capacity-checks', w.people.counsellingLead, {
      kind: 'agreement',
      agreementId: ready.id,
    });
    expect(check.statusCode).toBe(200);
    expect(check.json().capacityWarnings[0]).toMatchObject({
      organizationId: w.counselling.id,
      month: thisMonth,
      districtId: w.district.id,
      availableHours: 20,
      committedHours: 24,
      totalHours: 24,
    });

    // Signed by Sonnenblume's lead, who may not read the EB's capacity: name and month only.
    const signed = await h.sign(w, ready);
    const warning = signed.capacityWarnings.find(
      (c: { organizationId: string; month: string }) =>
        c.organizationId === w.counselling.id && c.month === thisMonth,
    );
    expect(warning).toMatchObject({
      organizationName: w.counselling.name,
      districtName: w.district.name,
      availableHours: null,
      totalHours: null,
    });
    expect(
      signed.capacityWarnings.filter(
        (c: { organizationId: string }) => c.organizationId === w.counselling.id,
      ),
    ).toHaveLength(12);

    const view = await viewOf(w.counselling.id, w.people.counsellingLead);
    expect(monthIn(view, thisMonth, w.district.id)).toMatchObject({
      available: 20,
      committed: 24,
      isOver: true,
    });
    expect(view.items).toContainEqual(
      expect.objectContaining({
        kind: 'agreement',
        path: `/vereinbarungen/${ready.id}`,
        months: expect.arrayContaining([{ month: thisMonth, hours: 24 }]),
      }),
    );

    const overview = await h.api('GET', `/capacity?municipalityId=${w.municipalityId}`, w.people.planner);
    const eb = overview
      .json()
      .items.find((o: { organizationId: string }) => o.organizationId === w.counselling.id);
    expect(eb).toMatchObject({ isOverCommitted: true });
    expect(eb.monthsOver).toContain(thisMonth);
    expect(JSON.stringify(overview.json())).not.toContain('Sprechstunde');
  });

  it('a "go" is planned from its month; hours of a district without its own row count against the row without', async () => {
    const south = await buildDistrict(t.db, { municipalityId: w.municipalityId, name: 'Süd' });
    const southCentre = await buildOrganization(t.db, {
      municipalityId: w.municipalityId,
      districtId: south.id,
    });
    await setCapacity(w.counselling.id, w.people.counsellingLead, [
      { validFrom: '2026-01-01', validTo: null, districtId: w.district.id, hoursPerMonth: 20, note: null },
      { validFrom: '2026-01-01', validTo: null, districtId: null, hoursPerMonth: 5, note: null },
    ]);
    const later = months[3] ?? '';
    await h.goDecision({
      centreId: southCentre.id,
      partnerId: w.counselling.id,
      organizationId: w.counselling.id,
      hours: 3,
      on: `${later}-10`,
    });
    const view = await viewOf(w.counselling.id, w.people.counsellingLead);
    expect(monthIn(view, thisMonth, null)).toMatchObject({ available: 5, committed: 0, planned: 0 });
    expect(monthIn(view, later, null)).toMatchObject({ available: 5, planned: 3, isOver: false });
    expect(monthIn(view, later, w.district.id)).toMatchObject({ available: 20, committed: 24, isOver: true });

    // A "go" of 4 h for Regenbogen (Nord) would add to the months already over (not for Sonnenblume: the
    // signed agreement between the two makes a "go" there count no more).
    const { relationship } = await buildRelationship(t.db, {
      centreId: w.regenbogen.id,
      partnerId: w.counselling.id,
    });
    const check = await h.api('POST', '/capacity-checks', w.people.counsellingLead, {
      kind: 'assessment',
      cooperationId: relationship.id,
      organizationId: w.counselling.id,
      hoursPerMonth: 4,
      from: `${later}-01`,
    });
    expect(check.statusCode).toBe(200);
    expect(check.json().capacityWarnings[0]).toMatchObject({
      month: later,
      committedHours: 24,
      plannedHours: 4,
      totalHours: 28,
    });
    expect(check.json().capacityWarnings.map((c: { month: string }) => c.month)).not.toContain(thisMonth);

    // Recording that "go" answers with the same warnings.
    const recorded = await h.api('POST', '/assessments', w.people.counsellingLead, {
      cooperationId: relationship.id,
      organizationId: w.counselling.id,
      hours: { delivery: 4 },
      decision: 'go',
      decidedOn: `${later}-01`,
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json().capacityWarnings[0]).toMatchObject({ month: later, totalHours: 28 });
  });
});

describe('hours from offerings', () => {
  it('sessions of an agreed offering are committed, of a proposed one planned; consenting warns', async () => {
    const { organization: partner } = await buildPartner(t.db, { municipalityId: w.municipalityId });
    const partnerLead = await t.signInAsNewMember('lead', partner.id);
    await setCapacity(partner.id, partnerLead, [
      { validFrom: '2026-01-01', validTo: null, districtId: null, hoursPerMonth: 10, note: null },
    ]);
    const [m1, m2] = [months[1] ?? '', months[2] ?? ''];
    await h.offeringWithSessions({
      municipalityId: w.municipalityId,
      lead: w.sonnenblume.id,
      staff: partner.id,
      status: 'agreed',
      days: [`${m1}-05`, `${m1}-12`],
      hours: 2,
    });
    const proposed = await h.offeringWithSessions({
      municipalityId: w.municipalityId,
      lead: w.sonnenblume.id,
      staff: partner.id,
      status: 'proposed',
      days: [`${m2}-03`, `${m2}-10`, `${m2}-17`, `${m2}-24`],
      hours: 3,
    });
    const view = await viewOf(partner.id, partnerLead);
    expect(monthIn(view, m1)).toMatchObject({ available: 10, committed: 4, planned: 0 });
    expect(monthIn(view, m2)).toMatchObject({ available: 10, committed: 0, planned: 12, isOver: true });
    expect(view.items.map((i) => i.kind).sort()).toEqual(['offering', 'offering']);

    const consent = await h.api('POST', `/offerings/${proposed}/consents`, partnerLead, {
      round: 1,
      organizationId: partner.id,
    });
    expect(consent.statusCode).toBe(201);
    expect(consent.json().capacityWarnings).toEqual([
      expect.objectContaining({
        organizationId: partner.id,
        month: m2,
        availableHours: 10,
        committedHours: 12,
        plannedHours: 0,
        totalHours: 12,
      }),
    ]);
  });
});
