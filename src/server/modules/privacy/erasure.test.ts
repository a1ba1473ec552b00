import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildContactPerson, buildUser } from '../../test/factories';
import { apiKeys, authAccounts, memberships, sessions, users } from '../accounts/schema';
import { agreementComments, agreementParties, agreementSignatures } from '../agreements/schema';
import { auditLog } from '../audit/schema';
import { contactPersons } from '../directory/schema';
import { offeringComments } from '../offerings/schema';
import { roomBookings } from '../rooms/schema';
import { ANNA, buildPrivacyWorld, type PrivacyWorld, tracesOfAnna } from './test-world';

let t: TestApp;
let w: PrivacyWorld;

beforeAll(async () => {
  // Many people sign in here within a minute.
  t = await buildTestApp({ signInRateLimit: 1000 });
  w = await buildPrivacyWorld(t);
});

const erase = (userId: string, cookie: string) =>
  t.request({ method: 'DELETE', url: `/api/v1/users/${userId}`, cookie });
const countOf = async (
  table: typeof sessions | typeof authAccounts | typeof apiKeys | typeof memberships,
  userId: string,
) => (await t.db.select().from(table).where(eq(table.userId, userId))).length;

describe('who may erase a person (DSGVO Art. 17)', () => {
  it('a staff member cannot delete anyone; an admin of another organisation does not see the person', async () => {
    expect((await erase(w.anna.userId, w.cookies.staff)).statusCode).toBe(403);
    expect((await erase(w.anna.userId, w.cookies.regenbogenAdmin)).statusCode).toBe(404);
    expect((await erase(w.anna.userId, '')).statusCode).toBe(401);
  });

  it('members carry permissions.erase for admins only', async () => {
    const list = async (cookie: string) =>
      (
        await t.request({ method: 'GET', url: `/api/v1/organizations/${w.sonnenblume.id}/members`, cookie })
      ).json().items as { userId: string; permissions: { erase: boolean } }[];
    expect((await list(w.cookies.sonnenblumeAdmin)).every((m) => m.permissions.erase)).toBe(true);
    expect((await list(w.cookies.staff)).some((m) => m.permissions.erase)).toBe(false);
  });

  it('the last admin of an organisation cannot be erased, with a message that says why', async () => {
    const res = await erase(w.sonnenblumeAdmin.id, w.cookies.sonnenblumeAdmin);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('letzte Administration von „Familienzentrum Sonnenblume“');
  });
});

describe('erasing someone who is also in another organisation', () => {
  it('removes only the membership in the admin’s organisation and says so', async () => {
    const res = await erase(w.bert.id, w.cookies.sonnenblumeAdmin);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      outcome: 'memberships_removed',
      pseudonym: null,
      removedFrom: [{ organizationId: w.sonnenblume.id, organizationName: 'Familienzentrum Sonnenblume' }],
      otherMemberships: 1,
    });
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: w.cookies.bert });
    expect(me.json().user.name).toBe('Bert Beides');
    expect(me.json().memberships).toEqual([expect.objectContaining({ organizationId: w.regenbogen.id })]);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'membership'),
          eq(auditLog.action, 'delete'),
          eq(auditLog.organizationId, w.sonnenblume.id),
        ),
      );
    expect(audit?.actorUserId).toBe(w.sonnenblumeAdmin.id);
  });
});

describe('erasing someone who is only in the admin’s organisation', () => {
  let pseudonym = '';

  beforeAll(async () => {
    expect(await tracesOfAnna(t)).toBeGreaterThan(0);
    const res = await erase(w.anna.userId, w.cookies.sonnenblumeAdmin);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'account_erased', otherMemberships: 0 });
    pseudonym = res.json().pseudonym;
    expect(pseudonym).toMatch(/^Gelöschte Person [0-9a-f]{4}$/);
  });

  it('deletes sessions, sign-in, API keys and memberships: the old cookie stops working', async () => {
    for (const table of [sessions, authAccounts, apiKeys, memberships])
      expect(await countOf(table, w.anna.userId)).toBe(0);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: w.cookies.anna })).statusCode).toBe(
      401,
    );
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/me/personal-data', cookie: w.cookies.anna }))
        .statusCode,
    ).toBe(401);
    const signIn = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: ANNA.email, password: w.anna.password },
    });
    expect(signIn.statusCode).not.toBe(200);
  });

  it('keeps comments, signatures and bookings, now under the pseudonym', async () => {
    const [user] = await t.db.select().from(users).where(eq(users.id, w.anna.userId));
    expect(user).toMatchObject({ name: pseudonym, emailVerified: false });
    expect(user?.email).not.toContain('anna');
    expect(user?.erasedAt).toBeInstanceOf(Date);
    const [comment] = await t.db
      .select()
      .from(offeringComments)
      .where(eq(offeringComments.authorUserId, w.anna.userId));
    expect(comment?.body).toBe('Ich übernehme den ersten Termin.');
    const [agreementComment] = await t.db
      .select()
      .from(agreementComments)
      .where(eq(agreementComments.authorId, w.anna.userId));
    expect(agreementComment?.authorName).toBe(pseudonym);
    const [signature] = await t.db
      .select()
      .from(agreementSignatures)
      .where(eq(agreementSignatures.recordedBy, w.anna.userId));
    expect(signature?.signerName).toBe(pseudonym);
    const [party] = await t.db.select().from(agreementParties);
    expect(party?.representativeName).toBe(pseudonym);
    expect(
      await t.db.select().from(roomBookings).where(eq(roomBookings.createdBy, w.anna.userId)),
    ).toHaveLength(1);
  });

  it('leaves no trace of the name or the e-mail address in the audit trail, comments, signatures or outbox', async () => {
    expect(await tracesOfAnna(t)).toBe(0);
    // The trail keeps the entries: what Anna did, and that she was erased.
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.actorUserId, w.anna.userId));
    expect(entries.map((e) => e.entityType)).toContain('api_key');
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?organizationId=${w.sonnenblume.id}`,
      cookie: w.cookies.sonnenblumeAdmin,
    });
    const text = audit.body;
    expect(text).not.toContain(ANNA.email);
    expect(text).not.toContain(ANNA.name);
    expect(text).toContain(pseudonym);
    const [erased] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.action, 'erase')));
    expect(erased?.actorUserId).toBe(w.sonnenblumeAdmin.id);
  });

  it('cannot be erased twice', async () => {
    expect((await erase(w.anna.userId, w.cookies.sonnenblumeAdmin)).statusCode).toBe(404);
  });
});

describe('an instance admin', () => {
  it('erases any account, also of someone in an organisation they do not belong to', async () => {
    const instanceAdmin = await buildUser(t.db, { isInstanceAdmin: true });
    const cookie = await t.signIn(instanceAdmin.email);
    const res = await erase(w.bert.id, cookie);
    expect(res.json()).toMatchObject({
      outcome: 'account_erased',
      removedFrom: [{ organizationId: w.regenbogen.id }],
    });
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: w.cookies.bert })).statusCode).toBe(
      401,
    );
    // Not their own account: the instance would lose its administrator.
    expect((await erase(instanceAdmin.id, cookie)).statusCode).toBe(403);
  });
});

describe('erasing a contact person', () => {
  const path = (contactId: string, version?: number) =>
    `/api/v1/directory/profiles/${w.partner.id}/contact-persons/${contactId}${version ? `?version=${version}` : ''}`;

  it('only the profile’s admins may; the deletion is audited and the history no longer names the contact', async () => {
    const partnerAdmin = await t.signInAsNewMember('admin', w.partner.id);
    const partnerStaff = await t.signInAsNewMember('staff', w.partner.id);
    const profile = await t.request({
      method: 'GET',
      url: `/api/v1/directory/profiles/${w.partner.id}`,
      cookie: partnerAdmin,
    });
    expect(profile.json().permissions).toEqual({ update: true, deleteContactPerson: true });
    const saved = await t.request({
      method: 'PATCH',
      url: `/api/v1/directory/profiles/${w.partner.id}`,
      cookie: partnerAdmin,
      payload: {
        version: profile.json().profile.version,
        contactPersons: [{ name: 'Karl Kontakt', email: 'karl.kontakt@beratung.example' }],
      },
    });
    expect(saved.statusCode).toBe(200);
    const contactId = saved.json().contactPersons[0].id as string;
    const version = saved.json().profile.version as number;

    expect(
      (await t.request({ method: 'DELETE', url: path(contactId, version), cookie: partnerStaff })).statusCode,
    ).toBe(403);
    const withoutVersion = await t.request({ method: 'DELETE', url: path(contactId), cookie: partnerAdmin });
    expect(withoutVersion.statusCode).toBe(400);
    expect(withoutVersion.json().errors[0].path).toBe('version');
    expect(
      (await t.request({ method: 'DELETE', url: path(contactId, version - 1), cookie: partnerAdmin }))
        .statusCode,
    ).toBe(409);
    expect(await t.db.select().from(contactPersons).where(eq(contactPersons.id, contactId))).toHaveLength(1);
    expect(
      (await t.request({ method: 'DELETE', url: path(contactId, version), cookie: partnerAdmin })).statusCode,
    ).toBe(204);
    expect(await t.db.select().from(contactPersons).where(eq(contactPersons.id, contactId))).toHaveLength(0);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'contact_person'), eq(auditLog.entityId, contactId)));
    expect(entry).toMatchObject({ action: 'delete', organizationId: w.partner.id });
    const [{ n } = { n: -1 }] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(sql`(${auditLog.before}::text || coalesce(${auditLog.after}::text, '')) ~* 'karl'`);
    expect(n).toBe(0);
    // The deletion changed the profile: its version moved on, and the contact is gone.
    expect(
      (await t.request({ method: 'DELETE', url: path(contactId, version), cookie: partnerAdmin })).statusCode,
    ).toBe(409);
    expect(
      (await t.request({ method: 'DELETE', url: path(contactId, version + 1), cookie: partnerAdmin }))
        .statusCode,
    ).toBe(404);
  });

  it('a contact person of another organisation is not found', async () => {
    const other = await buildContactPerson(t.db, { organizationId: w.sonnenblume.id });
    const partnerAdmin = await t.signInAsNewMember('admin', w.partner.id);
    const profile = await t.request({
      method: 'GET',
      url: `/api/v1/directory/profiles/${w.partner.id}`,
      cookie: partnerAdmin,
    });
    const version = profile.json().profile.version as number;
    expect(
      (await t.request({ method: 'DELETE', url: path(other.id, version), cookie: partnerAdmin })).statusCode,
    ).toBe(404);
  });
});
