import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { auditLog } from '../audit/schema';
import { sealCycles } from './schema';
import { buildCycleWorld, type CycleWorld, cycleApi } from './test-cycle-world';

// Certification cycles (issue 19 §2): a centre's leads record the certificate (valid four years, reviewed the
// year before, the current edition unless told otherwise), correct it with the version read and remove it;
// every change is audited; bad input is a localised 400 that writes nothing; other centres get 403.
let t: TestApp;
let w: CycleWorld;
let api: ReturnType<typeof cycleApi>;

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 1000 });
  w = await buildCycleWorld(t);
  api = cycleApi(t);
});

const cyclesUrl = (id: string) => `/seal/centres/${id}/cycles`;

async function cycleCount(organizationId: string) {
  return (await t.db.select().from(sealCycles).where(eq(sealCycles.organizationId, organizationId))).length;
}

describe('recording a certification', () => {
  it('defaults: valid four years, review year the year before, the current edition; audited', async () => {
    const res = await api('POST', cyclesUrl(w.centres.linde.id), w.people.lindeLead.cookie, {
      certifiedOn: '2023-03-15',
      note: 'Zertifikat vom 15.03.',
    });
    expect(res.statusCode).toBe(201);
    const cycle = res.json();
    expect(cycle).toMatchObject({
      organizationId: w.centres.linde.id,
      certifiedOn: '2023-03-15',
      validUntil: '2027-03-15',
      reviewYear: 2026,
      note: 'Zertifikat vom 15.03.',
      version: 1,
      edition: { id: w.editionId },
      permissions: { update: true, delete: true },
    });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, cycle.id), eq(auditLog.entityType, 'seal_cycle')));
    expect(audit.map((a) => [a.action, a.organizationId])).toEqual([['create', w.centres.linde.id]]);
  });

  it('lists the history newest first with days left and the status of the current cycle', async () => {
    await api('POST', cyclesUrl(w.centres.linde.id), w.people.lindeLead.cookie, {
      certifiedOn: '2019-03-15',
      editionId: w.otherEditionId,
    });
    const res = await api('GET', cyclesUrl(w.centres.linde.id), w.people.lindeStaff.cookie);
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list.items.map((c: { certifiedOn: string }) => c.certifiedOn)).toEqual([
      '2023-03-15',
      '2019-03-15',
    ]);
    expect(list.items[1]).toMatchObject({ validUntil: '2023-03-15', status: 'overdue' });
    expect(list.items[1].edition.id).toBe(w.otherEditionId);
    expect(list.subject).toEqual({ id: w.centres.linde.id, name: 'FZ Linde', type: 'family_centre' });
    expect(list.verbund).toBeNull();
    // Staff read the cycle but do not keep it.
    expect(list.permissions).toEqual({ manageCycle: false });
    expect(list.items[0].permissions).toEqual({ update: false, delete: false });
    expect(list.editions.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining([w.editionId, w.otherEditionId]),
    );
    const daysLeft = Math.round((Date.parse('2027-03-15') - Date.parse(list.today)) / 86_400_000);
    expect(list.items[0].daysLeft).toBe(daysLeft);
  });

  it('400 with the field for dates out of order, a review year outside, an unknown edition; nothing written', async () => {
    const before = await cycleCount(w.centres.linde.id);
    const cases = [
      [
        { certifiedOn: '2024-05-01', validUntil: '2024-04-30' },
        'validUntil',
        'nach dem Tag der Zertifizierung',
      ],
      [{ certifiedOn: '2024-05-01', reviewYear: 2030 }, 'reviewYear', 'im Zyklus liegen (2024–2028)'],
      [
        { certifiedOn: '2024-05-01', editionId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' },
        'editionId',
        'Ausgabe',
      ],
    ] as const;
    for (const [body, path, text] of cases) {
      const res = await api('POST', cyclesUrl(w.centres.linde.id), w.people.lindeLead.cookie, body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors).toEqual([{ path, message: expect.stringContaining(text) }]);
    }
    const english = await t.request({
      method: 'POST',
      url: `/api/v1${cyclesUrl(w.centres.linde.id)}`,
      cookie: w.people.lindeLead.cookie,
      headers: { 'accept-language': 'en' },
      payload: { certifiedOn: '2024-05-01', validUntil: '2024-05-01' },
    });
    expect(english.json().errors[0].message).toBe('"Valid until" must lie after the day of certification.');
    const sameDay = await api('POST', cyclesUrl(w.centres.linde.id), w.people.lindeLead.cookie, {
      certifiedOn: '2023-03-15',
    });
    expect(sameDay.statusCode).toBe(409);
    expect(sameDay.json().detail).toContain('schon eine Zertifizierung');
    expect(await cycleCount(w.centres.linde.id)).toBe(before);
  });
});

describe('correcting and removing', () => {
  it('a change needs the version read; the review year follows new dates it would leave behind', async () => {
    const cycle = (
      await api('POST', cyclesUrl(w.centres.buche.id), w.people.bucheLead.cookie, {
        certifiedOn: '2022-06-01',
      })
    ).json();
    expect(cycle.reviewYear).toBe(2025);
    const moved = await api('PATCH', `/seal/cycles/${cycle.id}`, w.people.bucheLead.cookie, {
      version: 1,
      certifiedOn: '2023-06-01',
      validUntil: '2027-06-01',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ version: 2, validUntil: '2027-06-01', reviewYear: 2025 });
    const stale = await api('PATCH', `/seal/cycles/${cycle.id}`, w.people.bucheLead.cookie, {
      version: 1,
      note: 'zu spät',
    });
    expect(stale.statusCode).toBe(409);
    const shortened = await api('PATCH', `/seal/cycles/${cycle.id}`, w.people.bucheLead.cookie, {
      version: 2,
      validUntil: '2024-12-31',
    });
    expect(shortened.json()).toMatchObject({ version: 3, reviewYear: 2023 });
    const bad = await api('PATCH', `/seal/cycles/${cycle.id}`, w.people.bucheLead.cookie, {
      version: 3,
      validUntil: '2023-01-01',
    });
    expect(bad.statusCode).toBe(400);
    const [row] = await t.db.select().from(sealCycles).where(eq(sealCycles.id, cycle.id));
    expect(row).toMatchObject({ version: 3, validUntil: '2024-12-31', note: '' });
  });

  it('removal: leads only, with the version; an administrator may correct but not remove', async () => {
    const cycle = (
      await api('POST', cyclesUrl(w.centres.linde.id), w.people.lindeAdmin.cookie, {
        certifiedOn: '2015-01-10',
      })
    ).json();
    expect(cycle.permissions).toEqual({ update: true, delete: false });
    expect(
      (await api('DELETE', `/seal/cycles/${cycle.id}?version=1`, w.people.lindeAdmin.cookie)).statusCode,
    ).toBe(403);
    expect(
      (await api('DELETE', `/seal/cycles/${cycle.id}?version=1`, w.people.lindeStaff.cookie)).statusCode,
    ).toBe(403);
    expect(
      (await api('DELETE', `/seal/cycles/${cycle.id}?version=2`, w.people.lindeLead.cookie)).statusCode,
    ).toBe(409);
    expect(
      (await api('DELETE', `/seal/cycles/${cycle.id}?version=1`, w.people.lindeLead.cookie)).statusCode,
    ).toBe(204);
    expect((await t.db.select().from(sealCycles).where(eq(sealCycles.id, cycle.id))).length).toBe(0);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, cycle.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
    expect(
      (await api('DELETE', `/seal/cycles/${cycle.id}?version=1`, w.people.lindeLead.cookie)).statusCode,
    ).toBe(404);
  });
});

describe('who may', () => {
  it('other centres, partners and planners get 403; nobody 401; an unknown id 404', async () => {
    const url = cyclesUrl(w.centres.linde.id);
    const [current] = (await api('GET', url, w.people.lindeLead.cookie)).json().items;
    for (const person of [w.people.bucheLead, w.people.eicheLead, w.people.partnerStaff, w.people.planner]) {
      expect((await api('GET', url, person.cookie)).statusCode).toBe(403);
      expect((await api('POST', url, person.cookie, { certifiedOn: '2010-01-01' })).statusCode).toBe(403);
      const patch = await api('PATCH', `/seal/cycles/${current.id}`, person.cookie, {
        version: 1,
        note: 'x',
      });
      expect(patch.statusCode).toBe(403);
      expect((await api('DELETE', `/seal/cycles/${current.id}?version=1`, person.cookie)).statusCode).toBe(
        403,
      );
    }
    expect((await api('GET', url)).statusCode).toBe(401);
    expect((await api('POST', url, undefined, { certifiedOn: '2010-01-01' })).statusCode).toBe(401);
    expect((await api('GET', cyclesUrl(w.partner.id), w.people.admin.cookie)).statusCode).toBe(404);
    expect(
      (
        await api('PATCH', '/seal/cycles/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', w.people.admin.cookie, {
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect((await api('GET', url, w.people.admin.cookie)).json().permissions).toEqual({ manageCycle: true });
  });

  it("a Verbund's lead keeps the Verbund's and its members' cycles; a member centre's staff only read", async () => {
    const verbundCycle = await api('POST', cyclesUrl(w.verbund.id), w.people.verbundLead.cookie, {
      certifiedOn: '2024-02-01',
    });
    expect(verbundCycle.statusCode).toBe(201);
    const forEiche = await api('POST', cyclesUrl(w.centres.eiche.id), w.people.verbundLead.cookie, {
      certifiedOn: '2024-02-01',
    });
    expect(forEiche.statusCode).toBe(201);
    const eiche = (await api('GET', cyclesUrl(w.centres.eiche.id), w.people.eicheStaff.cookie)).json();
    expect(eiche.verbund).toEqual({ id: w.verbund.id, name: 'Verbund Nord' });
    expect(eiche.permissions).toEqual({ manageCycle: false });
    const verbund = (await api('GET', cyclesUrl(w.verbund.id), w.people.eicheStaff.cookie)).json();
    expect(verbund.subject.type).toBe('network');
    expect(
      (await api('POST', cyclesUrl(w.verbund.id), w.people.eicheStaff.cookie, { certifiedOn: '2020-01-01' }))
        .statusCode,
    ).toBe(403);
  });
});
