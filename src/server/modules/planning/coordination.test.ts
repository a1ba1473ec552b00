import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildRelationship } from '../../test/factories';
import { outbox } from '../outbox/schema';
import { buildCoordinationWorld, type CoordinationWorld, coordinationApi } from './coordination-test-world';
import { districtMessages, planningProposals } from './schema';

// Proposals of a cooperation model and messages to a district's centres (issue 18 §6): the planner proposes,
// both sides' leads are told by e-mail and answer at /proposals/{id} (not under /planning); the cooperation
// page's timeline shows the proposal; a district message reaches the leads of all its centres, kept with the
// number of centres and no addresses.
let t: TestApp;
let w: CoordinationWorld;
let api: ReturnType<typeof coordinationApi>;
let modelId: string;
let cooperationId: string;

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 1000 });
  w = await buildCoordinationWorld(t);
  api = coordinationApi(t);
  const models = await api('GET', '/cooperation-models', w.people.planner.cookie);
  modelId = models.json().items.find((m: { key: string }) => m.key === 'joint_offering').id;
  const { relationship } = await buildRelationship(t.db, {
    centreId: w.centres.nord1.id,
    partnerId: w.partner.id,
    status: 'potential',
  });
  cooperationId = relationship.id;
});

/** The outbox's ids now: `recipientsOf(mark)` names who got an e-mail since. */
const outboxMark = async () => new Set((await t.db.select({ id: outbox.id }).from(outbox)).map((m) => m.id));
const recipientsOf = async (mark: Set<string>) =>
  (await t.db.select().from(outbox))
    .filter((m) => !mark.has(m.id))
    .map((m) => (m.payload as { to: string }).to)
    .sort();

function proposalBody(overrides: object = {}) {
  return {
    municipalityId: w.municipality.id,
    centreId: w.centres.nord1.id,
    partnerId: w.partner.id,
    modelId,
    message: 'Ein gemeinsames Elterncafé im Nordviertel?',
    ...overrides,
  };
}

describe('proposals of a cooperation model', () => {
  it('both sides’ leads are told; a lead answers at /proposals/{id}; the planner hears; the timeline shows it', async () => {
    const since = await outboxMark();
    const made = await api('POST', '/planning/proposals', w.people.planner.cookie, proposalBody());
    expect(made.statusCode).toBe(201);
    const proposal = made.json();
    expect(proposal).toMatchObject({
      status: 'proposed',
      centre: { name: 'FZ Nord 1' },
      partner: { name: 'FBS Teststadt' },
      model: { name: 'Gemeinsames Angebot' },
      cooperationId,
      permissions: { answer: false, withdraw: true },
    });
    expect(await recipientsOf(since)).toEqual([w.people.nord1Lead.email, w.people.partnerLead.email].sort());

    const seen = await api('GET', `/proposals/${proposal.id}`, w.people.nord1Staff.cookie);
    expect(seen.json().permissions).toEqual({ answer: false, withdraw: false });
    expect((await api('GET', `/proposals/${proposal.id}`, w.people.suedLead.cookie)).statusCode).toBe(404);
    const byStaff = await api('PUT', `/proposals/${proposal.id}`, w.people.nord1Staff.cookie, {
      version: 1,
      answer: 'accepted',
    });
    expect(byStaff.statusCode).toBe(403);

    const answeredAt = await outboxMark();
    const accepted = await api('PUT', `/proposals/${proposal.id}`, w.people.partnerLead.cookie, {
      version: 1,
      answer: 'accepted',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2 });
    expect(await recipientsOf(answeredAt)).toEqual([w.people.nord1Lead.email, w.people.planner.email].sort());
    const again = await api('PUT', `/proposals/${proposal.id}`, w.people.nord1Lead.cookie, {
      version: 2,
      answer: 'declined',
    });
    expect(again.statusCode).toBe(409);

    const cooperation = await api('GET', `/cooperations/${cooperationId}`, w.people.nord1Lead.cookie);
    expect(
      cooperation.json().timeline.filter((e: { kind: string }) => e.kind === 'planning_proposal'),
    ).toMatchObject([
      { id: `planning_proposal:${proposal.id}`, title: 'Gemeinsames Angebot', status: 'accepted' },
    ]);
  });

  it('the planner withdraws an open one; bad input is 422 naming the fields and nothing written', async () => {
    const proposal = (
      await api('POST', '/planning/proposals', w.people.planner.cookie, proposalBody())
    ).json();
    const withdrawn = await api(
      'POST',
      `/planning/proposals/${proposal.id}/withdrawal`,
      w.people.planner.cookie,
      {
        version: 1,
      },
    );
    expect(withdrawn.json().status).toBe('withdrawn');
    const late = await api('PUT', `/proposals/${proposal.id}`, w.people.nord1Lead.cookie, {
      version: 2,
      answer: 'accepted',
    });
    expect(late.statusCode).toBe(409);

    const before = (await t.db.select().from(planningProposals)).length;
    const wrong = await api(
      'POST',
      '/planning/proposals',
      w.people.planner.cookie,
      proposalBody({ centreId: w.partner.id, partnerId: w.centres.sued.id, modelId: w.partner.id }),
      'en',
    );
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'centreId',
      'partnerId',
      'modelId',
    ]);
    expect(wrong.json().errors[0].message).toBe('Please choose a family centre of this municipality.');
    expect((await t.db.select().from(planningProposals)).length).toBe(before);
  });
});

describe('messages to all centres of a district', () => {
  it('reach the leads of every centre in the district, kept with the number of centres', async () => {
    const since = await outboxMark();
    const sent = await api('POST', '/planning/district-messages', w.people.planner.cookie, {
      municipalityId: w.municipality.id,
      districtId: w.districts.nord.id,
      subject: 'Sozialraumkonferenz Nord',
      body: 'Herzliche Einladung am 12. März.',
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ recipientCount: 2, district: { name: 'Nord' } });
    expect(await recipientsOf(since)).toEqual([w.people.nord1Lead.email, w.people.nord2Lead.email].sort());
    const list = await api(
      'GET',
      `/planning/district-messages?municipalityId=${w.municipality.id}`,
      w.people.planner.cookie,
    );
    expect(list.json().items.map((m: { subject: string }) => m.subject)).toEqual([
      'Sozialraumkonferenz Nord',
    ]);
    expect(JSON.stringify(list.json())).not.toContain('@');
  });

  it('bad input: a blank body 400, a district of another municipality 422; nothing sent', async () => {
    const before = (await t.db.select().from(districtMessages)).length;
    const mails = (await t.db.select().from(outbox)).length;
    const body = { municipalityId: w.municipality.id, districtId: w.districts.nord.id, subject: 'Hallo' };
    expect(
      (await api('POST', '/planning/district-messages', w.people.planner.cookie, { ...body, body: ' ' }))
        .statusCode,
    ).toBe(400);
    const elsewhere = await api('POST', '/planning/district-messages', w.people.planner.cookie, {
      ...body,
      body: 'Text',
      districtId: w.elsewhere.district.id,
    });
    expect(elsewhere.statusCode).toBe(422);
    expect(elsewhere.json().errors[0].path).toBe('districtId');
    expect((await t.db.select().from(districtMessages)).length).toBe(before);
    expect((await t.db.select().from(outbox)).length).toBe(mails);
    expect(
      await t.db
        .select()
        .from(districtMessages)
        .where(eq(districtMessages.districtId, w.elsewhere.district.id)),
    ).toEqual([]);
  });
});

describe('access to proposals and messages', () => {
  it('anonymous 401, centre lead and other planners 403 under /planning; planner and admin allowed', async () => {
    const who = {
      anonymous: '',
      nord1Lead: w.people.nord1Lead.cookie,
      plannerElsewhere: w.people.plannerElsewhere.cookie,
      planner: w.people.planner.cookie,
      admin: w.people.admin.cookie,
    };
    const statuses: Record<string, number[]> = {};
    for (const [name, cookie] of Object.entries(who)) {
      const open = (await api('POST', '/planning/proposals', w.people.planner.cookie, proposalBody())).json();
      statuses[name] = [
        (await api('GET', `/planning/proposals?municipalityId=${w.municipality.id}`, cookie)).statusCode,
        (await api('POST', '/planning/proposals', cookie, proposalBody())).statusCode,
        (await api('POST', `/planning/proposals/${open.id}/withdrawal`, cookie, { version: 1 })).statusCode,
        (await api('GET', `/planning/district-messages?municipalityId=${w.municipality.id}`, cookie))
          .statusCode,
        (
          await api('POST', '/planning/district-messages', cookie, {
            municipalityId: w.municipality.id,
            districtId: w.districts.sued.id,
            subject: 'Hallo',
            body: 'Text',
          })
        ).statusCode,
      ];
    }
    expect(statuses).toEqual({
      anonymous: [401, 401, 401, 401, 401],
      nord1Lead: [403, 403, 403, 403, 403],
      plannerElsewhere: [403, 403, 403, 403, 403],
      planner: [200, 201, 200, 200, 201],
      admin: [200, 201, 200, 200, 201],
    });
  });
});
