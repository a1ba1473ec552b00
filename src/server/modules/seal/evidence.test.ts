import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildOrganization } from '../../test/factories';
import type { SelfCheck } from './schemas';
import { AT, buildSealWorld, type SealWorld } from './test-factories';

/** Manual evidence (issue 19 §3): upload, list, change, remove, download; it closes a gap. */

let t: TestApp;
let w: SealWorld;
let staff: string;
let lead: string;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildSealWorld(t);
  staff = await t.signIn(w.staff.email);
  lead = await t.signIn(w.lead.email);
}, 60_000);

const post = (cookie: string, payload: object, id = w.centre.id) =>
  t.request({ method: 'POST', url: `/api/v1/seal/centres/${id}/evidence`, cookie, payload });

const minutes = {
  kind: 'document',
  title: 'Protokoll Netzwerktreffen',
  criteria: ['6.6'],
  effectiveOn: '2026-03-12',
  expiresOn: '2026-12-31',
  document: { fileName: 'protokoll.pdf', contentBase64: PDF.toString('base64') },
};

describe('manual evidence', () => {
  it('staff upload a PDF that closes 6.6 and is downloaded as application/pdf', async () => {
    const res = await post(staff, minutes);
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      kind: 'document',
      fileName: 'protokoll.pdf',
      fileSize: PDF.length,
      version: 1,
    });
    const check = (
      await t.request({
        method: 'GET',
        url: `/api/v1/seal/centres/${w.centre.id}/self-check?at=${AT}`,
        cookie: lead,
      })
    ).json() as SelfCheck;
    const c66 = check.areas.flatMap((a) => a.criteria).find((c) => c.code === '6.6');
    expect(c66?.evidence).toEqual([
      expect.objectContaining({ id: created.id, kind: 'document', hasFile: true }),
    ]);
    expect(check.missing.map((g) => g.code)).not.toContain('6.6');
    const file = await t.request({
      method: 'GET',
      url: `/api/v1/seal/evidence/${created.id}/file`,
      cookie: lead,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const list = (
      await t.request({ method: 'GET', url: `/api/v1/seal/centres/${w.centre.id}/evidence`, cookie: staff })
    ).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual(
      expect.arrayContaining([created.id, w.note?.id]),
    );
  });

  it('refuses bad input with localised field errors and writes nothing', async () => {
    const cases: [object, string][] = [
      [{ ...minutes, criteria: ['6.9'] }, 'criteria'],
      [
        {
          ...minutes,
          document: { fileName: 'x.pdf', contentBase64: Buffer.from('hello').toString('base64') },
        },
        'document',
      ],
      [{ ...minutes, document: undefined }, 'document'],
      [{ ...minutes, expiresOn: '2026-01-01' }, 'expiresOn'],
    ];
    const before = (
      await t.request({ method: 'GET', url: `/api/v1/seal/centres/${w.centre.id}/evidence`, cookie: lead })
    ).json().items.length;
    for (const [payload, path] of cases) {
      const res = await post(lead, payload);
      expect(res.statusCode, path).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors[0].path).toBe(path);
    }
    expect((await post(lead, { ...minutes, criteria: [] })).statusCode).toBe(400);
    const unknown = await t.request({
      method: 'POST',
      url: `/api/v1/seal/centres/${w.centre.id}/evidence`,
      cookie: lead,
      payload: { ...minutes, criteria: ['6.9'] },
      headers: { 'accept-language': 'en' },
    });
    expect(unknown.json().errors[0].message).toBe('These criteria are not in catalogue 2020: 6.9.');
    const after = (
      await t.request({ method: 'GET', url: `/api/v1/seal/centres/${w.centre.id}/evidence`, cookie: lead })
    ).json().items.length;
    expect(after).toBe(before);
  });

  it('changes with the version read (409 when stale) and removes', async () => {
    const created = (
      await post(staff, { kind: 'note', title: 'Notiz', criteria: ['8.1'], effectiveOn: '2026-01-10' })
    ).json();
    const patch = (payload: object) =>
      t.request({ method: 'PATCH', url: `/api/v1/seal/evidence/${created.id}`, cookie: staff, payload });
    const changed = await patch({ version: 1, criteria: ['8.1', '8.2'] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ criteria: ['8.1', '8.2'], version: 2 });
    expect((await patch({ version: 1, title: 'Alt' })).statusCode).toBe(409);
    const remove = (version: number) =>
      t.request({
        method: 'DELETE',
        url: `/api/v1/seal/evidence/${created.id}?version=${version}`,
        cookie: lead,
      });
    expect((await remove(1)).statusCode).toBe(409);
    expect((await remove(2)).statusCode).toBe(204);
    expect((await patch({ version: 2, title: 'Weg' })).statusCode).toBe(404);
  });

  it('keeps evidence from outsiders: 403 on the centre, 404 on the item and its file', async () => {
    const created = (await post(lead, minutes)).json();
    const other = await buildOrganization(t.db, { municipalityId: w.m.id });
    const outsider = await t.signInAsNewMember('lead', other.id);
    const partner = await t.signInAsNewMember('staff', w.beratung.id);
    for (const cookie of [outsider, partner]) {
      expect((await post(cookie, minutes)).statusCode).toBe(403);
      expect(
        (await t.request({ method: 'GET', url: `/api/v1/seal/centres/${w.centre.id}/evidence`, cookie }))
          .statusCode,
      ).toBe(403);
      expect(
        (await t.request({ method: 'GET', url: `/api/v1/seal/evidence/${created.id}/file`, cookie }))
          .statusCode,
      ).toBe(404);
    }
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/seal/evidence/${created.id}/file` })).statusCode,
    ).toBe(401);
  });
});
