import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { cookieHeaderOf, type TestApp } from '../../test/build-app';
import {
  buildContactPerson,
  buildMembership,
  buildMunicipality,
  buildOrganization,
  buildPartnerProfile,
  buildUser,
} from '../../test/factories';
import { agreementComments, agreementParties, agreementSignatures, agreements } from '../agreements/schema';
import { recordAudit } from '../audit/service';
import { offeringComments, offeringConsents, offerings } from '../offerings/schema';
import { outbox } from '../outbox/schema';
import { roomBookings } from '../rooms/schema';
import { buildRoom } from '../rooms/test-factories';

export const ANNA = { name: 'Anna Beispiel', email: 'anna.beispiel@fz-sonnenblume.example' };
const ANNA_PASSWORD = 'Blaue Kaffeetasse am Fenster 42';

/**
 * Sonnenblume (admin, staff, a colleague, Anna) and Regenbogen (admin); Bert belongs to both. Anna joined
 * by invitation (the trail has her address) and left traces in every module: a comment and a consent on an
 * offering, a review comment and a signature on an agreement, a room booking, a contact-person entry of a
 * partner, an API key and e-mails.
 */
export async function buildPrivacyWorld(t: TestApp) {
  const municipalityId = (await buildMunicipality(t.db)).id;
  const sonnenblume = await buildOrganization(t.db, { name: 'Familienzentrum Sonnenblume', municipalityId });
  const regenbogen = await buildOrganization(t.db, { name: 'Familienzentrum Regenbogen', municipalityId });
  const partner = await buildOrganization(t.db, { type: 'partner', name: 'Beratungsstelle', municipalityId });
  await buildPartnerProfile(t.db, { organizationId: partner.id });

  const person = async (name: string, memberOf: [string, 'admin' | 'lead' | 'staff'][]) => {
    const user = await buildUser(t.db, { name });
    for (const [organizationId, role] of memberOf)
      await buildMembership(t.db, { userId: user.id, organizationId, role });
    return user;
  };
  const sonnenblumeAdmin = await person('Petra Admin', [[sonnenblume.id, 'admin']]);
  const regenbogenAdmin = await person('Rita Admin', [[regenbogen.id, 'admin']]);
  const staff = await person('Sven Fachkraft', [[sonnenblume.id, 'staff']]);
  const colleague = await person('Clara Kollegin', [[sonnenblume.id, 'lead']]);
  const bert = await person('Bert Beides', [
    [sonnenblume.id, 'staff'],
    [regenbogen.id, 'staff'],
  ]);
  const cookies = {
    sonnenblumeAdmin: await t.signIn(sonnenblumeAdmin.email),
    regenbogenAdmin: await t.signIn(regenbogenAdmin.email),
    staff: await t.signIn(staff.email),
    colleague: await signInWithAgent(t, colleague.email, 'familiennetz-demo', 'Kollegin-Browser/1.0'),
    bert: await t.signIn(bert.email),
  };
  const anna = await annaJoins(t, sonnenblume.id, cookies.sonnenblumeAdmin);
  await leaveTraces(t, {
    annaId: anna.userId,
    sonnenblumeId: sonnenblume.id,
    partnerId: partner.id,
    municipalityId,
  });
  return {
    municipalityId,
    sonnenblume,
    regenbogen,
    partner,
    sonnenblumeAdmin,
    staff,
    colleague,
    bert,
    cookies: { ...cookies, anna: anna.cookie },
    anna,
  };
}

export type PrivacyWorld = Awaited<ReturnType<typeof buildPrivacyWorld>>;

export async function signInWithAgent(t: TestApp, email: string, password: string, agent: string) {
  const res = await t.request({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { 'user-agent': agent },
    payload: { email, password },
  });
  expect(res.statusCode).toBe(200);
  return cookieHeaderOf(res);
}

async function annaJoins(t: TestApp, organizationId: string, adminCookie: string) {
  const invited = await t.request({
    method: 'POST',
    url: `/api/v1/organizations/${organizationId}/invitations`,
    cookie: adminCookie,
    payload: { email: ANNA.email, role: 'staff' },
  });
  expect(invited.statusCode).toBe(201);
  const [mail] = (await t.db.select().from(outbox)).filter(
    (m) => (m.payload as { to: string }).to === ANNA.email,
  );
  const token = (mail?.payload as { text: string } | undefined)?.text.match(/\/einladung\/([\w-]+)/)?.[1];
  const accepted = await t.request({
    method: 'POST',
    url: `/api/v1/invitations/by-token/${token}/accept`,
    payload: { name: ANNA.name, password: ANNA_PASSWORD },
  });
  expect(accepted.statusCode).toBe(200);
  const cookie = await signInWithAgent(t, ANNA.email, ANNA_PASSWORD, 'Annas-Browser/2.0');
  const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie });
  const key = await t.request({
    method: 'POST',
    url: '/api/v1/me/api-keys',
    cookie,
    payload: { name: 'Annas Tabelle' },
  });
  expect(key.statusCode).toBe(201);
  return { userId: me.json().user.id as string, cookie, password: ANNA_PASSWORD };
}

// Rows written directly: each module's own tests cover how they are made; here only who they belong to counts.
async function leaveTraces(
  t: TestApp,
  ids: { annaId: string; sonnenblumeId: string; partnerId: string; municipalityId: string },
) {
  const { annaId, sonnenblumeId, partnerId, municipalityId } = ids;
  const [offering] = await t.db
    .insert(offerings)
    .values({
      title: 'Elterncafé am Montag',
      format: 'open_cafe',
      registration: {
        mode: 'none',
        phone: null,
        email: null,
        url: null,
        capacity: null,
        waitlistCount: null,
        note: null,
      },
      leadOrganizationId: sonnenblumeId,
      municipalityId,
    })
    .returning();
  if (!offering) throw new Error('no offering');
  await t.db.insert(offeringComments).values({
    offeringId: offering.id,
    authorUserId: annaId,
    organizationId: sonnenblumeId,
    body: 'Ich übernehme den ersten Termin.',
  });
  await t.db
    .insert(offeringConsents)
    .values({ offeringId: offering.id, organizationId: sonnenblumeId, round: 1, userId: annaId });

  const [agreement] = await t.db
    .insert(agreements)
    .values({
      reference: 'KV-2026-0001',
      title: 'Sprechstunde im Familienzentrum',
      type: 'consultation_hour',
      municipalityId,
      startDate: '2026-01-01',
    })
    .returning();
  if (!agreement) throw new Error('no agreement');
  const [party] = await t.db
    .insert(agreementParties)
    .values({
      agreementId: agreement.id,
      position: 0,
      organizationId: sonnenblumeId,
      representativeName: ANNA.name,
    })
    .returning();
  if (!party) throw new Error('no party');
  const [comment] = await t.db
    .insert(agreementComments)
    .values({
      agreementId: agreement.id,
      versionNumber: 1,
      section: 'purpose',
      body: 'Bitte Zweck schärfen.',
      authorId: annaId,
      authorName: ANNA.name,
      organizationId: sonnenblumeId,
    })
    .returning();
  await t.db.insert(agreementSignatures).values({
    agreementId: agreement.id,
    versionNumber: 1,
    partyId: party.id,
    signerName: ANNA.name,
    signerRole: 'Leitung',
    signedOn: '2026-02-01',
    recordedBy: annaId,
  });
  // As the agreements module records a comment: the image carries the author's name.
  await recordAudit(t.db, {
    actor: null,
    organizationId: sonnenblumeId,
    entityType: 'agreement_comment',
    entityId: comment?.id ?? agreement.id,
    action: 'create',
    after: { ...comment, nested: { signer: `${ANNA.name} (Leitung)` } },
  });

  const room = await buildRoom(t.db, { organizationId: sonnenblumeId, name: 'Mehrzweckraum' });
  const startsAt = new Date('2026-03-02T09:00:00Z');
  const endsAt = new Date('2026-03-02T11:00:00Z');
  await t.db.insert(roomBookings).values({
    roomId: room.id,
    organizationId: sonnenblumeId,
    createdBy: annaId,
    status: 'confirmed',
    startsAt,
    endsAt,
    blockedUntil: endsAt,
    title: 'Krabbelgruppe',
  });
  await buildContactPerson(t.db, {
    organizationId: partnerId,
    name: ANNA.name,
    email: ANNA.email,
    role: 'Ansprechpartnerin',
  });
}

/** Every stored text that could still name Anna (audit images, comments, signatures, parties). */
export async function tracesOfAnna(t: TestApp): Promise<number> {
  const needle = (text: string) => `%${text}%`;
  const result = await t.db.execute(sql`
    select (select count(*) from audit_log where before::text ilike ${needle(ANNA.email)} or after::text ilike ${needle(ANNA.email)}
              or before::text ilike ${needle(ANNA.name)} or after::text ilike ${needle(ANNA.name)})
         + (select count(*) from agreement_comments where author_name ilike ${needle(ANNA.name)})
         + (select count(*) from agreement_signatures where signer_name ilike ${needle(ANNA.name)})
         + (select count(*) from agreement_parties where representative_name ilike ${needle(ANNA.name)})
         + (select count(*) from users where name = ${ANNA.name} or email = ${ANNA.email})
         + (select count(*) from outbox where payload::text ilike ${needle(ANNA.email)}) as n`);
  const rows = (result as unknown as { rows: { n: string | number }[] }).rows;
  return Number(rows[0]?.n ?? -1);
}
