import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, testConfig } from '../../test/build-app';
import {
  buildDistrict,
  buildMembership,
  buildMunicipality,
  buildOrganization,
  buildUser,
} from '../../test/factories';
import { auditLog } from '../audit/schema';
import { outbox } from '../outbox/schema';
import { requestDueConfirmations } from './freshness';
import { partnerProfiles } from './schema';

let t: TestApp;
let municipalityId: string;
let partnerId: string;
let plannerCookie: string;
let staffCookie: string;
const yearAgo = new Date(Date.now() - 365 * 86_400_000);

beforeAll(async () => {
  t = await buildTestApp();
  municipalityId = (await buildMunicipality(t.db)).id;
  const districtId = (await buildDistrict(t.db, { municipalityId, name: 'Altstadt' })).id;
  const partner = await buildOrganization(t.db, {
    municipalityId,
    districtId,
    type: 'partner',
    name: 'Stadtbibliothek',
  });
  const fresh = await buildOrganization(t.db, {
    municipalityId,
    districtId,
    type: 'partner',
    name: 'Musikschule',
  });
  partnerId = partner.id;
  const owner = await buildUser(t.db, { email: 'bibliothek@stadt.example', name: 'Jana Buch' });
  await buildMembership(t.db, { userId: owner.id, organizationId: partner.id, role: 'admin' });
  staffCookie = await t.signIn(owner.email);
  await t.db
    .insert(partnerProfiles)
    .values([
      { organizationId: partner.id, ownerUserId: owner.id, lastConfirmedAt: yearAgo },
      { organizationId: fresh.id },
    ]);
  const youthOffice = await buildOrganization(t.db, { municipalityId, type: 'youth_office' });
  const planner = await buildUser(t.db);
  await buildMembership(t.db, { userId: planner.id, organizationId: youthOffice.id, role: 'planner' });
  plannerCookie = await t.signIn(planner.email);
});

async function confirmationLink(): Promise<string> {
  const mails = await t.db.select().from(outbox);
  const texts = mails.map((m) => (m.payload as { to: string; text: string }).text);
  const token = texts.join('\n').match(/\/bestaetigen\/([\w.-]+)/)?.[1];
  if (!token) throw new Error('no confirmation e-mail');
  return `/api/v1/directory/confirmations/${token}`;
}

describe('profile freshness', () => {
  it('asks the owner of a stale profile once per stale period', async () => {
    const config = testConfig();
    expect(await requestDueConfirmations(t.db, config)).toBe(1);
    expect(await requestDueConfirmations(t.db, config)).toBe(0);
    const [mail] = await t.db.select().from(outbox);
    expect(mail?.payload).toMatchObject({
      to: 'bibliothek@stadt.example',
      subject: 'Stimmen die Angaben zu Stadtbibliothek noch?',
    });
  });

  it('the request is in the profile’s history, by nobody, with what it replaced', async () => {
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.entityId, partnerId));
    const requested = entries.filter((e) => e.action === 'request_confirmation');
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatchObject({
      actorUserId: null,
      organizationId: partnerId,
      entityType: 'partner_profile',
      before: { confirmationRequestedAt: null },
      after: { confirmationRequestedAt: expect.any(String) },
    });
  });

  it('the link confirms without sign-in, once; a second use changes nothing', async () => {
    const url = await confirmationLink();
    expect((await t.request({ method: 'GET', url })).json()).toMatchObject({
      status: 'valid',
      organizationName: 'Stadtbibliothek',
    });
    const confirmed = await t.request({ method: 'POST', url, payload: {} });
    expect(confirmed.statusCode).toBe(200);
    const [after] = await t.db
      .select()
      .from(partnerProfiles)
      .where(eq(partnerProfiles.organizationId, partnerId));
    expect(after?.lastConfirmedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    const again = await t.request({ method: 'POST', url, payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('bereits verwendet');
    const [unchanged] = await t.db
      .select()
      .from(partnerProfiles)
      .where(eq(partnerProfiles.organizationId, partnerId));
    expect(unchanged?.lastConfirmedAt.getTime()).toBe(after?.lastConfirmedAt.getTime());
    expect((await t.request({ method: 'GET', url })).json().status).toBe('used');
  });

  it('a forged link is unknown', async () => {
    const url = await confirmationLink();
    const forged = `${url.slice(0, -3)}abc`;
    expect((await t.request({ method: 'POST', url: forged, payload: {} })).statusCode).toBe(404);
  });

  it('planners see the share of stale profiles per district; others may not', async () => {
    await t.db
      .update(partnerProfiles)
      .set({ lastConfirmedAt: yearAgo })
      .where(eq(partnerProfiles.organizationId, partnerId));
    const url = `/api/v1/directory/freshness?municipalityId=${municipalityId}`;
    const res = await t.request({ method: 'GET', url, cookie: plannerCookie });
    expect(res.statusCode).toBe(200);
    expect(res.json().districts).toEqual([
      expect.objectContaining({ name: 'Altstadt', profiles: 2, stale: 1 }),
    ]);
    expect((await t.request({ method: 'GET', url, cookie: staffCookie })).statusCode).toBe(403);
  });
});
