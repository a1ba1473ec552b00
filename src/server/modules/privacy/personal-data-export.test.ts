import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildMunicipality, buildOrganization } from '../../test/factories';
import { ANNA, buildPrivacyWorld, type PrivacyWorld } from './test-world';

let t: TestApp;
let w: PrivacyWorld;

beforeAll(async () => {
  // Many people sign in here within a minute.
  t = await buildTestApp({ signInRateLimit: 1000 });
  w = await buildPrivacyWorld(t);
});

const download = (cookie?: string) => t.request({ method: 'GET', url: '/api/v1/me/personal-data', cookie });

describe('GET /api/v1/me/personal-data (DSGVO Art. 15/20)', () => {
  it('is refused without sign-in', async () => {
    const res = await download();
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('is a JSON file to save, named after the person and the day', async () => {
    const res = await download(w.cookies.anna);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="personal-data-anna-beispiel-\d{4}-\d\d-\d\d\.json"$/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it("holds the person's data from every module", async () => {
    const data = (await download(w.cookies.anna)).json();
    expect(data.account.user).toMatchObject({ name: ANNA.name, email: ANNA.email, isInstanceAdmin: false });
    expect(data.account.signInMethods).toEqual([
      expect.objectContaining({ providerId: 'credential', hasPassword: true }),
    ]);
    expect(data.account.sessions.map((s: { userAgent: string }) => s.userAgent)).toContain(
      'Annas-Browser/2.0',
    );
    expect(data.account.apiKeys).toEqual([expect.objectContaining({ name: 'Annas Tabelle' })]);
    expect(data.account.memberships).toEqual([
      expect.objectContaining({ organizationName: 'Familienzentrum Sonnenblume', role: 'staff' }),
    ]);
    expect(data.account.invitations).toEqual([
      expect.objectContaining({
        direction: 'received',
        email: ANNA.email,
        organizationName: 'Familienzentrum Sonnenblume',
      }),
    ]);
    expect(data.directory.contactEntries).toEqual([
      expect.objectContaining({ organizationName: 'Beratungsstelle', email: ANNA.email }),
    ]);
    expect(data.offerings.comments).toEqual([
      expect.objectContaining({ body: 'Ich übernehme den ersten Termin.' }),
    ]);
    expect(data.offerings.consents).toEqual([
      expect.objectContaining({ offeringTitle: 'Elterncafé am Montag', round: 1 }),
    ]);
    expect(data.agreements.comments).toEqual([expect.objectContaining({ body: 'Bitte Zweck schärfen.' })]);
    expect(data.agreements.signatures).toEqual([
      expect.objectContaining({ signerName: ANNA.name, signedOn: '2026-02-01' }),
    ]);
    expect(data.rooms.bookingsRequested).toEqual([
      expect.objectContaining({ title: 'Krabbelgruppe', roomName: 'Mehrzweckraum' }),
    ]);
    expect(data.activity).toContainEqual(
      expect.objectContaining({ entityType: 'api_key', action: 'create' }),
    );
    expect(data.emails).toEqual([expect.objectContaining({ subject: expect.stringContaining('Einladung') })]);
  });

  it("holds a planner's tasks, named by title and status", async () => {
    const municipality = await buildMunicipality(t.db, { name: 'Planstadt' });
    const office = await buildOrganization(t.db, { municipalityId: municipality.id, type: 'youth_office' });
    const planner = await t.signInAsNewMember('planner', office.id);
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/planning/tasks',
      cookie: planner,
      payload: { municipalityId: municipality.id, title: 'Familienbildung im Nordviertel gewinnen' },
    });
    expect(created.statusCode).toBe(201);
    const data = (await download(planner)).json();
    expect(data.planning.tasks).toEqual([
      expect.objectContaining({ title: 'Familienbildung im Nordviertel gewinnen', createdByThePerson: true }),
    ]);
    expect((await download(w.cookies.anna)).json().planning.tasks).toEqual([]);
  });

  it('holds no secrets and nothing of other people', async () => {
    const text = (await download(w.cookies.anna)).body;
    for (const secret of ['password"', 'token', 'keyHash', 'key_hash', '$argon', 'scrypt', 'fnk_']) {
      expect(text).not.toContain(secret);
    }
    // The colleague's session and address, the inviting admin's address, the other members.
    for (const other of [
      'Kollegin-Browser/1.0',
      w.colleague.email,
      w.sonnenblumeAdmin.email,
      w.bert.email,
      w.staff.email,
    ]) {
      expect(text).not.toContain(other);
    }
  });

  it("a colleague's export does not contain Anna's traces", async () => {
    const text = (await download(w.cookies.colleague)).body;
    expect(text).toContain('Kollegin-Browser/1.0');
    expect(text).not.toContain(ANNA.email);
    expect(text).not.toContain('Annas-Browser/2.0');
    expect(text).not.toContain('Krabbelgruppe');
  });

  it('is declared in the OpenAPI document as a JSON file with Content-Disposition', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    const ok = doc.paths['/api/v1/me/personal-data'].get.responses['200'];
    expect(Object.keys(ok.content)).toEqual(['application/json']);
    expect(ok.content['application/json'].schema.$ref).toBe('#/components/schemas/PersonalData');
    expect(ok.headers['Content-Disposition'].schema.type).toBe('string');
    const personalData = doc.components.schemas.PersonalData;
    expect(JSON.stringify(personalData)).not.toMatch(
      /"(password|token|accessToken|refreshToken|idToken|keyHash)"/,
    );
  });
});
