import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../db/client';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildDistrict, buildMunicipality, buildOrganization } from '../../test/factories';
import { organizationKinds, partnerKinds, partnerProfiles } from './schema';

let t: TestApp;
let sonnenblume: { id: string };
let regenbogen: { id: string };
let beratung: { id: string };
let bildung: { id: string };
let farAway: { id: string };
let lead: string;
let otherLead: string;
let partnerStaff: string;
let northId: string;

async function addProfile(
  db: Executor,
  organizationId: string,
  kindKey: string,
  extra: Partial<typeof partnerProfiles.$inferInsert> = {},
) {
  await db.insert(partnerProfiles).values({ organizationId, ...extra });
  const [kind] = await db.select().from(partnerKinds).where(eq(partnerKinds.key, kindKey));
  if (!kind) throw new Error(`kind ${kindKey}`);
  await db.insert(organizationKinds).values({ organizationId, kindId: kind.id });
}

beforeAll(async () => {
  t = await buildTestApp();
  const m = await buildMunicipality(t.db, { name: 'Musterstadt' });
  northId = (await buildDistrict(t.db, { municipalityId: m.id, name: 'Nordviertel' })).id;
  const at = (lat: number, lng: number) => ({ municipalityId: m.id, lat, lng, districtId: northId });
  sonnenblume = await buildOrganization(t.db, { ...at(51.5, 7.45), name: 'Familienzentrum Sonnenblume' });
  regenbogen = await buildOrganization(t.db, { ...at(51.51, 7.46), name: 'Familienzentrum Regenbogen' });
  beratung = await buildOrganization(t.db, {
    ...at(51.502, 7.454),
    type: 'partner',
    name: 'Erziehungsberatungsstelle Musterstadt',
    description: 'Beratung für Eltern und Kinder',
  });
  bildung = await buildOrganization(t.db, {
    ...at(51.49, 7.44),
    type: 'partner',
    name: 'Familienbildungsstätte Süd',
  });
  farAway = await buildOrganization(t.db, {
    ...at(52.5, 9.0),
    type: 'partner',
    name: 'Beratungsstellen am Meer',
  });
  const stale = await buildOrganization(t.db, {
    ...at(51.501, 7.451),
    type: 'partner',
    name: 'Schuldnerberatung',
  });
  await addProfile(t.db, beratung.id, 'counselling', { languages: ['de', 'tr'], targetGroups: ['age_0_3'] });
  await addProfile(t.db, bildung.id, 'family_education');
  await addProfile(t.db, farAway.id, 'counselling');
  await addProfile(t.db, stale.id, 'counselling', {
    lastConfirmedAt: new Date(Date.now() - 300 * 86_400_000),
  });
  await addProfile(t.db, regenbogen.id, 'youth_office_service');

  const member = (role: 'lead' | 'staff', organizationId: string) =>
    t.signInAsNewMember(role, organizationId);
  lead = await member('lead', sonnenblume.id);
  otherLead = await member('lead', regenbogen.id);
  partnerStaff = await member('staff', beratung.id);
});

const search = (query: string, cookie = lead) =>
  t.request({ method: 'GET', url: `/api/v1/directory/search?${query}`, cookie });
const names = (res: { json(): { items: { organization: { name: string } }[] } }) =>
  res.json().items.map((i) => i.organization.name);

describe('GET /api/v1/directory/search', () => {
  it('finds the counselling centre near Sonnenblume with its distance and kinds', async () => {
    const res = await search(`q=Beratung&near=${sonnenblume.id}&radiusKm=10`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const hit = body.items.find((i: { organization: { id: string } }) => i.organization.id === beratung.id);
    expect(hit.distanceKm).toBeGreaterThan(0.2);
    expect(hit.distanceKm).toBeLessThan(0.5);
    expect(hit.kinds).toEqual([
      {
        key: 'counselling',
        labelDe: 'Erziehungs- und Familienberatung',
        labelEn: 'Educational and family counselling',
      },
    ]);
    expect(hit).toMatchObject({ stale: false, relationship: null, offerings: [] });
    expect(names(res)).not.toContain('Beratungsstellen am Meer');
  });

  it('matches compound words, plurals, folded umlauts and typos', async () => {
    expect(names(await search('q=Beratung'))).toEqual(
      expect.arrayContaining(['Erziehungsberatungsstelle Musterstadt', 'Beratungsstellen am Meer']),
    );
    expect(names(await search('q=Beratungsstellen'))).toContain('Erziehungsberatungsstelle Musterstadt');
    expect(names(await search('q=familienbildungsstaette'))).toContain('Familienbildungsstätte Süd');
    expect(names(await search('q=Familienbildungsst%C3%A4tte'))).toContain('Familienbildungsstätte Süd');
    expect(names(await search('q=Erziehungsbertung'))).toContain('Erziehungsberatungsstelle Musterstadt');
    expect(names(await search('q=Zahnarzt'))).toEqual([]);
  });

  it('marks unconfirmed profiles stale and ranks them below fresh ones', async () => {
    const items = (await search(`q=beratung&near=${sonnenblume.id}&radiusKm=10`)).json().items;
    const order = items.map((i: { organization: { name: string } }) => i.organization.name);
    expect(order.indexOf('Schuldnerberatung')).toBeGreaterThan(
      order.indexOf('Erziehungsberatungsstelle Musterstadt'),
    );
    expect(
      items.find((i: { organization: { name: string } }) => i.organization.name === 'Schuldnerberatung')
        .stale,
    ).toBe(true);
  });

  it('filters by kind, language and target group, with facet counts', async () => {
    const res = await search('kind=counselling&language=tr&targetGroup=age_0_3');
    expect(names(res)).toEqual(['Erziehungsberatungsstelle Musterstadt']);
    const all = (await search(`near=${sonnenblume.id}&radiusKm=10`)).json();
    expect(all.facets.kinds).toContainEqual(expect.objectContaining({ key: 'counselling', count: 2 }));
    expect(all.facets.districts).toEqual([{ id: northId, name: 'Nordviertel', count: all.total }]);
    expect(names({ json: () => all })).not.toContain('Familienzentrum Sonnenblume');
  });

  it('pages with a cursor', async () => {
    const first = (await search('limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await search(`limit=2&cursor=${first.nextCursor}`)).json();
    const seen = [...first.items, ...second.items].map(
      (i: { organization: { id: string } }) => i.organization.id,
    );
    expect(new Set(seen).size).toBe(4);
  });

  it.each([
    ['radiusKm=500&near=51.5,7.4', 'radiusKm'],
    ['kind=zahnarzt', 'kind'],
    ['near=nordpol', 'near'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['radiusKm=5', 'radiusKm'],
  ])('bad input %s → 400 naming %s', async (query, path) => {
    const res = await search(query);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});

describe('relationships', () => {
  const url = () => `/api/v1/centres/${sonnenblume.id}/relationships/${beratung.id}`;

  it('a centre adds a partner, moves it on with the version, and the history keeps each status', async () => {
    const created = await t.request({
      method: 'PUT',
      url: url(),
      cookie: lead,
      payload: { status: 'potential', internalNotes: 'Frau K. wirkt interessiert' },
    });
    expect(created.statusCode).toBe(201);
    const stale = await t.request({
      method: 'PUT',
      url: url(),
      cookie: lead,
      payload: { status: 'active', version: 7 },
    });
    expect(stale.statusCode).toBe(409);
    const moved = await t.request({
      method: 'PUT',
      url: url(),
      cookie: lead,
      payload: { status: 'active', version: created.json().version, nextStep: 'Sprechstunde planen' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().history.map((h: { status: string }) => h.status)).toEqual(['potential', 'active']);
    const found = await search('relationship=active');
    expect(names(found)).toEqual(['Erziehungsberatungsstelle Musterstadt']);
    expect(found.json().items[0].relationship).toBe('active');
  });

  it("the centre's internal notes stay inside the centre", async () => {
    const own = await t.request({ method: 'GET', url: url(), cookie: lead });
    expect(own.json().internalNotes).toBe('Frau K. wirkt interessiert');
    for (const cookie of [otherLead, partnerStaff]) {
      const res = await t.request({ method: 'GET', url: url(), cookie });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Frau K.');
    }
    const write = await t.request({
      method: 'PUT',
      url: url(),
      cookie: otherLead,
      payload: { status: 'ended', version: 2 },
    });
    expect(write.statusCode).toBe(403);
  });

  it('the network view lists partners and the kinds still missing, priority first', async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/centres/${sonnenblume.id}/network`,
      cookie: lead,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toMatchObject([
      { partner: { name: 'Erziehungsberatungsstelle Musterstadt' }, status: 'active' },
    ]);
    const missing = body.missingKinds.map((k: { key: string }) => k.key);
    expect(missing[0]).toBe('family_education');
    expect(missing).not.toContain('counselling');
  });
});

describe('profiles', () => {
  it('the partner edits its own profile, which confirms it and updates search; others may not', async () => {
    const url = `/api/v1/directory/profiles/${beratung.id}`;
    const before = (await t.request({ method: 'GET', url, cookie: partnerStaff })).json();
    expect(before.permissions.update).toBe(true);
    const other = await t.request({
      method: 'PATCH',
      url,
      cookie: lead,
      payload: { version: before.profile.version },
    });
    expect(other.statusCode).toBe(403);
    const res = await t.request({
      method: 'PATCH',
      url,
      cookie: partnerStaff,
      payload: {
        version: before.profile.version,
        coreMandate: 'Beratung nach § 28 SGB VIII',
        kindKeys: ['counselling', 'early_help'],
        contactPersons: [{ name: 'Karin Berg', role: 'Leitung', email: 'berg@eb.example' }],
        openingHours: [{ day: 2, from: '09:00', to: '12:00' }],
        publicFields: { address: true, contact: true, openingHours: true, contactPersons: true },
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().contactPersons).toMatchObject([{ name: 'Karin Berg', role: 'Leitung' }]);
    expect(res.json().profile.publicFields.contactPersons).toBe(true);
    expect(new Date(res.json().profile.lastConfirmedAt).getTime()).toBeGreaterThan(
      new Date(before.profile.lastConfirmedAt).getTime(),
    );
    expect(names(await search('q=Fr%C3%BChe%20Hilfen'))).toContain('Erziehungsberatungsstelle Musterstadt');
  });

  it('rejects an unknown kind and a malformed time, changing nothing', async () => {
    const url = `/api/v1/directory/profiles/${beratung.id}`;
    const current = (await t.request({ method: 'GET', url, cookie: partnerStaff })).json();
    const bad = await t.request({
      method: 'PATCH',
      url,
      cookie: partnerStaff,
      payload: { version: current.profile.version, kindKeys: ['zahnarzt'] },
    });
    expect(bad.statusCode).toBe(422);
    const time = await t.request({
      method: 'PATCH',
      url,
      cookie: partnerStaff,
      payload: { version: current.profile.version, openingHours: [{ day: 1, from: '9 Uhr', to: '12:00' }] },
    });
    expect(time.statusCode).toBe(400);
    expect(time.json().errors[0].path).toBe('openingHours.0.from');
    const after = (await t.request({ method: 'GET', url, cookie: partnerStaff })).json();
    expect(after.profile.version).toBe(current.profile.version);
    expect(after.kinds.map((k: { key: string }) => k.key)).toEqual(
      current.kinds.map((k: { key: string }) => k.key),
    );
  });
});
