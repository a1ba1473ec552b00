import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../src/server/test/build-app';
import { loadMusterstadt } from './load-musterstadt';

// Musterstadt's coordination as the demo accounts meet it: the planner's tasks and proposals, the open
// proposal on Sonnenblume's cooperation with the EB that its lead may answer, the Nordviertel message.
let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 1000 });
  await loadMusterstadt(t.db);
});

const get = async (url: string, cookie: string) =>
  (await t.request({ method: 'GET', url: `/api/v1${url}`, cookie })).json();

describe('Musterstadt planning coordination', () => {
  it('gives the planner tasks from gaps (one overdue), proposals and a message to Nordviertel’s centres', async () => {
    const planner = await t.signIn('planung@jugendamt-musterstadt.example');
    const [municipality] = (await get('/planning/municipalities', planner)).items;
    const query = `municipalityId=${municipality.id}`;
    const tasks = await get(`/planning/tasks?${query}`, planner);
    expect(tasks.items).toHaveLength(4);
    expect(tasks.items.filter((task: { overdue: boolean }) => task.overdue)).toHaveLength(1);
    expect(
      tasks.items.filter((task: { source: string | null }) => task.source?.startsWith('no-cooperation:')),
    ).toHaveLength(2);
    const proposals = await get(`/planning/proposals?${query}`, planner);
    expect(proposals.items.map((p: { status: string }) => p.status).sort()).toEqual([
      'accepted',
      'proposed',
      'proposed',
    ]);
    const messages = await get(`/planning/district-messages?${query}`, planner);
    expect(messages.items).toMatchObject([{ district: { name: 'Nordviertel' }, recipientCount: 3 }]);
  });

  it('shows Sonnenblume’s lead the open proposal on the cooperation with the EB, to answer', async () => {
    const lead = await t.signIn('leitung@fz-sonnenblume.example');
    const list = await get('/cooperations?limit=100', lead);
    const withEb = list.items.find((c: { partner: { name: string } }) =>
      c.partner.name.startsWith('Erziehungsberatungsstelle'),
    );
    const cooperation = await get(`/cooperations/${withEb.id}`, lead);
    const entry = cooperation.timeline.find((e: { kind: string }) => e.kind === 'planning_proposal');
    expect(entry).toMatchObject({ title: 'Gemeinsames Angebot', status: 'proposed' });
    const proposal = await get(`/proposals/${entry.id.replace('planning_proposal:', '')}`, lead);
    expect(proposal).toMatchObject({ proposer: 'Jugendamt Musterstadt', permissions: { answer: true } });
  });
});
