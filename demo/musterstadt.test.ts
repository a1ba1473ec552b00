import { verifyPassword } from 'better-auth/crypto';
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../src/server/db/client';
import {
  authAccounts,
  districts,
  memberships,
  municipalities,
  organizations,
  users,
} from '../src/server/modules/accounts/schema';
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
    testApp = await buildTestApp();
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
      if (org.type === 'provider') {
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
      [data.youthOffice, ...data.familyCentres, ...data.partners].find((o) => o.key === key)?.name;
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

  it('lets every demo account sign in with the demo password', async () => {
    for (const account of data.accounts) {
      expect(await testApp.signIn(account.email, DEMO_PASSWORD), account.email).toMatch(/=/);
    }
  });
});

describe('scale generator', () => {
  const options = { municipalities: 3, centres: 20, partners: 60, seed: 7 };

  it('builds the same data for the same seed and other data for another seed', () => {
    const a = buildScaleData(options);
    const b = buildScaleData(options);
    const c = buildScaleData({ ...options, seed: 8 });
    expect(b.organizations).toEqual(a.organizations);
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
      await expect(generateScaleData(first.db, options)).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    } finally {
      await first.close();
      await second.close();
    }
  }, 60_000);
});
