import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildMembership, buildMunicipality, buildOrganization, buildUser } from '../../test/factories';
import { contactPersons, partnerProfiles } from '../directory/schema';

let t: TestApp;
let centreId: string;
let lead: string;
let outsider: string;
let evilPartnerId: string;

beforeAll(async () => {
  t = await buildTestApp();
  const municipalityId = (await buildMunicipality(t.db)).id;
  centreId = (await buildOrganization(t.db, { municipalityId, name: 'Familienzentrum Sonnenblume' })).id;
  const partner = await buildOrganization(t.db, {
    municipalityId,
    type: 'partner',
    name: 'Bücherei Süd',
    street: 'Hauptstraße 1',
    phone: '=HYPERLINK("x")',
  });
  // A formula that spans two lines: the escaping must look at the first character, whatever follows.
  await buildOrganization(t.db, {
    municipalityId,
    type: 'partner',
    name: '=HYPERLINK("http://evil.example",\n"Klick")',
  }).then(async (evil) => {
    await t.db.insert(partnerProfiles).values({ organizationId: evil.id });
    evilPartnerId = evil.id;
  });
  await t.db.insert(partnerProfiles).values({ organizationId: partner.id });
  await t.db.insert(contactPersons).values({
    organizationId: partner.id,
    name: 'Jörg Lesemann',
    role: 'Leitung',
    email: 'lesemann@buecherei.example',
  });
  const user = await buildUser(t.db);
  await buildMembership(t.db, { userId: user.id, organizationId: centreId, role: 'staff' });
  lead = await t.signIn(user.email);
  const other = await buildUser(t.db);
  await buildMembership(t.db, {
    userId: other.id,
    organizationId: (await buildOrganization(t.db, { municipalityId })).id,
    role: 'lead',
  });
  outsider = await t.signIn(other.email);
  const put = await t.request({
    method: 'PUT',
    url: `/api/v1/centres/${centreId}/relationships/${partner.id}`,
    cookie: lead,
    payload: { status: 'active', internalNotes: 'geheim', nextStep: 'Lesepaten anfragen' },
  });
  expect(put.statusCode).toBe(201);
  const putEvil = await t.request({
    method: 'PUT',
    url: `/api/v1/centres/${centreId}/relationships/${evilPartnerId}`,
    cookie: lead,
    payload: { status: 'potential' },
  });
  expect(putEvil.statusCode).toBe(201);
});

describe('network exports', () => {
  it('CSV opens in German Excel: BOM, semicolons, umlauts, no internal notes, formulas escaped', async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/centres/${centreId}/network.csv`,
      cookie: lead,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('netzwerk-Familienzentrum-Sonnenblume.csv');
    expect(res.body.startsWith('\uFEFFPartner;Art;Status;')).toBe(true);
    expect(res.body).toContain('Bücherei Süd;;aktiv;');
    expect(res.body).toContain('Lesepaten anfragen');
    expect(res.body).toContain(`"'=HYPERLINK(""x"")"`);
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"",\n""Klick"")"`);
    expect(res.body).not.toContain('geheim');
  });

  it('CSV in English when the client asks for it: headers, statuses, dates and file name', async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/centres/${centreId}/network.csv`,
      cookie: lead,
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('network-Familienzentrum-Sonnenblume.csv');
    expect(res.headers['content-language']).toBe('en');
    expect(res.body.startsWith('\uFEFFPartner;Kind;Status;Status since;Next step;')).toBe(true);
    expect(res.body).toContain('Bücherei Süd;;active;');
    expect(res.body).not.toContain('aktiv');
  });

  it("vCards carry the partners' business contacts", async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/centres/${centreId}/contacts.vcf`,
      cookie: lead,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(res.body).toMatch(/^BEGIN:VCARD/);
    expect(res.body).toContain('FN:Jörg Lesemann');
    expect(res.body).toContain('ORG:Bücherei Süd');
    expect(res.body).toContain('lesemann@buecherei.example');
  });

  it('only the centre exports its network', async () => {
    for (const path of ['network.csv', 'contacts.vcf']) {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/centres/${centreId}/${path}`,
        cookie: outsider,
      });
      expect(res.statusCode).toBe(403);
    }
    const network = await t.request({
      method: 'GET',
      url: `/api/v1/centres/${centreId}/network`,
      cookie: lead,
    });
    expect(network.json().exports).toEqual({
      csv: `/api/v1/centres/${centreId}/network.csv`,
      vcard: `/api/v1/centres/${centreId}/contacts.vcf`,
    });
  });
});
