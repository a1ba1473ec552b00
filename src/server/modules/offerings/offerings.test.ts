import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { outbox } from '../outbox/schema';
import { currentOfferingTitles } from './public-offerings-of';
import { publicOfferingListSchema, publicOfferingSummarySchema } from './public-schemas';
import { offeringConsents } from './schema';
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
let planner: string;

beforeAll(async () => {
  t = await buildTestApp();
  world = await buildOfferingsWorld(t);
  lead = await t.signIn('leitung@fz-sonnenblume.example');
  staff = await t.signIn('fachkraft@fz-sonnenblume.example');
  beratung = await t.signIn('beratung@eb-musterstadt.example');
  otherLead = await t.signIn('leitung@fz-regenbogen.example');
  ({ create, move, versionOf, organizersWithBeratung } = offeringsApi(t, world, lead));
  planner = await t.signIn('planung@jugendamt-musterstadt.example');
});

async function patchSession(id: string, sessionId: string, cookie: string, change: object) {
  const version = await versionOf(id);
  return t.request({
    method: 'PATCH',
    url: `/api/v1/offerings/${id}/sessions/${sessionId}`,
    cookie,
    payload: { ...change, version },
  });
}

describe('developing an offering together (acceptance)', () => {
  let id: string;

  it('runs from idea to published, with consent, the public finder and the calendar feed', async () => {
    const created = await create(lead, weeklyCourse(organizersWithBeratung()));
    expect(created.statusCode, created.body).toBe(201);
    const offering = created.json();
    id = offering.id;
    expect(offering.status).toBe('idea');
    expect(offering.sessions).toHaveLength(8);
    expect(offering.organizers.map((o: { organizationName: string }) => o.organizationName)).toEqual([
      'Familienzentrum Sonnenblume',
      'Erziehungsberatungsstelle Musterstadt',
    ]);
    expect(offering.place.street).toBe('Blumenweg 1');
    expect(offering.permissions.transitions).toEqual(['proposed', 'cancelled']);

    expect((await move(id, 'proposed')).statusCode).toBe(200);
    const mails = await t.db.select().from(outbox);
    expect(mails.map((m) => (m.payload as { to: string }).to)).toContain('beratung@eb-musterstadt.example');

    const refused = await move(id, 'agreed');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Erziehungsberatungsstelle Musterstadt');

    const asPartner = await t.request({ method: 'GET', url: `/api/v1/offerings/${id}`, cookie: beratung });
    expect(asPartner.json().permissions).toMatchObject({ consent: true, update: false, transitions: [] });
    const consent = await t.request({
      method: 'POST',
      url: `/api/v1/offerings/${id}/consents`,
      cookie: beratung,
      payload: { round: 1 },
    });
    expect(consent.statusCode, consent.body).toBe(201);
    expect(consent.json()).toMatchObject({ round: 1, complete: true });
    expect(consent.json().items[1].consentedByName).toBeTruthy();
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/offerings/${id}/consents`,
      cookie: beratung,
      payload: { round: 1 },
    });
    expect(again.statusCode).toBe(409);

    expect((await move(id, 'agreed')).statusCode).toBe(200);
    const published = await move(id, 'published');
    expect(published.json().status).toBe('published');

    const finder = await t.request({
      method: 'GET',
      url: '/api/v1/public/offerings?q=eltern&targetGroup=age_3_6&postcode=45991&radiusKm=5',
    });
    expect(finder.statusCode, finder.body).toBe(200);
    // The database writes the answer's items (public-repo.ts): the schema's fields and types, and no others.
    expect(finder.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(() => publicOfferingListSchema.parse(finder.json())).not.toThrow();
    expect(Object.keys(finder.json()).sort()).toEqual(Object.keys(publicOfferingListSchema.shape).sort());
    const hit = finder.json().items.find((i: { id: string }) => i.id === id);
    expect(Object.keys(hit).sort()).toEqual(Object.keys(publicOfferingSummarySchema.shape).sort());
    expect(Object.keys(hit.place).sort()).toEqual(
      Object.keys(publicOfferingSummarySchema.shape.place.shape).sort(),
    );
    expect(hit.runBy).toEqual({
      lead: { id: world.sonnenblume.id, name: 'Familienzentrum Sonnenblume' },
      with: [{ id: world.beratung.id, name: 'Erziehungsberatungsstelle Musterstadt' }],
    });
    expect(hit.distanceKm).toBeLessThan(1);
    expect(finder.json().textMatch).toBe('exact');

    // A typo finds nothing exactly, so titles with a similar word are shown, and the answer says so.
    const typo = await t.request({ method: 'GET', url: '/api/v1/public/offerings?q=kindder&limit=1' });
    expect(typo.statusCode, typo.body).toBe(200);
    expect(typo.json()).toMatchObject({ textMatch: 'similar', items: [{ id }] });
    const nothing = await t.request({ method: 'GET', url: '/api/v1/public/offerings?q=zzqx' });
    expect(nothing.json()).toMatchObject({ textMatch: 'similar', items: [] });
    const words = await t.request({ method: 'GET', url: '/api/v1/public/offerings?limit=1' });
    expect(words.json().textMatch).toBeNull();

    const detail = await t.request({ method: 'GET', url: `/api/v1/public/offerings/${id}` });
    expect(detail.json().sessions).toHaveLength(8);
    // The database writes the finder's items: the same date, place and texts as the detail page.
    expect(hit).toMatchObject({
      title: detail.json().title,
      format: 'course_series',
      feeCents: detail.json().feeCents,
      nextSessionAt: detail.json().sessions[0].startsAt,
      place: detail.json().place,
    });
    expect(hit.distanceKm).toBe(Math.round(hit.distanceKm * 100) / 100);

    // Dates are Berlin days, `to` included; a range ends after `from` and spans at most two years.
    const berlinDay = (instant: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(instant));
    const first = berlinDay(detail.json().sessions[0].startsAt);
    const last = berlinDay(detail.json().sessions[7].startsAt);
    const idsIn = async (range: string) =>
      (await t.request({ method: 'GET', url: `/api/v1/public/offerings?limit=100&${range}` }))
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await idsIn(`from=${first}&to=${first}`)).toContain(id);
    expect(await idsIn(`from=${last}&to=${last}`)).toContain(id);
    const afterLast = new Date(Date.parse(`${last}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(await idsIn(`from=${afterLast}`)).not.toContain(id);
    for (const range of ['from=2027-01-10&to=2027-01-09', 'from=2027-01-10&to=2029-01-11']) {
      const refused = await t.request({ method: 'GET', url: `/api/v1/public/offerings?${range}` });
      expect(refused.statusCode, range).toBe(400);
      expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'to' })]);
    }
    const twoYears = await t.request({
      method: 'GET',
      url: '/api/v1/public/offerings?from=2027-01-10&to=2029-01-10',
    });
    expect(twoYears.statusCode).toBe(200);

    const feed = await t.request({
      method: 'GET',
      url: `/api/v1/feeds/organizations/${world.sonnenblume.id}.ics`,
    });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const vcalendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = vcalendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.summary).toBe('Starke Eltern – starke Kinder');
    expect(event.isRecurring()).toBe(true);
    expect(String(events[0]?.getFirstPropertyValue('rrule'))).toContain('FREQ=WEEKLY;COUNT=8');
    expect(vcalendar.getFirstSubcomponent('vtimezone')).toBeTruthy();
    // The partner's feed holds it too: everything it co-organises.
    const partnerFeed = await t.request({
      method: 'GET',
      url: `/api/v1/feeds/organizations/${world.beratung.id}.ics`,
    });
    expect(partnerFeed.body).toContain('Starke Eltern');
    // The partner directory shows it as what the partner offers; an organisation without one gets none.
    const titles = await currentOfferingTitles(t.db, [world.beratung.id, world.regenbogen.id]);
    expect(titles.get(world.beratung.id)).toEqual(['Starke Eltern – starke Kinder']);
    expect(titles.get(world.regenbogen.id)).toEqual([]);
  });

  it('refuses the lead of another centre (403) and hides internal offerings from anonymous clients', async () => {
    const patch = await t.request({
      method: 'PATCH',
      url: `/api/v1/offerings/${id}`,
      cookie: otherLead,
      payload: { version: 1, title: 'Übernommen' },
    });
    expect(patch.statusCode).toBe(403);
    expect((await move(id, 'cancelled', otherLead)).statusCode).toBe(403);

    const internal = await create(
      lead,
      weeklyCourse(organizersWithBeratung(), { title: 'Internes Teamtreffen', isPublic: false }),
    );
    const internalId = internal.json().id;
    await move(internalId, 'proposed');
    await t.request({
      method: 'POST',
      url: `/api/v1/offerings/${internalId}/consents`,
      cookie: beratung,
      payload: { round: 1 },
    });
    await move(internalId, 'agreed');
    expect((await move(internalId, 'published')).statusCode).toBe(200);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/public/offerings/${internalId}` })).statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/feeds/offerings/${internalId}.ics` })).statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/v1/offerings/${internalId}` })).statusCode).toBe(401);
    const list = await t.request({ method: 'GET', url: '/api/v1/public/offerings?limit=100' });
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(internalId);
    const internalIdea = await create(
      lead,
      weeklyCourse(organizersWithBeratung(), { title: 'Nur eine Idee' }),
    );
    expect(
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/offerings/${internalIdea.json().id}`,
          cookie: otherLead,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.request({
          method: 'GET',
          url: `/api/v1/offerings/${internalIdea.json().id}`,
          cookie: planner,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('asks for consent again when responsibilities change after agreement', async () => {
    const before = (await t.request({ method: 'GET', url: `/api/v1/offerings/${id}`, cookie: lead })).json();
    const changed = await t.request({
      method: 'PATCH',
      url: `/api/v1/offerings/${id}`,
      cookie: lead,
      payload: {
        version: before.version,
        organizers: [
          { organizationId: world.sonnenblume.id, responsibilities: ['lead', 'room'] },
          { organizationId: world.beratung.id, responsibilities: ['content', 'staff', 'registration'] },
        ],
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ status: 'published', consentRound: 2 });
    const list = await t.request({ method: 'GET', url: `/api/v1/offerings?status=published`, cookie: lead });
    const item = list.json().items.find((i: { id: string }) => i.id === id);
    expect(item.needsConsentFrom).toEqual([
      { id: world.beratung.id, name: 'Erziehungsberatungsstelle Musterstadt' },
    ]);
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/v1/offerings/${id}`,
      cookie: lead,
      payload: { version: before.version, title: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    const consent = await t.request({
      method: 'POST',
      url: `/api/v1/offerings/${id}/consents`,
      cookie: beratung,
      payload: { round: 2 },
    });
    expect(consent.json()).toMatchObject({ round: 2, complete: true });
    const rows = await t.db.select().from(offeringConsents).where(eq(offeringConsents.offeringId, id));
    expect(rows).toHaveLength(4);
  });

  it('lets co-organisers discuss it in a comment thread, not outsiders', async () => {
    const posted = await t.request({
      method: 'POST',
      url: `/api/v1/offerings/${id}/comments`,
      cookie: beratung,
      payload: { body: 'Raum 2 passt uns gut.' },
    });
    expect(posted.statusCode).toBe(201);
    expect(posted.json().organizationName).toBe('Erziehungsberatungsstelle Musterstadt');
    const list = await t.request({ method: 'GET', url: `/api/v1/offerings/${id}/comments`, cookie: lead });
    expect(list.json().items.map((c: { body: string }) => c.body)).toEqual(['Raum 2 passt uns gut.']);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/offerings/${id}/comments`,
          cookie: otherLead,
          payload: { body: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/offerings/${id}/comments`, cookie: otherLead }))
        .statusCode,
    ).toBe(403);
  });

  it('cancels and moves single sessions; the feed excludes them', async () => {
    const offering = (
      await t.request({ method: 'GET', url: `/api/v1/offerings/${id}`, cookie: lead })
    ).json();
    const [first, second] = offering.sessions;
    const cancelled = await patchSession(id, first.id, lead, { cancelled: true });
    expect(cancelled.json()).toMatchObject({ cancelled: true, moved: false });
    const moved = await patchSession(id, second.id, lead, { startTime: '15:00', endTime: '17:00' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().moved).toBe(true);
    const feed = await t.request({ method: 'GET', url: `/api/v1/feeds/offerings/${id}.ics` });
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    expect(events[0]?.getAllProperties('exdate')).toHaveLength(2);
    const future = await patchSession(id, second.id, lead, { participants: 12 });
    expect(future.statusCode).toBe(422);
    expect((await patchSession(id, second.id, staff, { cancelled: true })).statusCode).toBe(403);
  });
});
