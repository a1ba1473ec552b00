import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildMunicipality, buildOrganization } from '../../test/factories';
import { agreementParties, agreements, agreementTemplates } from './schema';
import { ensureBuiltInTemplates } from './templates';
import { type AgreementWorld, buildAgreementWorld, consultationParties } from './test-factories';

let t: TestApp;
let w: AgreementWorld;
/** A neighbouring municipality: a Caritas Träger with a facility there and one in Musterstadt; its Jugendamt. */
let n: Awaited<ReturnType<typeof buildNeighbour>>;

async function buildNeighbour() {
  const municipality = await buildMunicipality(t.db, { name: 'Nachbarstadt' });
  const caritas = await buildOrganization(t.db, {
    type: 'provider',
    name: 'Caritas Nachbarstadt',
    municipalityId: municipality.id,
  });
  const caritasThere = await buildOrganization(t.db, {
    type: 'partner',
    name: 'Caritas Familienberatung Nachbarstadt',
    providerId: caritas.id,
    municipalityId: municipality.id,
  });
  const caritasHere = await buildOrganization(t.db, {
    type: 'partner',
    name: 'Caritas Beratung Musterstadt',
    providerId: caritas.id,
    municipalityId: w.municipalityId,
  });
  const youthOffice = await buildOrganization(t.db, {
    type: 'youth_office',
    name: 'Jugendamt Nachbarstadt',
    municipalityId: municipality.id,
  });
  return {
    municipalityId: municipality.id,
    caritas,
    caritasThere,
    caritasHere,
    planner: await t.signInAsNewMember('planner', youthOffice.id),
    caritasLead: await t.signInAsNewMember('lead', caritasThere.id),
  };
}

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildAgreementWorld(t);
  n = await buildNeighbour();
});

const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.request({ method, url: `/api/v1${url}`, cookie, ...(payload && { payload }) });

const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((a) => a.id);

async function create(cookie: string, body: object) {
  const res = await api('POST', '/agreements', cookie, body);
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; version: number; parties: { id: string }[]; municipalityIds: string[] };
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

describe('sign permission per party', () => {
  let id: string;
  let partyIds: string[];
  let version: number;
  let cityLead: string;

  beforeAll(async () => {
    cityLead = await t.signInAsNewMember('lead', w.city.id);
    const agreement = await create(w.people.sonnenblumeLead, {
      title: 'Sprechstunde: wer unterschreibt wofür',
      parties: consultationParties(w),
      term: { startDate: '2026-01-01' },
    });
    id = agreement.id;
    partyIds = agreement.parties.map((p) => p.id);
    version = await toStatus(id, w.people.sonnenblumeLead, 'ready_for_signature');
  });

  const permissionsOf = async (cookie: string) =>
    (await api('GET', `/agreements/${id}`, cookie)).json().permissions as {
      sign: boolean;
      signFor: string[];
    };

  it('names the parties each person can sign for', async () => {
    expect(await permissionsOf(w.people.sonnenblumeLead)).toMatchObject({
      sign: true,
      signFor: [partyIds[0]],
    });
    expect(await permissionsOf(w.people.counsellingLead)).toMatchObject({
      sign: true,
      signFor: [partyIds[1]],
    });
    // The Träger's lead represents both parties (the city acts for both facilities).
    expect(await permissionsOf(cityLead)).toMatchObject({ sign: true, signFor: partyIds });
    expect(await permissionsOf(w.people.sonnenblumeStaff)).toMatchObject({ sign: false, signFor: [] });
    expect(await permissionsOf(w.people.planner)).toMatchObject({ sign: false, signFor: [] });
    const list = await api('GET', `/agreements?party=${w.sonnenblume.id}`, w.people.sonnenblumeLead);
    const summary = list.json().items.find((a: { id: string }) => a.id === id);
    expect(summary.permissions.signFor).toEqual([partyIds[0]]);
  });

  it('a party that has signed is no longer offered; signing for the other party is still refused', async () => {
    const signed = await api('POST', `/agreements/${id}/signatures`, w.people.sonnenblumeLead, {
      version,
      partyId: partyIds[0],
      signerRole: 'Leitung Familienzentrum',
    });
    expect(signed.statusCode).toBe(201);
    expect(await permissionsOf(w.people.sonnenblumeLead)).toMatchObject({ sign: false, signFor: [] });
    expect(await permissionsOf(cityLead)).toMatchObject({ sign: true, signFor: [partyIds[1]] });
    const other = await api('POST', `/agreements/${id}/signatures`, w.people.sonnenblumeLead, {
      version,
      partyId: partyIds[1],
      signerRole: 'Leitung Familienzentrum',
    });
    expect(other.statusCode).toBe(403);
  });

  it('outside "ready for signature" nobody is offered signing', async () => {
    const draft = await create(w.people.sonnenblumeLead, {
      title: 'Noch im Entwurf',
      parties: consultationParties(w),
      term: { startDate: '2026-01-01' },
    });
    const res = await api('GET', `/agreements/${draft.id}`, cityLead);
    expect(res.json().permissions).toMatchObject({ sign: false, signFor: [] });
  });
});

describe('planners see every agreement involving a facility of their municipality', () => {
  let id: string;

  beforeAll(async () => {
    // The first party lies in Nachbarstadt, so the agreement's home municipality is Nachbarstadt.
    const agreement = await create(w.people.sonnenblumeLead, {
      title: 'Familienberatung über die Stadtgrenze',
      parties: [
        { organizationId: n.caritas.id, facilityIds: [n.caritasThere.id] },
        { organizationId: w.city.id, facilityIds: [w.sonnenblume.id] },
      ],
      term: { startDate: '2026-01-01', reviewDate: '2026-01-15' },
    });
    id = agreement.id;
    expect([...agreement.municipalityIds].sort()).toEqual([w.municipalityId, n.municipalityId].sort());
    await toStatus(id, w.people.sonnenblumeLead, 'in_review');
  });

  it('the Musterstadt planner sees its metadata, in the list and in the attention list, not its content', async () => {
    const one = await api('GET', `/agreements/${id}`, w.people.planner);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      municipalityId: n.municipalityId,
      content: null,
      status: 'in_review',
      permissions: { readContent: false, edit: false, sign: false, signFor: [] },
    });
    expect(one.json().parties).toHaveLength(2);
    expect(ids(await api('GET', '/agreements', w.people.planner))).toContain(id);
    const attention = await api(
      'GET',
      `/agreements/attention?municipalityId=${w.municipalityId}`,
      w.people.planner,
    );
    expect(attention.statusCode).toBe(200);
    expect(attention.json().items.map((i: { agreement: { id: string } }) => i.agreement.id)).toContain(id);
    expect((await api('GET', `/agreements/${id}/versions`, w.people.planner)).statusCode).toBe(403);
  });

  it('the Nachbarstadt planner sees it too; an outsider does not; sharing opens the content to both', async () => {
    expect((await api('GET', `/agreements/${id}`, n.planner)).statusCode).toBe(200);
    expect(ids(await api('GET', '/agreements', n.planner))).toContain(id);
    expect((await api('GET', `/agreements/${id}`, w.people.regenbogenLead)).statusCode).toBe(404);
    const version = (await api('GET', `/agreements/${id}`, n.caritasLead)).json().version;
    const share = await api('PUT', `/agreements/${id}/sharing`, n.caritasLead, {
      version,
      sharedWithYouthOffice: true,
    });
    expect(share.statusCode).toBe(200);
    for (const planner of [w.people.planner, n.planner]) {
      const res = await api('GET', `/agreements/${id}`, planner);
      expect(res.json().content).not.toBeNull();
    }
  });

  it('follows a change of the facilities a party acts for', async () => {
    const agreement = await create(w.people.sonnenblumeLead, {
      title: 'Beratung in Musterstadt, später aus Nachbarstadt',
      parties: [
        { organizationId: w.city.id, facilityIds: [w.sonnenblume.id] },
        { organizationId: n.caritas.id, facilityIds: [n.caritasHere.id] },
      ],
      term: { startDate: '2026-01-01' },
    });
    expect(agreement.municipalityIds).toEqual([w.municipalityId]);
    expect((await api('GET', `/agreements/${agreement.id}`, n.planner)).statusCode).toBe(404);
    const changed = await api('PATCH', `/agreements/${agreement.id}`, w.people.sonnenblumeLead, {
      version: agreement.version,
      parties: [{ id: agreement.parties[1]?.id, facilityIds: [n.caritasThere.id] }],
    });
    expect(changed.statusCode).toBe(200);
    expect([...changed.json().municipalityIds].sort()).toEqual([w.municipalityId, n.municipalityId].sort());
    expect((await api('GET', `/agreements/${agreement.id}`, n.planner)).statusCode).toBe(200);
    const attention = await api('GET', `/agreements/attention?municipalityId=${n.municipalityId}`, n.planner);
    expect(attention.statusCode).toBe(200);
  });

  it('covers agreements written directly to the database (demo and bulk loaders)', async () => {
    const [row] = await t.db
      .insert(agreements)
      .values({
        reference: `KV-TEST-${Date.now()}`,
        title: 'Direkt geladen',
        type: 'other',
        municipalityId: n.municipalityId,
        startDate: '2026-01-01',
      })
      .returning();
    if (!row) throw new Error('insert failed');
    await t.db.insert(agreementParties).values([
      { agreementId: row.id, position: 0, organizationId: n.caritas.id, facilityIds: [n.caritasThere.id] },
      { agreementId: row.id, position: 1, organizationId: w.awo.id, facilityIds: [w.regenbogen.id] },
    ]);
    const [stored] = await t.db.select().from(agreements).where(eq(agreements.id, row.id));
    expect([...(stored?.municipalityIds ?? [])].sort()).toEqual([w.municipalityId, n.municipalityId].sort());
    expect((await api('GET', `/agreements/${row.id}`, w.people.planner)).statusCode).toBe(200);
  });
});

describe('templates', () => {
  it('are seeded once per database handle, not on every read', async () => {
    const first = ensureBuiltInTemplates(t.db);
    expect(ensureBuiltInTemplates(t.db)).toBe(first);
    await first;
    const [before] = await t.db
      .select({ n: count() })
      .from(agreementTemplates)
      .where(eq(agreementTemplates.builtIn, true));
    expect(before?.n).toBeGreaterThanOrEqual(4);
    // A removed built-in template is not put back by later reads in this process (no INSERT per request).
    await t.db.delete(agreementTemplates).where(eq(agreementTemplates.key, 'joint_course'));
    const list = await api('GET', '/agreement-templates', w.people.sonnenblumeLead);
    expect(list.json().items.map((x: { key: string }) => x.key)).not.toContain('joint_course');
  });

  it('a fresh database gets its own built-in templates', async () => {
    const fresh = await buildTestApp();
    const world = await buildAgreementWorld(fresh);
    const res = await fresh.request({
      method: 'GET',
      url: '/api/v1/agreement-templates',
      cookie: world.people.sonnenblumeLead,
    });
    expect(res.json().items.map((x: { key: string }) => x.key)).toEqual(
      expect.arrayContaining(['consultation_hour', 'joint_course', 'room_use', 'basic_cooperation']),
    );
  });

  it('lists whose own templates a person may keep, reads one, and answers a stale edit with 409', async () => {
    const list = await api('GET', '/agreement-templates', w.people.sonnenblumeLead);
    // The Träger first, then the centre itself.
    expect(list.json().owners).toEqual([
      { id: w.city.id, name: 'Stadt Musterstadt' },
      { id: w.sonnenblume.id, name: 'Familienzentrum Sonnenblume' },
    ]);
    expect((await api('GET', '/agreement-templates', w.people.sonnenblumeStaff)).json().owners).toEqual([]);
    const builtIn = list.json().items.find((x: { key: string }) => x.key === 'consultation_hour');
    const one = await api('GET', `/agreement-templates/${builtIn.id}`, w.people.sonnenblumeStaff);
    expect(one.json()).toMatchObject({ id: builtIn.id, builtIn: true, permissions: { edit: false } });

    const copy = await api('POST', '/agreement-templates', w.people.sonnenblumeLead, {
      ownerOrganizationId: w.city.id,
      copyOf: builtIn.id,
      type: builtIn.type,
      title: 'Sprechstunde (Stadt Musterstadt)',
    });
    expect(copy.statusCode).toBe(201);
    const copyId = copy.json().id;
    expect((await api('GET', `/agreement-templates/${copyId}`, w.people.regenbogenLead)).statusCode).toBe(
      404,
    );
    const staffView = await api('GET', `/agreement-templates/${copyId}`, w.people.sonnenblumeStaff);
    expect(staffView.json().permissions.edit).toBe(false);

    const ok = await api('PATCH', `/agreement-templates/${copyId}`, w.people.sonnenblumeLead, {
      version: 1,
      sections: { costs: 'Die Stadt trägt die Kosten.' },
    });
    expect(ok.statusCode).toBe(200);
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/v1/agreement-templates/${copyId}`,
      cookie: w.people.sonnenblumeLead,
      headers: { 'accept-language': 'en' },
      payload: { version: 1, sections: { costs: 'Überschrieben?' } },
    });
    expect(stale.statusCode).toBe(409);
    const stored = await api('GET', `/agreement-templates/${copyId}`, w.people.sonnenblumeLead);
    expect(stored.json()).toMatchObject({ version: 2, sections: { costs: 'Die Stadt trägt die Kosten.' } });
  });
});
