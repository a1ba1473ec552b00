import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { assessmentRevisions, assessments, cooperationEvents } from './schema';
import { type AssessmentWorld, apiOf, buildAssessmentWorld } from './test-assessment-world';

let t: TestApp;
let w: AssessmentWorld;
let api: ReturnType<typeof apiOf>;
let id: string;
let version: number;
let scaleQuestion: string;
let textQuestion: string;

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildAssessmentWorld(t);
  api = apiOf(t);
  const questions = await api('GET', `/organizations/${w.eb.id}/assessment-questions`, w.people.ebLead);
  const put = await api('PUT', `/organizations/${w.eb.id}/assessment-questions`, w.people.ebLead, {
    version: questions.json().version,
    questions: [
      { kind: 'scale', label: 'Passt es zu unseren Öffnungszeiten?' },
      { kind: 'text', label: 'Welche Sprachen braucht es?' },
    ],
  });
  expect(put.statusCode).toBe(200);
  [scaleQuestion, textQuestion] = put.json().items.map((q: { id: string }) => q.id);
  const res = await api('POST', '/assessments', w.people.ebLead, {
    cooperationId: w.cooperations.sonnenblumeEb,
    organizationId: w.eb.id,
    hours: { delivery: 4 },
  });
  expect(res.statusCode).toBe(201);
  id = res.json().id;
  version = res.json().version;
});

/** Everything an assessment write touches: the row, its revisions, the timeline, the trail. */
async function snapshot() {
  const [row] = await t.db.select().from(assessments).where(eq(assessments.id, id));
  const revisions = await t.db
    .select()
    .from(assessmentRevisions)
    .where(eq(assessmentRevisions.assessmentId, id));
  const [events] = await t.db.select({ n: count() }).from(cooperationEvents);
  const [all] = await t.db.select({ n: count() }).from(assessments);
  const trail = await api('GET', `/audit?entityId=${id}`, w.people.instanceAdmin);
  return { row, revisions, events: events?.n, assessments: all?.n, trail: trail.json().items.length };
}

const save = (body: object, cookie = w.people.ebLead, lang = 'de') =>
  api('PUT', `/assessments/${id}`, cookie, { version, ...body }, lang);

describe('bad input gets a problem naming the field and writes nothing', () => {
  const cases: [string, object, number, string][] = [
    ['negative hours', { hours: { preparation: -1 } }, 400, 'hours.preparation'],
    ['more than one decimal', { hours: { travel: 0.25 } }, 400, 'hours.travel'],
    ['one field over a month', { hours: { delivery: 745 } }, 400, 'hours.delivery'],
    ['more hours than a month has', { hours: { preparation: 400, delivery: 400 } }, 422, 'hours'],
    ['a scale of 6', { mandateFit: 6 }, 400, 'mandateFit'],
    ['a decision without a date', { decision: 'go' }, 422, 'decidedOn'],
    ['a decision with its date cleared', { decision: 'no', decidedOn: null }, 422, 'decidedOn'],
    ['an unknown decision', { decision: 'maybe', decidedOn: '2026-12-07' }, 400, 'decision'],
    ['a date that is none', { reviewOn: '2026-02-30' }, 400, 'reviewOn'],
  ];
  for (const [name, body, status, path] of cases) {
    it(name, async () => {
      const before = await snapshot();
      const res = await save(body);
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await snapshot()).toEqual(before);
    });
  }

  it('more hours than a month has names the total, in English too', async () => {
    const res = await save(
      { hours: { preparation: 300, delivery: 300, travel: 200 } },
      w.people.ebLead,
      'en',
    );
    expect(res.json().errors).toEqual([
      { path: 'hours', message: 'Together 800 hours: more hours than a month has (at most 744).' },
    ]);
  });

  it('answers: an unknown question, a scale out of range, a number for a text question', async () => {
    const before = await snapshot();
    const unknown = '11111111-1111-4111-8111-111111111111';
    const res = await save({ answers: { [unknown]: 3, [scaleQuestion]: 6, [textQuestion]: 2 } });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual([`answers.${unknown}`, `answers.${scaleQuestion}`, `answers.${textQuestion}`].sort());
    const words = await save({ answers: { [scaleQuestion]: 'gut' } });
    expect(words.statusCode).toBe(422);
    expect(words.json().errors[0].path).toBe(`answers.${scaleQuestion}`);
    expect(await snapshot()).toEqual(before);
  });

  it('a stale version: 409, nothing written', async () => {
    const before = await snapshot();
    const res = await api('PUT', `/assessments/${id}`, w.people.ebLead, {
      version: version + 5,
      risks: 'neu',
    });
    expect(res.statusCode).toBe(409);
    expect(await snapshot()).toEqual(before);
  });

  it('a decision by a staff member: 403, nothing written', async () => {
    const before = await snapshot();
    const res = await save({ decision: 'go', decidedOn: '2026-12-07' }, w.people.ebStaff);
    expect(res.statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('bad input on creation writes no assessment', async () => {
    const before = await snapshot();
    const res = await api('POST', '/assessments', w.people.regenbogenLead, {
      cooperationId: w.cooperations.regenbogenEb,
      organizationId: w.regenbogen.id,
      hours: { preparation: 744, delivery: 1 },
      decision: 'go',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['hours', 'decidedOn']);
    expect(await snapshot()).toEqual(before);
  });

  it('valid answers are kept, blank text answers dropped', async () => {
    const res = await save({ answers: { [scaleQuestion]: 4, [textQuestion]: '  ' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().current.answers).toEqual({ [scaleQuestion]: 4 });
    version = res.json().version;
  });
});
