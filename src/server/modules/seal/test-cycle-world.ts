import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../test/build-app';
import { buildMembership, buildMunicipality, buildOrganization, buildUser } from '../../test/factories';
import type { MembershipRole } from '../accounts/schema';
import { currentEditionId } from './edition-read';
import { sealEditions } from './schema';

/**
 * A municipality for the cycle tests: centre Linde (lead, admin, staff), a Verbund Nord with its member centre
 * Eiche (Verbund lead, Eiche lead and staff), another centre Buche with its lead, a partner's staff, the
 * Jugendamt's planner and an instance admin. The catalogue's current edition when the migration ships one,
 * else a bare edition made current (cycles only need its id).
 */
export async function buildCycleWorld(t: TestApp) {
  const db = t.db;
  const municipality = await buildMunicipality(db);
  const org = (name: string, extra: object = {}) =>
    buildOrganization(db, { name, municipalityId: municipality.id, ...extra });
  const linde = await org('FZ Linde');
  const verbund = await org('Verbund Nord', { type: 'network' });
  const eiche = await org('FZ Eiche', { networkId: verbund.id });
  const buche = await org('FZ Buche');
  const partner = await org('FBS Teststadt', { type: 'partner' });
  const youthOffice = await org('Jugendamt Teststadt', { type: 'youth_office' });

  const member = async (role: MembershipRole, organizationId: string) => {
    const user = await buildUser(db);
    await buildMembership(db, { userId: user.id, organizationId, role });
    return { id: user.id, email: user.email, cookie: await t.signIn(user.email) };
  };
  const admin = await buildUser(db, { isInstanceAdmin: true });
  const people = {
    lindeLead: await member('lead', linde.id),
    lindeAdmin: await member('admin', linde.id),
    lindeStaff: await member('staff', linde.id),
    verbundLead: await member('lead', verbund.id),
    eicheLead: await member('lead', eiche.id),
    eicheStaff: await member('staff', eiche.id),
    bucheLead: await member('lead', buche.id),
    partnerStaff: await member('staff', partner.id),
    planner: await member('planner', youthOffice.id),
    admin: { id: admin.id, email: admin.email, cookie: await t.signIn(admin.email) },
  };
  const editionId =
    (await currentEditionId(db)) ??
    (
      await db
        .insert(sealEditions)
        .values({ key: `test-${Date.now()}`, title: 'Testausgabe', current: true })
        .returning()
    )[0]?.id;
  if (!editionId) throw new Error('no seal edition');
  const other = await db
    .insert(sealEditions)
    .values({ key: `alt-${Date.now()}`, title: 'Ältere Ausgabe' })
    .returning();
  return {
    municipality,
    centres: { linde, eiche, buche },
    verbund,
    partner,
    people,
    editionId,
    otherEditionId: other[0]?.id ?? '',
  };
}

export type CycleWorld = Awaited<ReturnType<typeof buildCycleWorld>>;

/** A JSON request to /api/v1 as the person with this cookie. */
export function cycleApi(t: TestApp) {
  return (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie?: string, payload?: object) =>
    t.request({
      method,
      url: `/api/v1${url}`,
      cookie,
      ...(payload && { payload }),
    }) as Promise<LightMyRequestResponse>;
}
