import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { auditLog } from '../audit/schema';
import { offerings } from '../offerings/schema';
import { weeklyCourse } from '../offerings/test-factories';
import { rooms } from '../rooms/schema';
import { buildRoom } from '../rooms/test-factories';
import { checkReferencedOfferingsAndRooms } from './cross-checks';
import { agreements, agreementVersions } from './schema';
import { type AgreementWorld, buildAgreementWorld, consultationParties } from './test-factories';

// An agreement in force relies on an offering (a monthly consultation hour) and a room; when those change,
// the agreement is flagged "needs amendment" with the reason.
let t: TestApp;
let w: AgreementWorld;
let agreementId: string;
let offeringId: string;
let roomId: string;

const monthsAgo = (months: number) => new Date(Date.now() - months * 31 * 86_400_000);

async function flag() {
  const [row] = await t.db
    .select({ reason: agreements.needsAmendmentReason, detail: agreements.needsAmendmentDetail })
    .from(agreements)
    .where(eq(agreements.id, agreementId));
  return row;
}

async function clearFlag() {
  await t.db
    .update(agreements)
    .set({ needsAmendmentReason: null, needsAmendmentDetail: null, needsAmendmentSince: null })
    .where(eq(agreements.id, agreementId));
}

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildAgreementWorld(t);
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/offerings',
    cookie: w.people.sonnenblumeLead,
    payload: weeklyCourse([{ organizationId: w.sonnenblume.id, responsibilities: ['lead'] }], {
      title: 'Offene Sprechstunde der Erziehungsberatung',
    }),
  });
  expect(created.statusCode).toBe(201);
  offeringId = created.json().id;
  roomId = (await buildRoom(t.db, { organizationId: w.sonnenblume.id, name: 'Beratungsraum' })).id;

  const agreement = await t.request({
    method: 'POST',
    url: '/api/v1/agreements',
    cookie: w.people.sonnenblumeLead,
    payload: {
      title: 'Sprechstunde im FZ',
      parties: consultationParties(w),
      term: { startDate: '2025-01-01' },
    },
  });
  expect(agreement.statusCode).toBe(201);
  agreementId = agreement.json().id;
  const partyId: string = agreement.json().parties[1].id;
  await t.db
    .update(agreementVersions)
    .set({
      services: [
        {
          partyId,
          service: 'Monatliche offene Sprechstunde',
          frequency: 'monthly',
          place: 'Beratungsraum',
          hoursPerMonth: 2,
          offeringId,
          roomId,
        },
      ],
    })
    .where(eq(agreementVersions.agreementId, agreementId));
  await t.db.update(agreements).set({ status: 'active' }).where(eq(agreements.id, agreementId));
});

describe('agreements and the offerings and rooms they rely on', () => {
  it('leaves an agreement alone while its offering runs and its room exists', async () => {
    await checkReferencedOfferingsAndRooms(t.db);
    expect((await flag())?.reason).toBeNull();
  });

  it('flags a promised monthly service without a session in three months', async () => {
    // The offering exists for half a year, but its sessions all lie ahead.
    await t.db
      .update(offerings)
      .set({ createdAt: monthsAgo(6) })
      .where(eq(offerings.id, offeringId));
    expect(await checkReferencedOfferingsAndRooms(t.db)).toBe(1);
    expect(await flag()).toEqual({
      reason: 'sessions_missing',
      detail: 'Offene Sprechstunde der Erziehungsberatung',
    });
    // Flagged once: a second run changes nothing.
    expect(await checkReferencedOfferingsAndRooms(t.db)).toBe(0);
  });

  it('flags an ended offering and a removed room', async () => {
    await clearFlag();
    await t.db.update(offerings).set({ status: 'ended' }).where(eq(offerings.id, offeringId));
    await checkReferencedOfferingsAndRooms(t.db);
    expect((await flag())?.reason).toBe('offering_ended');

    await clearFlag();
    await t.db.update(offerings).set({ status: 'published' }).where(eq(offerings.id, offeringId));
    await t.db.update(offerings).set({ createdAt: new Date() }).where(eq(offerings.id, offeringId));
    await t.db.update(rooms).set({ removedAt: new Date() }).where(eq(rooms.id, roomId));
    await checkReferencedOfferingsAndRooms(t.db);
    expect(await flag()).toEqual({ reason: 'room_removed', detail: 'Beratungsraum' });
  });

  it('audits each flag with the flag it replaced', async () => {
    const entries = await t.db
      .select({ before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, agreementId), eq(auditLog.action, 'needs_amendment')))
      .orderBy(asc(auditLog.at));
    expect(entries.map((e) => [e.before, e.after])).toMatchObject([
      [
        { reason: null, detail: null, since: null },
        { reason: 'sessions_missing', detail: 'Offene Sprechstunde der Erziehungsberatung' },
      ],
      [{ reason: null }, { reason: 'offering_ended' }],
      [{ reason: null }, { reason: 'room_removed', detail: 'Beratungsraum' }],
    ]);
  });
});
