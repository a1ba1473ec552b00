import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { assessmentQuestions } from './schema';
import { type AssessmentWorld, apiOf, buildAssessmentWorld } from './test-assessment-world';

let t: TestApp;
let w: AssessmentWorld;
let api: ReturnType<typeof apiOf>;
let url: string;

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildAssessmentWorld(t);
  api = apiOf(t);
  url = `/organizations/${w.sonnenblume.id}/assessment-questions`;
});

describe("an organisation's own questions", () => {
  it('members read them; others get 404, nobody 401', async () => {
    const staff = await api('GET', url, w.people.sonnenblumeStaff);
    expect(staff.statusCode).toBe(200);
    expect(staff.json()).toMatchObject({ items: [], permissions: { update: false } });
    expect((await api('GET', url, w.people.sonnenblumeLead)).json().permissions).toEqual({ update: true });
    for (const who of ['ebLead', 'planner', 'instanceAdmin'] as const) {
      expect([who, (await api('GET', url, w.people[who])).statusCode]).toEqual([who, 404]);
    }
    expect((await api('GET', url)).statusCode).toBe(401);
  });

  it('leads change them; staff get 403', async () => {
    const { version } = (await api('GET', url, w.people.sonnenblumeLead)).json();
    const body = { version, questions: [{ kind: 'text', label: 'Wer betreut die Kinder?' }] };
    const staff = await api('PUT', url, w.people.sonnenblumeStaff, body);
    expect(staff.statusCode).toBe(403);
    expect((await api('PUT', url, w.people.planner, body)).statusCode).toBe(404);
    const lead = await api('PUT', url, w.people.sonnenblumeLead, body);
    expect(lead.statusCode).toBe(200);
    expect(lead.json().items).toMatchObject([
      { kind: 'text', label: 'Wer betreut die Kinder?', position: 0 },
    ]);
    const stale = await api('PUT', url, w.people.sonnenblumeLead, body);
    expect(stale.statusCode).toBe(409);
  });

  it('a removed question is archived: old revisions keep the answer and its label', async () => {
    const before = (await api('GET', url, w.people.sonnenblumeLead)).json();
    const [childcare] = before.items;
    const created = await api('POST', '/assessments', w.people.sonnenblumeStaff, {
      cooperationId: w.cooperations.sonnenblumeEb,
      organizationId: w.sonnenblume.id,
      answers: { [childcare.id]: 'Unsere Erzieherinnen' },
    });
    expect(created.statusCode).toBe(201);
    const replaced = await api('PUT', url, w.people.sonnenblumeLead, {
      version: before.version,
      questions: [{ kind: 'scale', label: 'Haben wir einen Raum frei?', hint: 'dienstags' }],
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().items.map((q: { label: string }) => q.label)).toEqual([
      'Haben wir einen Raum frei?',
    ]);
    const [archived] = await t.db
      .select()
      .from(assessmentQuestions)
      .where(eq(assessmentQuestions.id, childcare.id));
    expect(archived?.archivedAt).not.toBeNull();

    const assessment = (
      await api('GET', `/assessments/${created.json().id}`, w.people.sonnenblumeStaff)
    ).json();
    expect(assessment.current.answers).toEqual({ [childcare.id]: 'Unsere Erzieherinnen' });
    expect(
      assessment.questions.own.map((q: { label: string; archivedAt: string | null }) => q.label),
    ).toEqual(['Haben wir einen Raum frei?', 'Wer betreut die Kinder?']);
    // The archived question is no longer asked: answering it again is an unknown question.
    const again = await api('PUT', `/assessments/${created.json().id}`, w.people.sonnenblumeStaff, {
      version: assessment.version,
      answers: { [childcare.id]: 'wieder' },
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0].path).toBe(`answers.${childcare.id}`);
  });

  it('a question keeps its kind; unknown ids are refused', async () => {
    const current = (await api('GET', url, w.people.sonnenblumeLead)).json();
    const [room] = current.items;
    const kind = await api('PUT', url, w.people.sonnenblumeLead, {
      version: current.version,
      questions: [{ id: room.id, kind: 'text', label: room.label }],
    });
    expect(kind.statusCode).toBe(422);
    expect(kind.json().errors[0].path).toBe('questions.0.kind');
    const unknown = await api('PUT', url, w.people.sonnenblumeLead, {
      version: current.version,
      questions: [{ id: '22222222-2222-4222-8222-222222222222', kind: 'text', label: 'x' }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('questions.0.id');
    const relabel = await api('PUT', url, w.people.sonnenblumeLead, {
      version: current.version,
      questions: [{ id: room.id, kind: 'scale', label: 'Ist ein Raum frei?', position: 3 }],
    });
    expect(relabel.statusCode).toBe(200);
    expect(relabel.json().items).toMatchObject([{ id: room.id, label: 'Ist ein Raum frei?', position: 3 }]);
  });
});
