import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { type AgreementWorld, buildAgreementWorld, consultationParties } from './test-factories';

// What the web app offers comes from the permissions the server sends (decision 013), and every change of an
// agreement sends the version it was based on.
let t: TestApp;
let w: AgreementWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildAgreementWorld(t);
});

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.request({ method, url: `/api/v1${url}`, cookie, ...(payload && { payload }) });

async function create(cookie: string, body: object) {
  const res = await api('POST', '/agreements', cookie, body);
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; version: number };
}

async function toStatus(id: string, cookie: string, ...steps: string[]) {
  let version = (await api('GET', `/agreements/${id}`, cookie)).json().version;
  for (const to of steps) {
    const res = await api('POST', `/agreements/${id}/transitions`, cookie, { version, to });
    expect(res.statusCode).toBe(200);
    version = res.json().version;
  }
  return version as number;
}

describe('what the web app may offer comes from the server', () => {
  it('the attention list says who may start an agreement or a framework there', async () => {
    const attention = (cookie: string, query: string) =>
      api('GET', `/agreements/attention?${query}`, cookie).then((res) => res.json().permissions);
    const sonnenblume = `organizationId=${w.sonnenblume.id}`;
    expect(await attention(w.people.sonnenblumeLead, sonnenblume)).toEqual({
      createAgreement: true,
      createFramework: false,
    });
    // Staff may not create agreements (the server refuses them): the web app must not offer it either.
    expect(await attention(w.people.sonnenblumeStaff, sonnenblume)).toEqual({
      createAgreement: false,
      createFramework: false,
    });
    expect(await attention(w.people.planner, `municipalityId=${w.municipalityId}`)).toEqual({
      createAgreement: false,
      createFramework: true,
    });
  });

  it('comments: only party members other than planners may resolve them, each change sends the version', async () => {
    const agreement = await create(w.people.sonnenblumeLead, {
      title: 'Kommentare und ihre Erledigung',
      parties: consultationParties(w),
      term: { startDate: '2026-01-01' },
    });
    const version = await toStatus(agreement.id, w.people.sonnenblumeLead, 'in_review');
    const url = `/agreements/${agreement.id}/comments`;
    const unversioned = await api('POST', url, w.people.counsellingLead, { section: 'rooms', body: 'Tür?' });
    expect(unversioned.statusCode).toBe(400);
    const stale = await api('POST', url, w.people.counsellingLead, {
      version: version - 1,
      section: 'rooms',
      body: 'Tür?',
    });
    expect(stale.statusCode).toBe(409);
    const comment = await api('POST', url, w.people.counsellingLead, {
      version,
      section: 'rooms',
      body: 'Tür?',
    });
    expect(comment.statusCode).toBe(201);

    const permissionsOf = async (cookie: string) =>
      (await api('GET', `/agreements/${agreement.id}`, cookie)).json().permissions;
    expect(await permissionsOf(w.people.sonnenblumeStaff)).toMatchObject({
      comment: true,
      resolveComment: true,
    });
    expect(await permissionsOf(w.people.planner)).toMatchObject({ comment: false, resolveComment: false });

    const resolve = `${url}/${comment.json().id}/resolve`;
    expect((await api('POST', resolve, w.people.planner, { version })).statusCode).toBe(403);
    expect((await api('POST', resolve, w.people.regenbogenLead, { version })).statusCode).toBe(404);
    expect((await api('POST', resolve, w.people.sonnenblumeStaff, { version: version - 1 })).statusCode).toBe(
      409,
    );
    const resolved = await api('POST', resolve, w.people.sonnenblumeStaff, { version });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().resolvedAt).not.toBeNull();
  });

  it('a comment outside the review: 409 naming the state', async () => {
    const agreement = await create(w.people.sonnenblumeLead, {
      title: 'Kommentar zu spät',
      parties: consultationParties(w),
      term: { startDate: '2026-01-01' },
    });
    const version = await toStatus(agreement.id, w.people.sonnenblumeLead, 'ended');
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/agreements/${agreement.id}/comments`,
      cookie: w.people.counsellingLead,
      headers: { 'accept-language': 'en' },
      payload: { version, section: 'rooms', body: 'Noch eine Frage' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe(
      'The agreement takes no comments in status "Ended": comments belong to the review.',
    );
  });
});
