import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { decisionsOf } from './decisions';
import { cooperationEvents } from './schema';
import { type AssessmentWorld, apiOf, buildAssessmentWorld } from './test-assessment-world';

let t: TestApp;
let w: AssessmentWorld;
let api: ReturnType<typeof apiOf>;

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildAssessmentWorld(t);
  api = apiOf(t);
});

const SECRET = 'Vertraulich: Personalengpass im Sommer';

describe('who may read and change an assessment', () => {
  let id: string;
  let version: number;

  beforeAll(async () => {
    const res = await api('POST', '/assessments', w.people.sonnenblumeLead, {
      cooperationId: w.cooperations.sonnenblumeEb,
      organizationId: w.sonnenblume.id,
      mandateFit: 4,
      mandateFitText: SECRET,
    });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    version = res.json().version;
  });

  it('members of the assessing organisation read it; everybody else gets 404 (401 without sign-in)', async () => {
    const expected: [keyof AssessmentWorld['people'] | 'anonymous', number][] = [
      ['sonnenblumeLead', 200],
      ['sonnenblumeStaff', 200],
      ['ebLead', 404],
      ['ebStaff', 404],
      ['regenbogenLead', 404],
      ['planner', 404],
      ['instanceAdmin', 404],
      ['anonymous', 401],
    ];
    for (const [who, status] of expected) {
      const cookie = who === 'anonymous' ? undefined : w.people[who];
      const get = await api('GET', `/assessments/${id}`, cookie);
      expect([who, get.statusCode]).toEqual([who, status]);
      const put = await api('PUT', `/assessments/${id}`, cookie, { version, risks: 'x' });
      expect([who, put.statusCode]).toEqual([who, status === 200 ? 200 : status]);
      if (put.statusCode === 200) version = put.json().version;
    }
  });

  it('permissions: members update, leads decide and share', async () => {
    const lead = (await api('GET', `/assessments/${id}`, w.people.sonnenblumeLead)).json();
    expect(lead.permissions).toEqual({ update: true, decide: true, share: true });
    expect(lead.current.mandateFitText).toBe(SECRET);
    const staff = (await api('GET', `/assessments/${id}`, w.people.sonnenblumeStaff)).json();
    expect(staff.permissions).toEqual({ update: true, decide: false, share: false });
  });

  it('a staff member may not record the decision nor share (403), but may save the texts', async () => {
    const decide = await api('PUT', `/assessments/${id}`, w.people.sonnenblumeStaff, {
      version,
      decision: 'go',
      decidedOn: '2026-12-07',
    });
    expect(decide.statusCode).toBe(403);
    expect(decide.json().detail).toContain('Leitung und Verwaltung');
    const share = await api('PUT', `/assessments/${id}`, w.people.sonnenblumeStaff, {
      version,
      isShared: true,
    });
    expect(share.statusCode).toBe(403);
    const text = await api('PUT', `/assessments/${id}`, w.people.sonnenblumeStaff, {
      version,
      familyBenefit: 5,
      familyBenefitText: 'Familien sparen Wege.',
    });
    expect(text.statusCode).toBe(200);
    version = text.json().version;
  });

  it('lists hold only the own organisations’ assessments, also for planners and instance admins', async () => {
    const url = `/assessments?cooperationId=${w.cooperations.sonnenblumeEb}`;
    const own = await api('GET', url, w.people.sonnenblumeStaff);
    expect(own.json().items.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(own.json().sides).toEqual([
      { id: w.sonnenblume.id, name: 'Familienzentrum Sonnenblume', role: 'centre', assessmentId: id },
    ]);
    for (const who of ['ebLead', 'planner', 'instanceAdmin'] as const) {
      const res = await api('GET', url, w.people[who]);
      expect([who, res.statusCode, res.json().items]).toEqual([who, 200, []]);
    }
    expect((await api('GET', url, w.people.planner)).json().cooperation).toBeNull();
    expect((await api('GET', url)).statusCode).toBe(401);
  });

  it('starting one: only for a side of the cooperation one belongs to; once per side (409 naming it)', async () => {
    const body = { cooperationId: w.cooperations.sonnenblumeEb, organizationId: w.sonnenblume.id };
    const again = await api('POST', '/assessments', w.people.sonnenblumeStaff, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain(id);
    expect((await api('POST', '/assessments', w.people.ebLead, body)).statusCode).toBe(403);
    expect((await api('POST', '/assessments', w.people.planner, body)).statusCode).toBe(403);
    expect((await api('POST', '/assessments', w.people.instanceAdmin, body)).statusCode).toBe(403);
    expect((await api('POST', '/assessments', undefined, body)).statusCode).toBe(401);
    const notASide = await api('POST', '/assessments', w.people.sonnenblumeLead, {
      cooperationId: w.cooperations.regenbogenEb,
      organizationId: w.sonnenblume.id,
    });
    expect(notASide.statusCode).toBe(422);
    expect(notASide.json().errors[0].path).toBe('organizationId');
    const unknown = await api('POST', '/assessments', w.people.ebLead, {
      cooperationId: '00000000-0000-4000-8000-000000000000',
      organizationId: w.eb.id,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('cooperationId');
  });

  it('the audit trail, which instance admins read, holds no texts', async () => {
    const res = await api('GET', `/audit?entityId=${id}`, w.people.instanceAdmin);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.json())).not.toContain('Vertraulich');
    expect(JSON.stringify(res.json())).not.toContain('Familien sparen');
  });
});

describe('history', () => {
  it('keeps every revision across three saves, newest first, with who saved and decided', async () => {
    const created = await api('POST', '/assessments', w.people.ebStaff, {
      cooperationId: w.cooperations.sonnenblumeEb,
      organizationId: w.eb.id,
      risks: 'Wartezeiten',
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    let version = created.json().version;
    const saves = [
      { who: w.people.ebStaff, body: { hours: { delivery: 2 } } },
      { who: w.people.ebLead, body: { decision: 'not_now', decidedOn: '2026-12-01' } },
      { who: w.people.ebStaff, body: { hours: { travel: 0.5 }, risks: 'Wartezeiten, Anfahrt' } },
    ];
    for (const save of saves) {
      const res = await api('PUT', `/assessments/${id}`, save.who, { version, ...save.body });
      expect(res.statusCode).toBe(200);
      version = res.json().version;
    }
    const body = (await api('GET', `/assessments/${id}`, w.people.ebStaff)).json();
    expect(body.history.map((r: { number: number }) => r.number)).toEqual([4, 3, 2, 1]);
    expect(body.history.map((r: { risks: string }) => r.risks)).toEqual([
      'Wartezeiten, Anfahrt',
      'Wartezeiten',
      'Wartezeiten',
      'Wartezeiten',
    ]);
    expect(body.history.map((r: { decision: string | null }) => r.decision)).toEqual([
      'not_now',
      'not_now',
      null,
      null,
    ]);
    expect(body.current).toMatchObject({
      number: 4,
      hours: { preparation: 0, delivery: 2, coordination: 0, travel: 0.5 },
      hoursPerMonth: 2.5,
      decidedOn: '2026-12-01',
    });
    // The decision stays the lead's though the staff member saved afterwards.
    expect(body.current.decidedBy.id).toBe(body.history[1].createdBy.id);
    expect(body.current.createdBy.id).not.toBe(body.current.decidedBy.id);
    expect(body.otherSide.name).toBe('Familienzentrum Sonnenblume');
  });
});

describe('acceptance: each side sees only its own text, the other side the shared decision', () => {
  it('Sonnenblume records "go" with 4 h/month and shares it; the EB says "not now" to Regenbogen', async () => {
    const go = await api('POST', '/assessments', w.people.sonnenblumeLead, {
      cooperationId: w.cooperations.sonnenblumeEb,
      organizationId: w.sonnenblume.id,
    });
    // Sonnenblume started its assessment above: continue that one.
    expect(go.statusCode).toBe(409);
    const list = await api(
      'GET',
      `/assessments?organizationId=${w.sonnenblume.id}`,
      w.people.sonnenblumeLead,
    );
    const [mine] = list.json().items;
    const saved = await api('PUT', `/assessments/${mine.id}`, w.people.sonnenblumeLead, {
      version: mine.version,
      hours: { preparation: 1, delivery: 2, coordination: 0.5, travel: 0.5 },
      decision: 'go',
      decidedOn: '2026-12-07',
      reviewOn: '2027-06-30',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().current.decidedBy).not.toBeNull();

    // Not shared yet: the EB sees only its own side.
    const hidden = await decisionsOf(t.db, [w.cooperations.sonnenblumeEb], [w.eb.id]);
    expect(hidden.get(w.cooperations.sonnenblumeEb)?.map((d) => d.organizationId)).toEqual([w.eb.id]);

    const shared = await api('PUT', `/assessments/${mine.id}`, w.people.sonnenblumeLead, {
      version: saved.json().version,
      isShared: true,
    });
    expect(shared.statusCode).toBe(200);
    const seen = await decisionsOf(t.db, [w.cooperations.sonnenblumeEb], [w.eb.id]);
    const theirs = seen.get(w.cooperations.sonnenblumeEb)?.find((d) => d.organizationId === w.sonnenblume.id);
    expect(theirs).toEqual({
      organizationId: w.sonnenblume.id,
      assessmentId: null,
      decision: 'go',
      decidedOn: '2026-12-07',
      hoursPerMonth: 4,
      isShared: true,
      reviewOn: null,
    });
    // Planners and instance admins see the shared decision, never the texts.
    const planners = await decisionsOf(t.db, [w.cooperations.sonnenblumeEb], []);
    expect(planners.get(w.cooperations.sonnenblumeEb)?.map((d) => d.decision)).toEqual(['go']);

    const events = await t.db
      .select()
      .from(cooperationEvents)
      .where(eq(cooperationEvents.cooperationId, w.cooperations.sonnenblumeEb));
    expect(events.map((e) => [e.kind, e.details])).toEqual([
      ['decision_shared', { decision: 'go', decidedOn: '2026-12-07', hoursPerMonth: 4 }],
    ]);

    const notNow = await api('POST', '/assessments', w.people.ebLead, {
      cooperationId: w.cooperations.regenbogenEb,
      organizationId: w.eb.id,
      mandateBenefitText: 'Kein freier Termin bis Sommer',
      decision: 'not_now',
      decidedOn: '2026-12-07',
    });
    expect(notNow.statusCode).toBe(201);
    const regenbogenView = await decisionsOf(t.db, [w.cooperations.regenbogenEb], [w.regenbogen.id]);
    expect(regenbogenView.get(w.cooperations.regenbogenEb)).toBeUndefined();
    await api('PUT', `/assessments/${notNow.json().id}`, w.people.ebLead, {
      version: notNow.json().version,
      isShared: true,
    });
    const afterShare = await decisionsOf(t.db, [w.cooperations.regenbogenEb], [w.regenbogen.id]);
    expect(afterShare.get(w.cooperations.regenbogenEb)?.map((d) => d.decision)).toEqual(['not_now']);

    // Each reads only its own text.
    const ebReads = await api('GET', `/assessments/${mine.id}`, w.people.ebLead);
    expect(ebReads.statusCode).toBe(404);
    const regenbogenReads = await api('GET', `/assessments/${notNow.json().id}`, w.people.regenbogenLead);
    expect(regenbogenReads.statusCode).toBe(404);
    const ebList = await api('GET', '/assessments', w.people.ebLead);
    expect(JSON.stringify(ebList.json())).not.toContain(SECRET);
  });

  it('withdrawing the sharing hides the decision again and is on the timeline', async () => {
    const list = await api(
      'GET',
      `/assessments?organizationId=${w.sonnenblume.id}`,
      w.people.sonnenblumeLead,
    );
    const [mine] = list.json().items;
    const res = await api('PUT', `/assessments/${mine.id}`, w.people.sonnenblumeLead, {
      version: mine.version,
      isShared: false,
    });
    expect(res.statusCode).toBe(200);
    const seen = await decisionsOf(t.db, [w.cooperations.sonnenblumeEb], [w.eb.id]);
    expect(seen.get(w.cooperations.sonnenblumeEb)?.map((d) => d.organizationId)).toEqual([w.eb.id]);
    const events = await t.db
      .select({ kind: cooperationEvents.kind, details: cooperationEvents.details })
      .from(cooperationEvents)
      .where(eq(cooperationEvents.cooperationId, w.cooperations.sonnenblumeEb));
    expect(events.map((e) => e.kind).sort()).toEqual(['decision_shared', 'sharing_withdrawn']);
  });
});
