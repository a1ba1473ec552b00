import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { agreementSignatures, agreements } from './schema';
import { type AgreementWorld, buildAgreementWorld, consultationParties, TINY_PDF } from './test-factories';

let t: TestApp;
let w: AgreementWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildAgreementWorld(t);
});

const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.request({ method, url: `/api/v1${url}`, cookie, ...(payload && { payload }) });

describe('bad input changes nothing', () => {
  let id: string;
  let version: number;
  let partyIds: string[];

  const snapshot = async () => {
    const [row] = await t.db.select().from(agreements).where(eq(agreements.id, id));
    const [sigs] = await t.db
      .select({ n: count() })
      .from(agreementSignatures)
      .where(eq(agreementSignatures.agreementId, id));
    return { row, signatures: sigs?.n };
  };

  beforeAll(async () => {
    const res = await api('POST', '/agreements', w.people.sonnenblumeLead, {
      title: 'Raumnutzung Beratung',
      type: 'room_use',
      parties: consultationParties(w),
      term: { startDate: '2026-03-01', endDate: '2027-02-28' },
    });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    partyIds = res.json().parties.map((p: { id: string }) => p.id);
    const ready = await api('POST', `/agreements/${id}/transitions`, w.people.sonnenblumeLead, {
      version: res.json().version,
      to: 'ready_for_signature',
    });
    version = ready.json().version;
  });

  it('an end date before the start: 422 on create and on update', async () => {
    const [before] = await t.db.select({ n: count() }).from(agreements);
    const create = await api('POST', '/agreements', w.people.sonnenblumeLead, {
      title: 'Falsch herum',
      parties: consultationParties(w),
      term: { startDate: '2026-05-01', endDate: '2026-04-30' },
    });
    expect(create.statusCode).toBe(422);
    expect(create.json().errors).toEqual([
      { path: 'term.endDate', message: 'Das Ende darf nicht vor dem Beginn liegen' },
    ]);
    const [after] = await t.db.select({ n: count() }).from(agreements);
    expect(after?.n).toBe(before?.n);
  });

  it('a transition not allowed from the state: 409 with both states named', async () => {
    const state = await snapshot();
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/agreements/${id}/transitions`,
      cookie: w.people.sonnenblumeLead,
      headers: { 'accept-language': 'en' },
      payload: { version, to: 'active' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('The agreement cannot move from "Ready for signature" to "Active".');
    expect(await snapshot()).toEqual(state);
  });

  it('a stale version: 409', async () => {
    const state = await snapshot();
    const res = await api('POST', `/agreements/${id}/transitions`, w.people.sonnenblumeLead, {
      version: version - 1,
      to: 'in_review',
    });
    expect(res.statusCode).toBe(409);
    expect(await snapshot()).toEqual(state);
  });

  it('an upload that is not a PDF, or over 10 MB: 422', async () => {
    const state = await snapshot();
    const notPdf = await api('POST', `/agreements/${id}/signatures`, w.people.sonnenblumeLead, {
      version,
      partyId: partyIds[0],
      signerRole: 'Leitung',
      document: { fileName: 'scan.pdf', contentBase64: Buffer.from('GIF89a not a pdf').toString('base64') },
    });
    expect(notPdf.statusCode).toBe(422);
    expect(notPdf.json().errors[0].message).toBe('Die Datei ist kein PDF-Dokument');
    const big = Buffer.concat([TINY_PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await api('POST', `/agreements/${id}/signatures`, w.people.sonnenblumeLead, {
      version,
      partyId: partyIds[0],
      signerRole: 'Leitung',
      document: { fileName: 'scan.pdf', contentBase64: big.toString('base64') },
    });
    expect(tooBig.statusCode).toBe(422);
    expect(tooBig.json().errors[0].message).toBe('Die Datei ist größer als 10 MB');
    expect(await snapshot()).toEqual(state);
  });

  it('signing by someone who does not represent a party: 403 (or 404 for outsiders)', async () => {
    const state = await snapshot();
    const staff = await api('POST', `/agreements/${id}/signatures`, w.people.sonnenblumeStaff, {
      version,
      partyId: partyIds[0],
      signerRole: 'Fachkraft',
    });
    expect(staff.statusCode).toBe(403);
    expect(staff.json().detail).toContain('vertreten diese Partei nicht');
    const outsider = await api('POST', `/agreements/${id}/signatures`, w.people.regenbogenLead, {
      version,
      partyId: partyIds[0],
      signerRole: 'Leitung',
    });
    expect(outsider.statusCode).toBe(404);
    const planner = await api('POST', `/agreements/${id}/signatures`, w.people.planner, {
      version,
      partyId: partyIds[0],
      signerRole: 'Planung',
    });
    expect([403, 404]).toContain(planner.statusCode);
    expect(await snapshot()).toEqual(state);
  });

  it('editing while ready for signature: 409; a facility of another Träger: 422', async () => {
    const state = await snapshot();
    const edit = await api('PATCH', `/agreements/${id}`, w.people.sonnenblumeLead, { version, title: 'Neu' });
    expect(edit.statusCode).toBe(409);
    const create = await api('POST', '/agreements', w.people.sonnenblumeLead, {
      title: 'Fremde Einrichtung',
      parties: [
        { organizationId: w.city.id, facilityIds: [w.sonnenblume.id] },
        { organizationId: w.city.id, facilityIds: [w.regenbogen.id] },
      ],
      term: { startDate: '2026-05-01' },
    });
    expect(create.statusCode).toBe(422);
    expect(create.json().errors[0].path).toBe('parties.1.facilityIds.0');
    expect(await snapshot()).toEqual(state);
  });

  it('who may not create an agreement learns nothing of the organisations named: 401 signed out, 403 else', async () => {
    const [before] = await t.db.select({ n: count() }).from(agreements);
    // Regenbogen is no facility of the city: checking that first would tell the caller how they are related.
    const body = {
      title: 'Ausgeforscht',
      parties: [
        { organizationId: w.city.id, facilityIds: [w.sonnenblume.id] },
        { organizationId: w.city.id, facilityIds: [w.regenbogen.id] },
      ],
      term: { startDate: '2026-05-01' },
    };
    const anonymous = await t.request({ method: 'POST', url: '/api/v1/agreements', payload: body });
    expect(anonymous.statusCode, anonymous.body).toBe(401);
    const unknown = await t.request({
      method: 'POST',
      url: '/api/v1/agreements',
      payload: {
        ...body,
        parties: [
          { organizationId: crypto.randomUUID(), facilityIds: [] },
          { organizationId: w.city.id, facilityIds: [] },
        ],
      },
    });
    expect(unknown.statusCode).toBe(401);
    const outsider = await api('POST', '/agreements', w.people.planner, body);
    expect(outsider.statusCode).toBe(403);
    const [after] = await t.db.select({ n: count() }).from(agreements);
    expect(after?.n).toBe(before?.n);
  });
});
