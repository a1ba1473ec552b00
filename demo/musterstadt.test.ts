import { verifyPassword } from 'better-auth/crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Database, type DatabaseHandle, queryRows } from '../src/server/db/client';
import {
  authAccounts,
  districts,
  memberships,
  municipalities,
  organizations,
  users,
} from '../src/server/modules/accounts/schema';
import {
  contactPersons,
  organizationKinds,
  partnerProfiles,
  partnerRelationships,
  relationshipStatusChanges,
} from '../src/server/modules/directory/schema';
import { buildTestApp, openTestDatabase, type TestApp } from '../src/server/test/build-app';
import { DEMO_PASSWORD } from '../src/server/test/factories';
import { isDatabaseEmpty, loadMusterstadt } from './load-musterstadt';
import { readMusterstadt } from './musterstadt-data';
import { buildScaleData, DatabaseNotEmptyError, generateScaleData } from './scale-data';

function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function point(org: { lat?: number | null; lng?: number | null }): { lat: number; lng: number } {
  if (org.lat == null || org.lng == null) throw new Error('organisation without coordinates');
  return { lat: org.lat, lng: org.lng };
}

describe('demo municipality Musterstadt', () => {
  let testApp: TestApp;
  let db: Database;
  const data = readMusterstadt();

  beforeAll(async () => {
    // Every demo account signs in below: more than the per-client sign-in limit allows in a minute.
    testApp = await buildTestApp({ signInRateLimit: 1000 });
    db = testApp.db;
    expect(await isDatabaseEmpty(db)).toBe(true);
    await loadMusterstadt(db);
  });

  const loadAll = async () => {
    const [municipality] = await db
      .select()
      .from(municipalities)
      .where(eq(municipalities.code, data.municipality.code));
    if (!municipality) throw new Error('Musterstadt missing');
    const orgs = await db.select().from(organizations);
    const districtRows = await db
      .select()
      .from(districts)
      .where(eq(districts.municipalityId, municipality.id));
    return { municipality, orgs, districtRows };
  };

  it('is no longer empty', async () => {
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it('has at least six districts, eight family centres and forty partners', async () => {
    const { municipality, orgs, districtRows } = await loadAll();
    expect(municipality).toMatchObject({ name: 'Musterstadt', state: 'NW' });
    expect(districtRows.length).toBeGreaterThanOrEqual(6);
    const centres = orgs.filter((o) => o.type === 'family_centre');
    expect(centres).toHaveLength(8);
    expect(centres.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Familienzentrum Sonnenblume', 'Familienzentrum Regenbogen']),
    );
    expect(orgs.filter((o) => o.type === 'partner').length).toBeGreaterThanOrEqual(40);
    expect(orgs.filter((o) => o.type === 'youth_office').map((o) => o.name)).toEqual([
      'Jugendamt Musterstadt',
    ]);
    expect(orgs.map((o) => o.name)).toContain('Erziehungsberatungsstelle Musterstadt');
  });

  it('has a Verbund of three centres pairwise within 3 km', async () => {
    const { orgs } = await loadAll();
    const networks = orgs.filter((o) => o.type === 'network');
    expect(networks).toHaveLength(1);
    const members = orgs.filter((o) => o.networkId === networks[0]?.id);
    expect(members).toHaveLength(3);
    for (const a of members) {
      expect(a.type).toBe('family_centre');
      for (const b of members) expect(distanceKm(point(a), point(b))).toBeLessThanOrEqual(3);
    }
  });

  it('gives every facility a Träger, a district of Musterstadt and coordinates inside the city', async () => {
    const { municipality, orgs, districtRows } = await loadAll();
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const districtIds = new Set(districtRows.map((d) => d.id));
    const { minLat, maxLat, minLng, maxLng } = data.municipality.bounds;
    for (const org of orgs) {
      expect(org.municipalityId).toBe(municipality.id);
      expect(districtIds.has(org.districtId ?? '')).toBe(true);
      const { lat, lng } = point(org);
      expect(lat).toBeGreaterThanOrEqual(minLat);
      expect(lat).toBeLessThanOrEqual(maxLat);
      expect(lng).toBeGreaterThanOrEqual(minLng);
      expect(lng).toBeLessThanOrEqual(maxLng);
      expect(org.email).toMatch(/\.example$/);
      // A Träger is its own; the Landesjugendamt stands outside the local Träger landscape.
      if (org.type === 'provider' || org.type === 'state_office') {
        expect(org.providerId).toBeNull();
      } else {
        expect(byId.get(org.providerId ?? '')?.type, org.name).toBe('provider');
      }
    }
  });

  it('covers every partner kind of the taxonomy', () => {
    const kinds = new Set(data.partners.map((p) => p.kind));
    expect(kinds.size).toBe(17);
  });

  it('has every demo account with its role and the demo password', async () => {
    const { orgs } = await loadAll();
    const orgName = (key: string) =>
      [data.youthOffice, data.stateOffice, ...data.familyCentres, ...data.partners].find((o) => o.key === key)
        ?.name;
    const expected = [
      ['leitung@fz-sonnenblume.example', 'Familienzentrum Sonnenblume', 'lead'],
      ['fachkraft@fz-sonnenblume.example', 'Familienzentrum Sonnenblume', 'staff'],
      ['verwaltung@fz-sonnenblume.example', 'Familienzentrum Sonnenblume', 'admin'],
      ['leitung@fz-regenbogen.example', 'Familienzentrum Regenbogen', 'lead'],
      ['beratung@eb-musterstadt.example', 'Erziehungsberatungsstelle Musterstadt', 'staff'],
      ['planung@jugendamt-musterstadt.example', 'Jugendamt Musterstadt', 'planner'],
    ] as const;
    for (const [email, organization, role] of expected) {
      const rows = await db
        .select({ role: memberships.role, organizationId: memberships.organizationId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(users.email, email));
      expect(rows, email).toHaveLength(1);
      expect(rows[0]?.role, email).toBe(role);
      expect(orgs.find((o) => o.id === rows[0]?.organizationId)?.name, email).toBe(organization);
    }
    for (const account of data.accounts) {
      if ('organization' in account) expect(orgName(account.organization)).toBeDefined();
    }

    const [admin] = await db.select().from(users).where(eq(users.email, 'admin@familiennetz.example'));
    expect(admin?.isInstanceAdmin).toBe(true);

    const credentials = await db
      .select({ email: users.email, password: authAccounts.password, accountId: authAccounts.accountId })
      .from(authAccounts)
      .innerJoin(users, eq(users.id, authAccounts.userId))
      .where(eq(authAccounts.providerId, 'credential'));
    expect(credentials).toHaveLength(data.accounts.length);
    const [first] = credentials;
    expect(await verifyPassword({ hash: first?.password ?? '', password: DEMO_PASSWORD })).toBe(true);
  });

  describe('directory', () => {
    const staleCount = Object.values(data.profiles).filter((p) => p.lastConfirmedMonthsAgo >= 7).length;

    it('gives every partner, centre and the Jugendamt a profile, and every partner a kind', async () => {
      const rows = await queryRows<{
        type: string;
        name: string;
        kinds: number;
        contacts: number;
        folded: string;
      }>(
        db,
        sql`select o.type::text as type, o.name, p.folded_name as folded,
                   (select count(*)::int from organization_kinds k where k.organization_id = o.id) as kinds,
                   (select count(*)::int from contact_persons c where c.organization_id = o.id) as contacts
              from organizations o join partner_profiles p on p.organization_id = o.id`,
      );
      const { orgs } = await loadAll();
      const expected = orgs.filter((o) => ['partner', 'family_centre', 'youth_office'].includes(o.type));
      expect(rows.map((r) => r.name).sort()).toEqual(expected.map((o) => o.name).sort());
      for (const row of rows) {
        if (row.type !== 'family_centre') expect(row.kinds, row.name).toBeGreaterThanOrEqual(1);
        expect(row.contacts, row.name).toBeGreaterThanOrEqual(1);
        expect(row.contacts, row.name).toBeLessThanOrEqual(2);
      }
      expect(rows.filter((r) => r.kinds >= 2).length).toBeGreaterThanOrEqual(3);
      expect(await db.$count(contactPersons)).toBe(
        Object.values(data.profiles).reduce((n, p) => n + p.contactPersons.length, 0),
      );
    });

    it('fills the search columns by trigger', async () => {
      const rows = await queryRows<{ name: string; folded: string; document: string | null }>(
        db,
        sql`select o.name, p.folded_name as folded, p.search_document::text as document
              from partner_profiles p join organizations o on o.id = p.organization_id`,
      );
      for (const row of rows) {
        expect(row.folded, row.name).not.toBe('');
        expect(row.document, row.name).toBeTruthy();
      }
      const fbs = rows.find((r) => r.name === 'Ev. Familienbildungsstätte Musterstadt');
      expect(fbs?.folded).toContain('familienbildungsstaette');
      // The kind labels reach the document too (organization_kinds trigger or the profile trigger).
      const eb = rows.find((r) => r.name === 'Erziehungsberatungsstelle Musterstadt');
      expect(eb?.document).toMatch(/famili/);
    });

    it(`has ${staleCount} stale profiles (7–14 months) and the rest confirmed within 5 months`, async () => {
      expect(staleCount).toBeGreaterThanOrEqual(5);
      expect(staleCount).toBeLessThanOrEqual(7);
      const [counts] = await queryRows<{ stale: number; fresh: number; total: number }>(
        db,
        sql`select count(*) filter (where last_confirmed_at < now() - interval '6 months')::int as stale,
                   count(*) filter (where last_confirmed_at >= now() - interval '5 months 21 days')::int as fresh,
                   count(*)::int as total
              from partner_profiles`,
      );
      expect(counts?.stale).toBe(staleCount);
      expect(counts?.fresh).toBe((counts?.total ?? 0) - staleCount);
      const [oldest] = await queryRows<{ ok: boolean }>(
        db,
        sql`select min(last_confirmed_at) > now() - interval '15 months' as ok from partner_profiles`,
      );
      expect(oldest?.ok).toBe(true);
    });

    it('gives the profiles their demo accounts as owners, others stay unclaimed', async () => {
      const rows = await db
        .select({ name: organizations.name, owner: users.email })
        .from(partnerProfiles)
        .innerJoin(organizations, eq(organizations.id, partnerProfiles.organizationId))
        .leftJoin(users, eq(users.id, partnerProfiles.ownerUserId));
      const owners = Object.fromEntries(rows.filter((r) => r.owner).map((r) => [r.name, r.owner]));
      expect(owners).toMatchObject({
        'Familienzentrum Sonnenblume': 'leitung@fz-sonnenblume.example',
        'Familienzentrum Regenbogen': 'leitung@fz-regenbogen.example',
        'Erziehungsberatungsstelle Musterstadt': 'leitung@eb-musterstadt.example',
        'Jugendamt Musterstadt': 'planung@jugendamt-musterstadt.example',
      });
      // Every organisation with a demo account owns its profile; the others stay unclaimed (the
      // Landesjugendamt has no directory profile).
      const withAccounts = new Set(
        data.accounts.flatMap((a) =>
          'organization' in a && data.profiles[a.organization] ? [a.organization] : [],
        ),
      );
      expect(Object.keys(owners)).toHaveLength(withAccounts.size);
      expect(rows.filter((r) => !r.owner).length).toBeGreaterThan(30);
    });

    it('gives every centre 5–10 relationships in ≥ 3 statuses, all five across the municipality', async () => {
      const rows = await db
        .select({ centre: organizations.name, status: partnerRelationships.status })
        .from(partnerRelationships)
        .innerJoin(organizations, eq(organizations.id, partnerRelationships.centreId));
      const { orgs } = await loadAll();
      const centres = orgs.filter((o) => o.type === 'family_centre');
      for (const centre of centres) {
        const statuses = rows.filter((r) => r.centre === centre.name).map((r) => r.status);
        expect(statuses.length, centre.name).toBeGreaterThanOrEqual(5);
        expect(statuses.length, centre.name).toBeLessThanOrEqual(10);
        expect(new Set(statuses).size, centre.name).toBeGreaterThanOrEqual(3);
      }
      expect(new Set(rows.map((r) => r.status))).toEqual(
        new Set(['potential', 'in_contact', 'active', 'paused', 'ended']),
      );
    });

    it('keeps one history row per status passed through, ending in the current status', async () => {
      const relationships = await db.select().from(partnerRelationships);
      const changes = await db
        .select()
        .from(relationshipStatusChanges)
        .orderBy(asc(relationshipStatusChanges.changedAt));
      for (const relationship of relationships) {
        const history = changes.filter((c) => c.relationshipId === relationship.id);
        expect(history[0]?.status).toBe('potential');
        expect(history[history.length - 1]?.status).toBe(relationship.status);
        expect(history[history.length - 1]?.changedAt).toEqual(relationship.statusChangedAt);
        expect(new Set(history.map((h) => h.status)).size).toBe(history.length);
      }
    });

    it("has Sonnenblume's active relationship with the Erziehungsberatungsstelle and its next step", async () => {
      const rows = await queryRows<{
        status: string;
        notes: string | null;
        step: string | null;
        assignee: string | null;
        due: string | null;
      }>(
        db,
        sql`select r.status::text as status, r.internal_notes as notes, r.next_step as step,
                   u.email as assignee, r.next_step_due as due
              from partner_relationships r
              join organizations c on c.id = r.centre_id
              join organizations p on p.id = r.partner_id
              left join users u on u.id = r.next_step_assignee_id
             where c.name = 'Familienzentrum Sonnenblume' and p.name = 'Erziehungsberatungsstelle Musterstadt'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: 'active', assignee: 'leitung@fz-sonnenblume.example' });
      expect(rows[0]?.notes).toBeTruthy();
      expect(rows[0]?.step).toBeTruthy();
      expect(rows[0]?.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('leaves Sonnenblume without a family education partner, so the missing-kinds view shows it', async () => {
      const rows = await queryRows<{ kind: string }>(
        db,
        sql`select distinct k.key as kind
              from partner_relationships r
              join organizations c on c.id = r.centre_id
              join organization_kinds ok on ok.organization_id = r.partner_id
              join partner_kinds k on k.id = ok.kind_id
             where c.name = 'Familienzentrum Sonnenblume'`,
      );
      const kinds = rows.map((r) => r.kind);
      expect(kinds).toContain('counselling');
      expect(kinds).not.toContain('family_education');
      // …while family education partners exist in Musterstadt.
      expect(await db.$count(organizationKinds)).toBeGreaterThan(data.partners.length);
    });
  });

  it('lets every demo account sign in with the demo password', async () => {
    for (const account of data.accounts) {
      expect(await testApp.signIn(account.email, DEMO_PASSWORD), account.email).toMatch(/=/);
    }
  });
});

describe('scale generator', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const options = { municipalities: 3, centres: 20, partners: 60, seed: 7, now };

  it('builds the same data for the same seed and other data for another seed', () => {
    const a = buildScaleData(options);
    const b = buildScaleData(options);
    const c = buildScaleData({ ...options, seed: 8 });
    expect(b.organizations).toEqual(a.organizations);
    expect(b.directory).toEqual(a.directory);
    expect(c.organizations.map((o) => o.id)).not.toEqual(a.organizations.map((o) => o.id));
    expect(a.counts).toMatchObject({ municipalities: 3, youthOffices: 3, familyCentres: 20, partners: 60 });
  });

  it('keeps the invariants of the data set', () => {
    const data = buildScaleData({ municipalities: 20, centres: 400, partners: 1000, seed: 42 });
    const byId = new Map(data.organizations.map((o) => [o.id, o]));
    const municipalitiesWithDistricts = new Map<string, number>();
    for (const d of data.districts) {
      municipalitiesWithDistricts.set(
        d.municipalityId,
        (municipalitiesWithDistricts.get(d.municipalityId) ?? 0) + 1,
      );
    }
    for (const n of municipalitiesWithDistricts.values()) {
      expect(n).toBeGreaterThanOrEqual(4);
      expect(n).toBeLessThanOrEqual(12);
    }
    for (const org of data.organizations) {
      expect(org.lat).toBeGreaterThanOrEqual(50.3);
      expect(org.lat).toBeLessThanOrEqual(52.5);
      expect(org.lng).toBeGreaterThanOrEqual(5.9);
      expect(org.lng).toBeLessThanOrEqual(9.5);
      if (org.type !== 'provider') expect(byId.get(org.providerId ?? '')?.type).toBe('provider');
    }
    const networks = data.organizations.filter((o) => o.type === 'network');
    expect(data.counts.centresInNetworks).toBeGreaterThan(400 / 6 - 10);
    for (const network of networks) {
      const members = data.organizations.filter((o) => o.networkId === network.id);
      expect(members.length).toBeGreaterThanOrEqual(2);
      expect(members.length).toBeLessThanOrEqual(5);
      for (const a of members) {
        expect(a.municipalityId).toBe(network.municipalityId);
        for (const b of members) expect(distanceKm(point(a), point(b))).toBeLessThanOrEqual(3);
      }
    }
    expect(new Set(data.users.map((u) => u.email)).size).toBe(data.users.length);
    expect(data.users.filter((u) => u.role === 'planner')).toHaveLength(20);
    expect(data.users.filter((u) => u.role === 'lead')).toHaveLength(50);
  });

  it('gives the generated organisations directory profiles and relationships like Musterstadt', () => {
    const data = buildScaleData({ municipalities: 20, centres: 400, partners: 2000, seed: 42, now });
    const { directory } = data;
    const byId = new Map(data.organizations.map((o) => [o.id, o]));
    const partners = data.organizations.filter((o) => o.type === 'partner');
    const profiled = new Set(directory.profiles.map((p) => p.organizationId));
    const kinds = new Map<string, string[]>();
    for (const link of directory.organizationKinds) {
      kinds.set(link.organizationId, [...(kinds.get(link.organizationId) ?? []), link.kind]);
    }
    for (const partner of partners) {
      expect(profiled.has(partner.id)).toBe(true);
      expect(kinds.get(partner.id)?.[0]).toBe(data.partnerKinds.get(partner.id));
    }
    expect(directory.profiles).toHaveLength(partners.length + 400 + 20);

    const stale = directory.profiles.filter(
      (p) => (p.lastConfirmedAt?.getTime() ?? 0) < now.getTime() - 183 * 86_400_000,
    );
    expect(stale).toHaveLength(data.counts.staleProfiles);
    expect(stale.length / directory.profiles.length).toBeGreaterThan(0.07);
    expect(stale.length / directory.profiles.length).toBeLessThan(0.13);

    const withContacts = new Set(directory.contactPersons.map((c) => c.organizationId));
    const partnersWithContacts = partners.filter((p) => withContacts.has(p.id)).length;
    expect(partnersWithContacts / partners.length).toBeGreaterThan(0.4);
    expect(partnersWithContacts / partners.length).toBeLessThan(0.6);

    const perCentre = new Map<string, Set<string>>();
    for (const r of directory.relationships) {
      const centre = byId.get(r.centreId);
      const partner = byId.get(r.partnerId);
      expect(centre?.type).toBe('family_centre');
      expect(partner?.type).toBe('partner');
      expect(partner?.municipalityId).toBe(centre?.municipalityId);
      perCentre.set(r.centreId, (perCentre.get(r.centreId) ?? new Set()).add(r.partnerId));
      const history = directory.statusChanges.filter((c) => c.relationshipId === r.id);
      expect(history[0]?.status).toBe('potential');
      expect(history[history.length - 1]?.status).toBe(r.status);
      expect(history[history.length - 1]?.changedAt).toEqual(r.statusChangedAt);
    }
    for (const centre of data.organizations.filter((o) => o.type === 'family_centre')) {
      const nearby = partners.filter((p) => p.municipalityId === centre.municipalityId).length;
      const count = perCentre.get(centre.id)?.size ?? 0;
      expect(count).toBeGreaterThanOrEqual(Math.min(4, nearby));
      expect(count).toBeLessThanOrEqual(10);
    }
    expect(new Set(directory.relationships.map((r) => r.status)).size).toBe(5);
  });

  it('writes identical organisations into two databases and refuses a non-empty one', async () => {
    const rowsOf = async (handle: DatabaseHandle) =>
      handle.db
        .select({
          id: organizations.id,
          name: organizations.name,
          type: organizations.type,
          providerId: organizations.providerId,
        })
        .from(organizations)
        .orderBy(asc(organizations.id));
    const first = await openTestDatabase();
    const second = await openTestDatabase();
    try {
      const counts = await generateScaleData(first.db, options);
      await generateScaleData(second.db, options);
      const rows = await rowsOf(first);
      expect(rows).toHaveLength(
        counts.providers + counts.youthOffices + counts.networks + counts.familyCentres + counts.partners,
      );
      expect(await rowsOf(second)).toEqual(rows);
      expect(await first.db.$count(memberships)).toBe(counts.memberships);
      expect(await first.db.$count(partnerProfiles)).toBe(counts.profiles);
      expect(await first.db.$count(partnerRelationships)).toBe(counts.relationships);
      expect(await first.db.$count(relationshipStatusChanges)).toBe(counts.statusChanges);
      const [empty] = await queryRows<{ n: number }>(
        first.db,
        sql`select count(*)::int as n from partner_profiles where folded_name = '' or search_document is null`,
      );
      expect(empty?.n).toBe(0);
      await expect(generateScaleData(first.db, options)).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    } finally {
      await first.close();
      await second.close();
    }
  }, 60_000);
});
