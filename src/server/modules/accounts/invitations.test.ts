import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, cookieHeaderOf, type TestApp } from '../../test/build-app';
import { buildMembership, buildOrganization, buildUser } from '../../test/factories';
import { outbox } from '../outbox/schema';
import { memberships, users } from './schema';

let t: TestApp;
let centre: { id: string };
let admin: string;

beforeAll(async () => {
  t = await buildTestApp();
  centre = await buildOrganization(t.db, { name: 'Familienzentrum Sonnenblume' });
  const user = await buildUser(t.db, { name: 'Petra Admin' });
  await buildMembership(t.db, { userId: user.id, organizationId: centre.id, role: 'admin' });
  admin = await t.signIn(user.email);
});

async function invite(email: string, role = 'staff') {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/organizations/${centre.id}/invitations`,
    cookie: admin,
    payload: { email, role },
  });
  expect(res.statusCode).toBe(201);
  const mails = await t.db.select().from(outbox).where(eq(outbox.kind, 'email'));
  const mail = mails
    .map((m) => m.payload as { to: string; subject: string; text: string })
    .find((m) => m.to === email);
  const token = mail?.text.match(/\/einladung\/([\w-]+)/)?.[1];
  if (!mail || !token) throw new Error('no invitation e-mail in the outbox');
  return { invitation: res.json(), mail, token };
}

describe('invitations', () => {
  it('an invitation queues a German e-mail with a link; accepting creates account and membership', async () => {
    const { mail, token } = await invite('neu@fz-sonnenblume.example');
    expect(mail.subject).toBe('Einladung zu Familienzentrum Sonnenblume bei Familiennetz');
    expect(mail.text).toContain('Petra Admin');
    expect(mail.text).toContain('http://localhost:3000/einladung/');

    const info = await t.request({ method: 'GET', url: `/api/v1/invitations/by-token/${token}` });
    expect(info.json()).toMatchObject({ status: 'pending', role: 'staff', userExists: false });

    const accepted = await t.request({
      method: 'POST',
      url: `/api/v1/invitations/by-token/${token}/accept`,
      payload: { name: 'Nora Neu', password: 'ein-langes-passwort' },
    });
    expect(accepted.statusCode).toBe(200);
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: cookieHeaderOf(accepted) });
    expect(me.json().user.name).toBe('Nora Neu');
    expect(me.json().memberships).toMatchObject([{ organizationId: centre.id, role: 'staff' }]);
    // The new person signs in with the chosen password.
    await t.signIn('neu@fz-sonnenblume.example', 'ein-langes-passwort');
  });

  it('a used token cannot be used again and changes nothing', async () => {
    const { token } = await invite('zweimal@fz-sonnenblume.example');
    const payload = { name: 'Zora', password: 'ein-langes-passwort' };
    const url = `/api/v1/invitations/by-token/${token}/accept`;
    expect((await t.request({ method: 'POST', url, payload })).statusCode).toBe(200);
    const again = await t.request({ method: 'POST', url, payload });
    expect(again.statusCode).toBe(409);
    const withSession = await t.request({
      method: 'POST',
      url,
      cookie: await t.signIn('zweimal@fz-sonnenblume.example', 'ein-langes-passwort'),
      payload: {},
    });
    expect(withSession.statusCode).toBe(409);
  });

  it('an existing person accepts while signed in; the e-mail must match', async () => {
    const existing = await buildUser(t.db, { email: 'vorhanden@partner.example' });
    const { token } = await invite('vorhanden@partner.example', 'lead');
    const someoneElse = await t.signIn((await buildUser(t.db)).email);
    const url = `/api/v1/invitations/by-token/${token}/accept`;
    expect((await t.request({ method: 'POST', url, cookie: someoneElse, payload: {} })).statusCode).toBe(403);
    const res = await t.request({ method: 'POST', url, cookie: await t.signIn(existing.email), payload: {} });
    expect(res.statusCode).toBe(200);
    const rows = await t.db.select().from(memberships).where(eq(memberships.userId, existing.id));
    expect(rows).toMatchObject([{ organizationId: centre.id, role: 'lead' }]);
  });

  it('a revoked invitation is refused', async () => {
    const { invitation, token } = await invite('widerruf@fz-sonnenblume.example');
    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/invitations/${invitation.id}`, cookie: admin }))
        .statusCode,
    ).toBe(204);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/invitations/by-token/${token}/accept`,
      payload: { name: 'W', password: 'ein-langes-passwort' },
    });
    expect(res.statusCode).toBe(409);
    expect(await t.db.select().from(users).where(eq(users.email, 'widerruf@fz-sonnenblume.example'))).toEqual(
      [],
    );
  });

  it('the planner role exists only in a Jugendamt', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/organizations/${centre.id}/invitations`,
      cookie: admin,
      payload: { email: 'planer@fz.example', role: 'planner' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('role');
  });
});

describe('members', () => {
  it('the last admin cannot be demoted or removed', async () => {
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/organizations/${centre.id}/members`,
      cookie: admin,
    });
    const self = list.json().items.find((m: { role: string }) => m.role === 'admin');
    const demote = await t.request({
      method: 'PATCH',
      url: `/api/v1/organizations/${centre.id}/members/${self.id}`,
      cookie: admin,
      payload: { role: 'staff' },
    });
    expect(demote.statusCode).toBe(409);
    const remove = await t.request({
      method: 'DELETE',
      url: `/api/v1/organizations/${centre.id}/members/${self.id}`,
      cookie: admin,
    });
    expect(remove.statusCode).toBe(409);
  });

  it("a role change takes effect on the member's next request", async () => {
    const user = await buildUser(t.db);
    const membership = await buildMembership(t.db, {
      userId: user.id,
      organizationId: centre.id,
      role: 'staff',
    });
    const cookie = await t.signIn(user.email);
    const before = await t.request({ method: 'GET', url: `/api/v1/organizations/${centre.id}`, cookie });
    expect(before.json().permissions.update).toBe(false);
    const change = await t.request({
      method: 'PATCH',
      url: `/api/v1/organizations/${centre.id}/members/${membership.id}`,
      cookie: admin,
      payload: { role: 'lead' },
    });
    expect(change.statusCode).toBe(200);
    const after = await t.request({ method: 'GET', url: `/api/v1/organizations/${centre.id}`, cookie });
    expect(after.json().permissions.update).toBe(true);
  });
});
