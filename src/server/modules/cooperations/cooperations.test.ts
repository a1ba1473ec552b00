import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { auditLog } from '../audit/schema';
import { roomBookings, roomGrants } from '../rooms/schema';
import { buildRoom } from '../rooms/test-factories';
import { cooperationEvents, cooperations } from './schema';
import {
  addAssessment,
  addJointOffering,
  addSignedAgreement,
  buildCooperationWorld,
  type CooperationWorld,
  modelIdOf,
} from './test-world';

let t: TestApp;
let w: CooperationWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildCooperationWorld(t);
});

const get = (url: string, cookie?: string) => t.request({ method: 'GET', url, cookie });
const put = (id: string, payload: object, cookie: string) =>
  t.request({ method: 'PUT', url: `/api/v1/cooperations/${id}`, payload, cookie });

type Person = keyof CooperationWorld['people'];

describe('who sees a cooperation', () => {
  const matrix: [Person | 'anonymous', number, boolean][] = [
    ['centreStaff', 200, true],
    ['partnerStaff', 200, true],
    ['otherCentreLead', 404, false],
    ['planner', 200, true],
    ['plannerElsewhere', 404, false],
    ['instanceAdmin', 200, true],
    ['anonymous', 401, false],
  ];
  it.each(matrix)('%s: detail %i, in the list %s', async (person, status, listed) => {
    const cookie = person === 'anonymous' ? undefined : w.people[person];
    const detail = await get(`/api/v1/cooperations/${w.cooperationId}`, cookie);
    expect(detail.statusCode).toBe(status);
    const list = await get('/api/v1/cooperations', cookie);
    if (person === 'anonymous') {
      expect(list.statusCode).toBe(401);
      return;
    }
    expect(list.statusCode).toBe(200);
    const ids = list.json().items.map((i: { id: string }) => i.id);
    expect(ids.includes(w.cooperationId)).toBe(listed);
  });

  it('each side reads only its own notes; planners and admins read none', async () => {
    const centre = (await get(`/api/v1/cooperations/${w.cooperationId}`, w.people.centreStaff)).json();
    expect(centre.internalNotes).toContain('Frau Wolf');
    expect(centre.nextStep.text).toBe('Termin abstimmen');
    expect(centre).not.toHaveProperty('partnerNotes');
    const partner = (await get(`/api/v1/cooperations/${w.cooperationId}`, w.people.partnerStaff)).json();
    expect(partner).not.toHaveProperty('internalNotes');
    expect(partner).not.toHaveProperty('nextStep');
    expect(partner.partnerNotes).toBeNull();
    expect(JSON.stringify(partner)).not.toContain('Frau Wolf');
    for (const person of ['planner', 'instanceAdmin'] as const) {
      const body = (await get(`/api/v1/cooperations/${w.cooperationId}`, w.people[person])).json();
      expect(body).not.toHaveProperty('internalNotes');
      expect(body).not.toHaveProperty('partnerNotes');
      expect(body.permissions).toMatchObject({ changeModel: false, readCentreNotes: false });
    }
  });

  it('lists by organisation, status and model', async () => {
    const byPartner = await get(
      `/api/v1/cooperations?organizationId=${w.partner.id}`,
      w.people.instanceAdmin,
    );
    expect(byPartner.json().items).toHaveLength(1);
    expect(byPartner.json().items[0]).toMatchObject({
      centre: { name: 'Familienzentrum Sonnenblume' },
      partner: { name: 'Erziehungsberatungsstelle Musterstadt', kinds: [{ key: 'counselling' }] },
      status: 'active',
    });
    const paused = await get('/api/v1/cooperations?status=paused', w.people.centreStaff);
    expect(paused.json().items).toEqual([]);
    const referral = await modelIdOf(t, 'referral');
    const byModel = await get(`/api/v1/cooperations?modelId=${referral}`, w.people.centreStaff);
    expect(byModel.json().items).toEqual([]);
  });
});

describe('decisions', () => {
  it("shows the other side's decision only while it is shared", async () => {
    const { cooperationId } = w;
    await addAssessment(t, cooperationId, w.centre.id, { decision: 'go', hours: 4, shared: false });
    const partnerAssessment = await addAssessment(t, cooperationId, w.partner.id, {
      decision: 'not_now',
      hours: 2,
      shared: true,
    });
    const asCentre = (await get(`/api/v1/cooperations/${cooperationId}`, w.people.centreStaff)).json();
    expect(asCentre.decisions.centre).toMatchObject({ decision: 'go', hoursPerMonth: 4 });
    expect(asCentre.decisions.centre.assessmentId).not.toBeNull();
    expect(asCentre.decisions.partner).toMatchObject({
      decision: 'not_now',
      hoursPerMonth: 2,
      assessmentId: null,
    });
    const asPartner = (await get(`/api/v1/cooperations/${cooperationId}`, w.people.partnerStaff)).json();
    expect(asPartner.decisions.centre).toBeNull();
    expect(asPartner.decisions.partner.assessmentId).toBe(partnerAssessment.id);
    const asPlanner = (await get(`/api/v1/cooperations/${cooperationId}`, w.people.planner)).json();
    expect(asPlanner.decisions).toMatchObject({ centre: null, partner: { decision: 'not_now' } });
    expect(JSON.stringify(asPlanner)).not.toContain('Geheimer Text');
  });
});

describe('PUT /api/v1/cooperations/{id}', () => {
  it('changes the model (version 0 before the first write) and shows it on the timeline', async () => {
    const model = await modelIdOf(t, 'consultation_hour');
    const res = await put(w.cooperationId, { version: 0, modelId: model }, w.people.partnerLead);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ version: 1, model: { key: 'consultation_hour', typicalHoursPerMonth: 4 } });
    expect(body.timeline[0]).toMatchObject({
      kind: 'model_changed',
      title: 'Sprechstunde im Familienzentrum',
    });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, w.cooperationId));
    expect(audits.map((a) => a.action)).toContain('create');
  });

  it("keeps the partner's notes from the centre", async () => {
    const current = (await get(`/api/v1/cooperations/${w.cooperationId}`, w.people.partnerStaff)).json();
    const res = await put(
      w.cooperationId,
      { version: current.version, partnerNotes: 'Unsere Kapazität ist knapp.' },
      w.people.partnerStaff,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().partnerNotes).toBe('Unsere Kapazität ist knapp.');
    const asCentre = await get(`/api/v1/cooperations/${w.cooperationId}`, w.people.centreLead);
    expect(asCentre.body).not.toContain('Kapazität ist knapp');
    const modelByCentre = await put(
      w.cooperationId,
      { version: res.json().version, modelId: await modelIdOf(t, 'consultation_hour') },
      w.people.centreLead,
    );
    expect(modelByCentre.statusCode).toBe(200);
    const centreAudit = await t.db.select().from(auditLog).where(eq(auditLog.organizationId, w.centre.id));
    expect(JSON.stringify(centreAudit)).not.toContain('Kapazität ist knapp');
    const centreWrites = await put(
      w.cooperationId,
      { version: modelByCentre.json().version, partnerNotes: 'x' },
      w.people.centreLead,
    );
    expect(centreWrites.statusCode).toBe(403);
  });

  it('refuses staff, outsiders and planners a model change', async () => {
    const model = await modelIdOf(t, 'referral');
    const cases: [Person, number][] = [
      ['centreStaff', 403],
      ['otherCentreLead', 404],
      ['planner', 403],
      ['plannerElsewhere', 404],
    ];
    for (const [person, status] of cases) {
      expect((await put(w.cooperationId, { version: 2, modelId: model }, w.people[person])).statusCode).toBe(
        status,
      );
    }
  });

  it('bad input writes nothing: an unknown model is 422 naming modelId, a stale version 409', async () => {
    const before = await t.db.select().from(cooperations).where(eq(cooperations.id, w.cooperationId));
    const events = await t.db
      .select()
      .from(cooperationEvents)
      .where(eq(cooperationEvents.cooperationId, w.cooperationId));
    const unknown = await put(
      w.cooperationId,
      { version: before[0]?.version ?? 0, modelId: '00000000-0000-4000-8000-000000000000' },
      w.people.centreLead,
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('modelId');
    const stale = await put(
      w.cooperationId,
      { version: 1, modelId: await modelIdOf(t, 'referral') },
      w.people.centreLead,
    );
    expect(stale.statusCode).toBe(409);
    expect(await t.db.select().from(cooperations).where(eq(cooperations.id, w.cooperationId))).toEqual(
      before,
    );
    expect(
      await t.db.select().from(cooperationEvents).where(eq(cooperationEvents.cooperationId, w.cooperationId)),
    ).toHaveLength(events.length);
  });
});

describe('the timeline', () => {
  it('holds the status changes, an agreement, a joint offering and a model change, newest first', async () => {
    const agreement = await addSignedAgreement(t, w, 'Offene Sprechstunde der EB');
    const offering = await addJointOffering(t, w, 'Elterncafé mit Beratung');
    const res = await get(`/api/v1/cooperations/${w.cooperationId}`, w.people.centreStaff);
    const timeline: { at: string; kind: string; title: string; link: string | null }[] = res.json().timeline;
    const kinds = timeline.map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'status_changed',
        'model_changed',
        'agreement_created',
        'agreement_signed',
        'offering',
      ]),
    );
    expect(timeline.find((e) => e.kind === 'agreement_signed')).toMatchObject({
      title: 'Offene Sprechstunde der EB',
      link: `/vereinbarungen/${agreement.id}`,
    });
    expect(timeline.find((e) => e.kind === 'offering')?.link).toBe(`/angebote/verwalten/${offering.id}`);
    const times = timeline.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('rooms on the timeline', () => {
  it("shows the grant and a recent booking; the booking's title only to the two sides", async () => {
    const room = await buildRoom(t.db, { organizationId: w.centre.id, name: 'Beratungszimmer' });
    await t.db.insert(roomGrants).values({ roomId: room.id, organizationId: w.partner.id });
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    await t.db.insert(roomBookings).values({
      roomId: room.id,
      organizationId: w.partner.id,
      status: 'confirmed',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      blockedUntil: new Date(startsAt.getTime() + 3_600_000),
      title: 'Vertrauliche Elternberatung',
    });
    const timelineOf = async (cookie: string) =>
      (await get(`/api/v1/cooperations/${w.cooperationId}`, cookie)).json().timeline as {
        kind: string;
        title: string;
        link: string;
      }[];
    const asPartner = await timelineOf(w.people.partnerStaff);
    expect(asPartner.find((e) => e.kind === 'room_granted')).toMatchObject({
      title: 'Beratungszimmer',
      link: `/raeume/${room.id}`,
    });
    expect(asPartner.find((e) => e.kind === 'room_booking')?.title).toBe(
      'Vertrauliche Elternberatung (Beratungszimmer)',
    );
    const asPlanner = await timelineOf(w.people.planner);
    expect(asPlanner.find((e) => e.kind === 'room_booking')?.title).toBe('Beratungszimmer');
  });
});

describe('POST /api/v1/cooperations', () => {
  it("lets the partner's lead start one; a second start is 409 naming the existing one", async () => {
    const lead = await t.signInAsNewMember('lead', w.otherPartner.id);
    const payload = { centreId: w.otherCentre.id, partnerId: w.otherPartner.id };
    const res = await t.request({ method: 'POST', url: '/api/v1/cooperations', payload, cookie: lead });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'potential', version: 1 });
    const again = await t.request({ method: 'POST', url: '/api/v1/cooperations', payload, cookie: lead });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain(res.json().id);
  });

  it('is refused to staff (403) and checks the pair (422)', async () => {
    const payload = { centreId: w.centre.id, partnerId: w.otherPartner.id };
    const staff = await t.request({
      method: 'POST',
      url: '/api/v1/cooperations',
      payload,
      cookie: w.people.centreStaff,
    });
    expect(staff.statusCode).toBe(403);
    const notACentre = await t.request({
      method: 'POST',
      url: '/api/v1/cooperations',
      payload: { centreId: w.partner.id, partnerId: w.otherPartner.id },
      cookie: w.people.partnerLead,
    });
    expect(notACentre.statusCode).toBe(422);
    expect(notACentre.json().errors[0].path).toBe('centreId');
  });
});
