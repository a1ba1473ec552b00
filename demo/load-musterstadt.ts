import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../src/server/db/client';
import { districts, type OrganizationType, organizations } from '../src/server/modules/accounts/schema';
import {
  buildMembership,
  buildMunicipality,
  buildOrganization,
  buildUser,
  DEMO_PASSWORD,
  hashPasswordCached,
} from '../src/server/test/factories';
import { type MusterstadtData, readMusterstadt } from './musterstadt-data';

/** True when no organisation exists yet: start-up then fills in the demo municipality. */
export async function isDatabaseEmpty(db: Executor): Promise<boolean> {
  const rows = await db.select({ one: sql<number>`1` }).from(organizations).limit(1);
  return rows.length === 0;
}

/** Inserts the demo municipality Musterstadt with its organisations and demo accounts, in one transaction. */
export async function loadMusterstadt(db: Database): Promise<void> {
  const data = readMusterstadt();
  // Hash outside the transaction: scrypt takes ~100 ms and every account shares the password.
  const passwordHash = await hashPasswordCached(DEMO_PASSWORD);
  await db.transaction((tx) => insertMusterstadt(tx, data, passwordHash));
}

type Site = MusterstadtData['providers'][number];

async function insertMusterstadt(tx: Executor, data: MusterstadtData, passwordHash: string): Promise<void> {
  const { code, name, state } = data.municipality;
  const municipality = await buildMunicipality(tx, { code, name, state });

  const districtRows = await tx
    .insert(districts)
    .values(data.districts.map((d) => ({ municipalityId: municipality.id, name: d.name })))
    .returning({ id: districts.id, name: districts.name });
  const districtIds = new Map<string, string>();
  for (const d of data.districts) {
    const row = districtRows.find((r) => r.name === d.name);
    if (row) districtIds.set(d.key, row.id);
  }

  const orgIds = new Map<string, string>();
  const resolve = (map: Map<string, string>, key: string): string => {
    const id = map.get(key);
    if (!id) throw new Error(`demo/musterstadt: unresolved key ${key}`);
    return id;
  };
  const insertSite = async (
    type: OrganizationType,
    site: Site,
    links: { provider?: string; network?: string | undefined } = {},
  ): Promise<void> => {
    const org = await buildOrganization(tx, {
      type,
      name: site.name,
      municipalityId: municipality.id,
      districtId: resolve(districtIds, site.district),
      providerId: links.provider ? resolve(orgIds, links.provider) : null,
      networkId: links.network ? resolve(orgIds, links.network) : null,
      street: site.street,
      postalCode: site.postalCode,
      city: site.city,
      lat: site.lat,
      lng: site.lng,
      email: site.email,
      phone: site.phone,
      website: site.website,
      description: site.description,
    });
    orgIds.set(site.key, org.id);
  };

  // Order matters: Träger before their facilities, the Verbund before its member centres.
  for (const provider of data.providers) await insertSite('provider', provider);
  await insertSite('youth_office', data.youthOffice, { provider: data.youthOffice.provider });
  for (const network of data.networks) await insertSite('network', network, { provider: network.provider });
  for (const centre of data.familyCentres) {
    await insertSite('family_centre', centre, { provider: centre.provider, network: centre.network });
  }
  for (const partner of data.partners) await insertSite('partner', partner, { provider: partner.provider });

  for (const account of data.accounts) {
    const isInstanceAdmin = 'isInstanceAdmin' in account;
    const user = await buildUser(tx, {
      email: account.email,
      name: account.name,
      passwordHash,
      isInstanceAdmin,
    });
    if ('organization' in account) {
      await buildMembership(tx, {
        userId: user.id,
        organizationId: resolve(orgIds, account.organization),
        role: account.role,
      });
    }
  }
}
