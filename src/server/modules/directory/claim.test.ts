import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, cookieHeaderOf, type TestApp } from '../../test/build-app';
import { buildMunicipality, buildOrganization } from '../../test/factories';
import { outbox } from '../outbox/schema';
import { partnerProfiles } from './schema';

let t: TestApp;
let municipalityId: string;
let lead: string;
let staff: string;

beforeAll(async () => {
  t = await buildTestApp();
  municipalityId = (await buildMunicipality(t.db)).id;
  const centre = await buildOrganization(t.db, { municipalityId });
  const member = (role: 'lead' | 'staff') => t.signInAsNewMember(role, centre.id);
  lead = await member('lead');
  staff = await member('staff');
});

/** A partner recorded by the centre's lead, without an account: its organisation id. */
async function recordPartner(name: string): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/directory/partners',
    cookie: lead,
    payload: { name, municipalityId, kindKeys: ['library'], coreMandate: 'Lesen fördern' },
  });
  expect(res.statusCode).toBe(201);
  return res.json().organization.id;
}

describe('unclaimed partners', () => {
  it('a centre lead records a partner without an account; staff may not', async () => {
    const payload = {
      name: 'Stadtteilbibliothek Nord',
      municipalityId,
      kindKeys: ['library'],
      coreMandate: 'Lesen fördern',
    };
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/directory/partners', cookie: staff, payload }))
        .statusCode,
    ).toBe(403);
    const res = await t.request({ method: 'POST', url: '/api/v1/directory/partners', cookie: lead, payload });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      organization: { name: 'Stadtteilbibliothek Nord', type: 'partner' },
      kinds: [{ key: 'library' }],
      profile: { coreMandate: 'Lesen fördern' },
      permissions: { update: true },
    });
  });

  it('unknown kinds are refused and nothing is created', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/directory/partners',
      cookie: lead,
      payload: { name: 'Zahnarztpraxis', municipalityId, kindKeys: ['dentist'] },
    });
    expect(res.statusCode).toBe(422);
    const search = await t.request({
      method: 'GET',
      url: '/api/v1/directory/search?q=Zahnarztpraxis',
      cookie: lead,
    });
    expect(search.json().total).toBe(0);
  });

  it('the partner accepts the claim invitation, becomes admin and owns the profile; the centre no longer edits it', async () => {
    const partnerId = await recordPartner('Stadtteilbibliothek Süd');
    const invite = await t.request({
      method: 'POST',
      url: `/api/v1/directory/profiles/${partnerId}/claim-invitation`,
      cookie: lead,
      payload: { email: 'leitung@bibliothek.example' },
    });
    expect(invite.statusCode).toBe(201);
    expect(invite.json().role).toBe('admin');
    const mails = await t.db.select().from(outbox);
    const text = mails.map((m) => (m.payload as { text: string }).text).join('\n');
    const token = text.match(/\/einladung\/([\w-]+)/)?.[1];
    const accepted = await t.request({
      method: 'POST',
      url: `/api/v1/invitations/by-token/${token}/accept`,
      payload: { name: 'Lea Lesewurm', password: 'ein-langes-passwort' },
    });
    expect(accepted.statusCode).toBe(200);
    const [profile] = await t.db
      .select()
      .from(partnerProfiles)
      .where(eq(partnerProfiles.organizationId, partnerId));
    const me = (
      await t.request({ method: 'GET', url: '/api/v1/me', cookie: cookieHeaderOf(accepted) })
    ).json();
    expect(profile?.ownerUserId).toBe(me.user.id);

    const byCentre = await t.request({
      method: 'GET',
      url: `/api/v1/directory/profiles/${partnerId}`,
      cookie: lead,
    });
    expect(byCentre.json().permissions.update).toBe(false);
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/directory/profiles/${partnerId}/claim-invitation`,
      cookie: lead,
      payload: { email: 'noch@bibliothek.example' },
    });
    expect(again.statusCode).toBe(403);
  });
});
