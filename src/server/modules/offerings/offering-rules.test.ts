import { count, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { auditLog } from '../audit/schema';
import { offeringOrganizers, offeringSchedules, offeringSessions, offerings } from './schema';
import { buildOfferingsWorld, type OfferingsApi, offeringsApi, weeklyCourse } from './test-factories';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildOfferingsWorld>>;
let lead: string;
let staff: string;
let beratung: string;
let otherLead: string;
let create: OfferingsApi['create'];
let move: OfferingsApi['move'];
let versionOf: OfferingsApi['versionOf'];
let organizersWithBeratung: OfferingsApi['organizersWithBeratung'];

beforeAll(async () => {
  t = await buildTestApp();
  world = await buildOfferingsWorld(t);
  lead = await t.signIn('leitung@fz-sonnenblume.example');
  staff = await t.signIn('fachkraft@fz-sonnenblume.example');
  beratung = await t.signIn('beratung@eb-musterstadt.example');
  otherLead = await t.signIn('leitung@fz-regenbogen.example');
  ({ create, move, versionOf, organizersWithBeratung } = offeringsApi(t, world, lead));
});

async function tableCounts() {
  const [o] = await t.db.select({ n: count() }).from(offerings);
  const [g] = await t.db.select({ n: count() }).from(offeringOrganizers);
  const [s] = await t.db.select({ n: count() }).from(offeringSessions);
  const [c] = await t.db.select({ n: count() }).from(offeringSchedules);
  const [a] = await t.db.select({ n: count() }).from(auditLog);
  return [o?.n, g?.n, s?.n, c?.n, a?.n];
}

describe('bad input writes nothing', () => {
  const base = () => weeklyCourse(organizersWithBeratung());
  const schedule = (patch: object) => ({ ...base(), schedules: [{ ...base().schedules[0], ...patch }] });
  const cases: [string, () => object, number, string][] = [
    [
      'end before start',
      () => schedule({ startTime: '12:00', endTime: '10:00' }),
      422,
      'schedules.0.endTime',
    ],
    ['endless recurrence', () => schedule({ rrule: 'FREQ=WEEKLY' }), 422, 'schedules.0.rrule'],
    [
      'recurrence beyond 2 years',
      () => schedule({ rrule: 'FREQ=WEEKLY;COUNT=200' }),
      422,
      'schedules.0.rrule',
    ],
    [
      'UNTIL beyond 2 years',
      () => schedule({ rrule: 'FREQ=DAILY;UNTIL=20400101' }),
      422,
      'schedules.0.rrule',
    ],
    ['malformed RRULE', () => schedule({ rrule: 'FREQ=SOMETIMES;COUNT=3' }), 422, 'schedules.0.rrule'],
    ['garbage RRULE', () => schedule({ rrule: 'jede Woche' }), 422, 'schedules.0.rrule'],
    [
      'a second lead',
      () => ({
        ...base(),
        organizers: [
          { organizationId: world.sonnenblume.id, responsibilities: ['lead'] },
          { organizationId: world.beratung.id, responsibilities: ['lead', 'content'] },
        ],
      }),
      422,
      'organizers.1.responsibilities',
    ],
    [
      'no lead',
      () => ({
        ...base(),
        organizers: [{ organizationId: world.sonnenblume.id, responsibilities: ['room'] }],
      }),
      422,
      'organizers',
    ],
    [
      'unknown responsibility',
      () => ({
        ...base(),
        organizers: [{ organizationId: world.sonnenblume.id, responsibilities: ['lead', 'catering'] }],
      }),
      400,
      'organizers.0.responsibilities.1',
    ],
  ];

  it.each(cases)('%s', async (_name, body, status, path) => {
    const before = await tableCounts();
    const response = await create(lead, body());
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses a transition the state machine does not have (409), changing nothing', async () => {
    const created = (await create(lead, base())).json();
    const before = await tableCounts();
    const response = await move(created.id, 'published');
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toMatch(/idea.*published/);
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses a second lead in the database itself', async () => {
    const created = (await create(lead, base())).json();
    await expect(
      t.db
        .update(offeringOrganizers)
        .set({ responsibilities: ['lead'] })
        .where(eq(offeringOrganizers.organizationId, world.beratung.id)),
    ).rejects.toThrow();
    expect(created.organizers).toHaveLength(2);
  });
});

describe('staff and the lifecycle', () => {
  it('lets staff create and edit ideas but not propose them', async () => {
    const created = await create(staff, weeklyCourse(organizersWithBeratung(), { title: 'Krabbelgruppe' }));
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json();
    const edited = await t.request({
      method: 'PATCH',
      url: `/api/v1/offerings/${id}`,
      cookie: staff,
      payload: { version, title: 'Krabbelgruppe am Morgen' },
    });
    expect(edited.statusCode).toBe(200);
    expect((await move(id, 'proposed', staff)).statusCode).toBe(403);
    expect(
      (
        await create(
          staff,
          weeklyCourse([{ organizationId: world.regenbogen.id, responsibilities: ['lead'] }]),
        )
      ).statusCode,
    ).toBe(403);
  });
});

describe('daylight saving time', () => {
  it('keeps a weekly 10:00 course at 10:00 local across 2027-03-28, in sessions and in the feed', async () => {
    const body = weeklyCourse(organizersWithBeratung(), {
      title: 'Frühjahrskurs',
      schedules: [
        {
          startDate: '2027-03-22',
          startTime: '10:00',
          endTime: '11:30',
          rrule: 'FREQ=WEEKLY;COUNT=3',
          exdates: [],
        },
      ],
    });
    const created = await create(lead, body);
    expect(created.statusCode, created.body).toBe(201);
    const { id, sessions } = created.json();
    expect(sessions.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2027-03-22T09:00:00.000Z',
      '2027-03-29T08:00:00.000Z',
      '2027-04-05T08:00:00.000Z',
    ]);
    await t.db.update(offerings).set({ status: 'published' }).where(eq(offerings.id, id));
    const feed = await t.request({ method: 'GET', url: `/api/v1/feeds/offerings/${id}.ics` });
    expect(feed.body).toContain('DTSTART;TZID=Europe/Berlin:20270322T100000');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(feed.body)).getFirstSubcomponent('vevent') ?? undefined,
    );
    const iterator = event.iterator();
    const local = [iterator.next(), iterator.next(), iterator.next()].map((d) => d?.toString());
    expect(local).toEqual(['2027-03-22T10:00:00', '2027-03-29T10:00:00', '2027-04-05T10:00:00']);
  });
});

describe('access and versions (issue 16)', () => {
  const base = () => weeklyCourse(organizersWithBeratung(), { title: 'Elterncafé' });

  it('answers 404 to every request of who may not read the offering, 403 to readers who may not act', async () => {
    const idea = (await create(lead, base())).json();
    const [session] = idea.sessions;
    const asOutsider = (method: 'PATCH' | 'POST', path: string, payload: object) =>
      t.request({ method, url: `/api/v1/offerings/${idea.id}${path}`, cookie: otherLead, payload });
    // The lead of another centre may not read an idea: it learns nothing, writes included (was 403).
    expect((await asOutsider('PATCH', '', { version: idea.version, title: 'x' })).statusCode).toBe(404);
    expect(
      (await asOutsider('POST', '/transitions', { to: 'cancelled', version: idea.version })).statusCode,
    ).toBe(404);
    expect((await asOutsider('POST', '/comments', { body: 'x' })).statusCode).toBe(404);
    expect((await asOutsider('POST', '/consents', { round: 1 })).statusCode).toBe(404);
    expect(
      (await asOutsider('PATCH', `/sessions/${session.id}`, { cancelled: true, version: idea.version }))
        .statusCode,
    ).toBe(404);
    // Staff of the lead reads it but may not move it.
    expect((await move(idea.id, 'proposed', staff)).statusCode).toBe(403);
    expect(await versionOf(idea.id)).toBe(idea.version);
  });

  it('needs the version read on every change; consents send the round read', async () => {
    const created = (await create(lead, base())).json();
    const [session] = created.sessions;
    const paths = async (response: { statusCode: number; json: () => { errors: { path: string }[] } }) => {
      expect(response.statusCode).toBe(400);
      return response.json().errors.map((e) => e.path);
    };
    const url = `/api/v1/offerings/${created.id}`;
    expect(
      await paths(
        await t.request({
          method: 'POST',
          url: `${url}/transitions`,
          cookie: lead,
          payload: { to: 'proposed' },
        }),
      ),
    ).toContain('version');
    expect(
      await paths(
        await t.request({
          method: 'PATCH',
          url: `${url}/sessions/${session.id}`,
          cookie: lead,
          payload: { cancelled: true },
        }),
      ),
    ).toContain('version');
    expect(
      (
        await t.request({
          method: 'POST',
          url: `${url}/transitions`,
          cookie: lead,
          payload: { to: 'proposed', version: created.version + 1 },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: `${url}/sessions/${session.id}`,
          cookie: lead,
          payload: { cancelled: true, version: created.version + 1 },
        })
      ).statusCode,
    ).toBe(409);
    const unchanged = (await t.request({ method: 'GET', url, cookie: lead })).json();
    expect(unchanged).toMatchObject({ status: 'idea', version: created.version });
    expect(unchanged.sessions[0].cancelled).toBe(false);

    expect((await move(created.id, 'proposed')).statusCode).toBe(200);
    expect(
      await paths(await t.request({ method: 'POST', url: `${url}/consents`, cookie: beratung, payload: {} })),
    ).toContain('round');
  });

  it('tells the web app for which organisations the actor may consent, and what the status means', async () => {
    const created = (await create(lead, base())).json();
    expect(created).toMatchObject({ isShownToFamilies: false, changesNeedConsent: false });
    await move(created.id, 'proposed');
    const url = `/api/v1/offerings/${created.id}`;
    const asPartner = (await t.request({ method: 'GET', url, cookie: beratung })).json();
    expect(asPartner.permissions).toMatchObject({ consent: true, consentFor: [world.beratung.id] });
    const asLead = (await t.request({ method: 'GET', url, cookie: lead })).json();
    expect(asLead.permissions).toMatchObject({ consent: false, consentFor: [] });
    await t.request({ method: 'POST', url: `${url}/consents`, cookie: beratung, payload: { round: 1 } });
    await move(created.id, 'agreed');
    const agreed = (await move(created.id, 'published')).json();
    expect(agreed).toMatchObject({ isShownToFamilies: true, changesNeedConsent: true });
    expect(agreed.permissions.consentFor).toEqual([]);
  });
});
