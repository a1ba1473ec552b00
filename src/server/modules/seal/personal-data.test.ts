import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { sealManualEvidence } from './schema';
import { buildCycleWorld, type CycleWorld, cycleApi } from './test-cycle-world';

// Art. 15/20: the cycles and the manual evidence a person recorded are in their personal-data export, by
// centre, dates and titles (no file content); nobody else's appear.
let t: TestApp;
let w: CycleWorld;

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 1000 });
  w = await buildCycleWorld(t);
});

const exportOf = async (cookie: string) =>
  (await t.request({ method: 'GET', url: '/api/v1/me/personal-data', cookie })).json();

describe('the seal part of the personal-data export', () => {
  it('lists the cycles and manual evidence the person created, not the file', async () => {
    const created = await cycleApi(t)(
      'POST',
      `/seal/centres/${w.centres.linde.id}/cycles`,
      w.people.lindeLead.cookie,
      {
        certifiedOn: '2023-04-01',
        note: 'Urkunde im Ordner',
      },
    );
    expect(created.statusCode).toBe(201);
    await t.db.insert(sealManualEvidence).values({
      organizationId: w.centres.linde.id,
      kind: 'document',
      title: 'Protokoll Netzwerktreffen',
      criteria: ['6.6'],
      effectiveOn: '2026-03-01',
      file: Buffer.from('%PDF-1.4 geheim'),
      fileName: 'protokoll.pdf',
      fileSize: 15,
      createdBy: w.people.lindeLead.id,
    });
    const data = await exportOf(w.people.lindeLead.cookie);
    expect(data.seal.cyclesRecorded).toEqual([
      expect.objectContaining({
        organizationName: 'FZ Linde',
        certifiedOn: '2023-04-01',
        validUntil: '2027-04-01',
        reviewYear: 2026,
        note: 'Urkunde im Ordner',
      }),
    ]);
    expect(data.seal.evidenceRecorded).toEqual([
      expect.objectContaining({
        organizationName: 'FZ Linde',
        title: 'Protokoll Netzwerktreffen',
        criteria: ['6.6'],
        fileName: 'protokoll.pdf',
        expiresOn: null,
      }),
    ]);
    expect(JSON.stringify(data)).not.toContain('geheim');
    const colleague = await exportOf(w.people.lindeStaff.cookie);
    expect(colleague.seal).toEqual({ cyclesRecorded: [], evidenceRecorded: [] });
  });
});
