import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import {
  buildDistrict,
  buildMembership,
  buildMunicipality,
  buildOrganization,
  buildUser,
} from '../../test/factories';
import { auditLog } from '../audit/schema';
import { organizations } from './schema';

let t: TestApp;
let municipalityId: string;
let districtId: string;
let sonnenblume: { id: string };
let regenbogen: { id: string };
let lead: string;
let staff: string;
let planner: string;
let providerAdmin: string;
let providerId: string;

const countOrganizations = async () => (await t.db.select({ n: count() }).from(organizations))[0]?.n;

beforeAll(async () => {
  t = await buildTestApp();
  const municipality = await buildMunicipality(t.db, { name: 'Musterstadt' });
  municipalityId = municipality.id;
  districtId = (await buildDistrict(t.db, { municipalityId, name: 'Nordviertel' })).id;
  const provider = await buildOrganization(t.db, {
    municipalityId,
    type: 'provider',
    name: 'AWO Musterstadt',
  });
  providerId = provider.id;
  sonnenblume = await buildOrganization(t.db, {
    municipalityId,
    name: 'Familienzentrum Sonnenblume',
    providerId,
  });
  regenbogen = await buildOrganization(t.db, { municipalityId, name: 'Familienzentrum Regenbogen' });
  await buildOrganization(t.db, {
    municipalityId,
    type: 'partner',
    name: 'Familienbildungsstätte Musterstadt',
  });
  const youthOffice = await buildOrganization(t.db, {
    municipalityId,
    type: 'youth_office',
    name: 'Jugendamt',
  });
  const member = (role: 'admin' | 'lead' | 'staff' | 'planner', organizationId: string) =>
    t.signInAsNewMember(role, organizationId);
  lead = await member('lead', sonnenblume.id);
  staff = await member('staff', sonnenblume.id);
  planner = await member('planner', youthOffice.id);
  providerAdmin = await member('admin', provider.id);
});

describe('POST /api/v1/organizations', () => {
  it('without a name: 400 problem+json naming `name`, German by default, nothing created', async () => {
    const before = await countOrganizations();
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organizations',
      cookie: planner,
      payload: { type: 'partner', municipalityId },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = res.json();
    expect(problem).toMatchObject({ status: 400, title: 'Ungültige Anfrage' });
    expect(problem.errors).toEqual([{ path: 'name', message: 'Pflichtangabe' }]);
    expect(await countOrganizations()).toBe(before);
  });

  it('answers in English with Accept-Language: en', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organizations',
      cookie: planner,
      headers: { 'accept-language': 'en-GB,en;q=0.9,de;q=0.5' },
      payload: { type: 'partner', municipalityId, email: 'not-an-address' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('Bad request');
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['email', 'name']);
    expect(res.json().errors.find((e: { path: string }) => e.path === 'name').message).toBe('Required');
  });

  it('a planner creates an organisation in the municipality, audited with the actor', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organizations',
      cookie: planner,
      payload: {
        type: 'partner',
        name: 'Musikschule Musterstadt',
        municipalityId,
        districtId,
        lat: 51.5,
        lng: 7.46,
      },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ name: 'Musikschule Musterstadt', districtId, version: 1 });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(entry).toMatchObject({ action: 'create', entityType: 'organization', before: null });
    expect(entry?.after).toMatchObject({ name: 'Musikschule Musterstadt' });
    expect(entry?.actorUserId).toBeTruthy();
  });

  it("the Träger's admin creates a facility of the Träger, but not one of another Träger", async () => {
    const own = await t.request({
      method: 'POST',
      url: '/api/v1/organizations',
      cookie: providerAdmin,
      payload: { type: 'family_centre', name: 'Familienzentrum Löwenzahn', municipalityId, providerId },
    });
    expect(own.statusCode).toBe(201);
    const other = await t.request({
      method: 'POST',
      url: '/api/v1/organizations',
      cookie: providerAdmin,
      payload: { type: 'family_centre', name: 'Familienzentrum Pusteblume', municipalityId },
    });
    expect(other.statusCode).toBe(403);
  });

  it('centre staff and leads may not create; the planner not in another municipality', async () => {
    const elsewhere = await buildMunicipality(t.db);
    for (const [cookie, municipality] of [
      [lead, municipalityId],
      [staff, municipalityId],
      [planner, elsewhere.id],
    ] as const) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/organizations',
        cookie,
        payload: { type: 'partner', name: 'Verein', municipalityId: municipality },
      });
      expect(res.statusCode).toBe(403);
    }
  });

  it('references must exist and fit: 422 naming each field', async () => {
    const otherDistrict = await buildDistrict(t.db, { municipalityId: (await buildMunicipality(t.db)).id });
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organizations',
      cookie: planner,
      payload: {
        type: 'family_centre',
        name: 'FZ',
        municipalityId,
        districtId: otherDistrict.id,
        providerId: regenbogen.id,
      },
    });
    expect(res.statusCode).toBe(422);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['districtId', 'providerId']);
  });

  it('an anonymous write gets 401', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/organizations',
      payload: { type: 'partner', name: 'X', municipalityId },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().title).toBe('Nicht angemeldet');
  });
});

describe('PATCH /api/v1/organizations/{id}', () => {
  it("staff of Sonnenblume cannot change Regenbogen (403), nor their own centre's profile", async () => {
    for (const id of [regenbogen.id, sonnenblume.id]) {
      const res = await t.request({
        method: 'PATCH',
        url: `/api/v1/organizations/${id}`,
        cookie: staff,
        payload: { version: 1, phone: '1' },
      });
      expect(res.statusCode).toBe(403);
    }
  });

  it('a stale version gets 409 and changes nothing', async () => {
    const current = (
      await t.request({ method: 'GET', url: `/api/v1/organizations/${sonnenblume.id}`, cookie: lead })
    ).json();
    const ok = await t.request({
      method: 'PATCH',
      url: `/api/v1/organizations/${sonnenblume.id}`,
      cookie: lead,
      payload: { version: current.version, phone: '0231 100' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ phone: '0231 100', version: current.version + 1 });
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/v1/organizations/${sonnenblume.id}`,
      cookie: lead,
      payload: { version: current.version, phone: '0231 999' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain(`${current.version + 1}`);
    const after = (
      await t.request({ method: 'GET', url: `/api/v1/organizations/${sonnenblume.id}`, cookie: lead })
    ).json();
    expect(after.phone).toBe('0231 100');
  });

  it('concurrent writers with the same version: exactly one wins, nothing is lost silently', async () => {
    const { version } = (
      await t.request({ method: 'GET', url: `/api/v1/organizations/${sonnenblume.id}`, cookie: lead })
    ).json();
    const results = await Promise.all(
      ['A', 'B', 'C', 'D'].map((suffix) =>
        t.request({
          method: 'PATCH',
          url: `/api/v1/organizations/${sonnenblume.id}`,
          cookie: lead,
          payload: { version, description: `Stand ${suffix}` },
        }),
      ),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const winner = results.find((r) => r.statusCode === 200)?.json();
    const after = (
      await t.request({ method: 'GET', url: `/api/v1/organizations/${sonnenblume.id}`, cookie: lead })
    ).json();
    expect(after).toMatchObject({ description: winner.description, version: version + 1 });
  });

  it('writes the before and after image to the audit log, readable by organisation admins only', async () => {
    const admin = await buildUser(t.db);
    await buildMembership(t.db, { userId: admin.id, organizationId: sonnenblume.id, role: 'admin' });
    const cookie = await t.signIn(admin.email);
    const history = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityId=${sonnenblume.id}`,
      cookie,
    });
    expect(history.statusCode).toBe(200);
    type Image = { phone: string | null; version: number };
    type Entry = { action: string; before: Image; after: Image };
    const phoneChange = history
      .json()
      .items.find(
        (e: Entry) => e.action === 'update' && e.before.phone === null && e.after.phone === '0231 100',
      );
    expect(phoneChange.after.version).toBe(phoneChange.before.version + 1);
    const asLead = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entityId=${sonnenblume.id}`,
      cookie: lead,
    });
    expect(asLead.json().items).toEqual([]);
  });

  it('a cross-origin cookie write is refused and changes nothing', async () => {
    const before = (
      await t.request({ method: 'GET', url: `/api/v1/organizations/${sonnenblume.id}`, cookie: lead })
    ).json();
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
      const res = await t.request({
        method: 'PATCH',
        url: `/api/v1/organizations/${sonnenblume.id}`,
        cookie: lead,
        headers,
        payload: { version: before.version, phone: 'evil' },
      });
      expect(res.statusCode).toBe(403);
    }
    const after = (
      await t.request({ method: 'GET', url: `/api/v1/organizations/${sonnenblume.id}`, cookie: lead })
    ).json();
    expect(after.version).toBe(before.version);
  });
});

describe('GET /api/v1/organizations', () => {
  it('filters by type and pages with a cursor through every item exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `type=family_centre&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await t.request({ method: 'GET', url: `/api/v1/organizations?${query}`, cookie: staff });
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.items.map((o: { type: string; name: string }) => `${o.type}:${o.name}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.every((s) => s.startsWith('family_centre:'))).toBe(true);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain('family_centre:Familienzentrum Sonnenblume');
    expect([...seen].sort()).toEqual(seen.slice().sort());
  });

  it('finds names with umlauts folded and with a typo', async () => {
    for (const q of ['bildungsstatte', 'Familienbildungsstätte', 'Famlienbildungsstätte']) {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/organizations?q=${encodeURIComponent(q)}`,
        cookie: staff,
      });
      expect(
        res.json().items.map((o: { name: string }) => o.name),
        q,
      ).toContain('Familienbildungsstätte Musterstadt');
    }
  });

  it('rejects a limit over 100 and a broken cursor, naming the parameter', async () => {
    const tooMany = await t.request({ method: 'GET', url: '/api/v1/organizations?limit=101', cookie: staff });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].path).toBe('limit');
    const broken = await t.request({ method: 'GET', url: '/api/v1/organizations?cursor=xyz', cookie: staff });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors[0].path).toBe('cursor');
  });

  it('needs a sign-in', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/organizations' })).statusCode).toBe(401);
  });
});

describe('validation messages', () => {
  it('explain each field in plain words, in German and English', async () => {
    const payload = {
      type: 'partner',
      name: '  ',
      municipalityId,
      postalCode: '4413',
      website: 'www.beispiel.example',
      email: 'kein-at',
      lat: 95,
    };
    const de = await t.request({ method: 'POST', url: '/api/v1/organizations', cookie: planner, payload });
    const messages = Object.fromEntries(
      de.json().errors.map((e: { path: string; message: string }) => [e.path, e.message]),
    );
    expect(messages).toEqual({
      name: 'Darf nicht leer sein',
      postalCode: 'Postleitzahl mit fünf Ziffern, z. B. 44135',
      website: 'Keine gültige Adresse; bitte mit https:// angeben',
      email: 'Keine gültige E-Mail-Adresse',
      lat: 'Breitengrad zwischen -90 und 90',
    });
    const en = await t.request({
      method: 'POST',
      url: '/api/v1/organizations',
      cookie: planner,
      headers: { 'accept-language': 'en' },
      payload,
    });
    expect(en.json().errors.find((e: { path: string }) => e.path === 'postalCode').message).toBe(
      'Postcode of five digits, e.g. 44135',
    );
  });
});
