import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../src/server/db/client';
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
  partnerKinds as partnerKindsTable,
  partnerProfiles,
  partnerRelationships,
  relationshipStatusChanges,
} from '../src/server/modules/directory/schema';
import { DEMO_PASSWORD, hashPasswordCached } from './demo-password';
import { isDatabaseEmpty } from './load-musterstadt';
import type { PartnerKind } from './musterstadt-data';
import {
  addCentreLeads,
  addCentres,
  addProvidersAndYouthOffices,
  addTowns,
  newScaleState,
  type ScaleState,
} from './scale-builder';
import { buildScaleDirectory, type ScaleDirectory } from './scale-directory';
import type { DistrictRow, MunicipalityRow, OrganizationRow, ScaleUser } from './scale-model';
import { addPartners } from './scale-partners';

/**
 * The scale generator: a deterministic data set shaped like Musterstadt, at the size of a state
 * (NRW: 186 Jugendämter, ~3,250 family centres). Same options and seed → same rows and ids
 * (only created_at/updated_at differ).
 */

export interface ScaleOptions {
  municipalities: number;
  centres: number;
  partners: number;
  seed: number;
  /** The directory's dates (last confirmed, status changes) count back from here; default: now. */
  now?: Date;
  /** Rows per INSERT statement; default 1000. */
  batchSize?: number;
  onProgress?: (message: string) => void;
}

export interface ScaleCounts {
  municipalities: number;
  districts: number;
  providers: number;
  youthOffices: number;
  networks: number;
  familyCentres: number;
  centresInNetworks: number;
  partners: number;
  users: number;
  memberships: number;
  profiles: number;
  staleProfiles: number;
  organizationKinds: number;
  contactPersons: number;
  relationships: number;
  statusChanges: number;
}

export interface ScaleData {
  municipalities: MunicipalityRow[];
  districts: DistrictRow[];
  /** In insertion order: Träger first, then Jugendämter, Verbünde, centres, partners. */
  organizations: OrganizationRow[];
  /** Partner kind per organisation id (the directory module stores it; the table has no column yet). */
  partnerKinds: Map<string, PartnerKind>;
  users: ScaleUser[];
  /** Profiles of partners, centres and Jugendämter, contact persons, relationships with history. */
  directory: ScaleDirectory;
  counts: ScaleCounts;
}

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('The target database already contains organisations; the generator only fills an empty database.');
    this.name = 'DatabaseNotEmptyError';
  }
}

/** Builds the whole data set in memory; no database involved (deterministic for a seed). */
export function buildScaleData(options: Omit<ScaleOptions, 'batchSize' | 'onProgress'>): ScaleData {
  const s = newScaleState(options.seed);
  addTowns(s, options.municipalities);
  addProvidersAndYouthOffices(s);
  addCentres(s, options.centres);
  addCentreLeads(s);
  addPartners(s, options.partners);
  return scaleDataOf(s, options);
}

function scaleDataOf(s: ScaleState, options: { seed: number; now?: Date | undefined }): ScaleData {
  const {
    municipalityRows,
    districtRows,
    providerRows,
    youthOfficeRows,
    networkRows,
    centreRows,
    partnerRows,
  } = s;
  const centresInNetworks = centreRows.filter((c) => c.networkId).length;
  const allOrganizations = [
    ...providerRows,
    ...youthOfficeRows,
    ...networkRows,
    ...centreRows,
    ...partnerRows,
  ];
  const directory = buildScaleDirectory({
    seed: options.seed,
    now: options.now ?? new Date(),
    organizations: allOrganizations,
    partnerKinds: s.partnerKinds,
    owners: new Map(
      s.users.filter((u) => u.role === 'lead' || u.role === 'planner').map((u) => [u.organizationId, u.id]),
    ),
  });
  return {
    municipalities: municipalityRows,
    districts: districtRows,
    organizations: allOrganizations,
    partnerKinds: s.partnerKinds,
    users: s.users,
    directory,
    counts: {
      municipalities: municipalityRows.length,
      districts: districtRows.length,
      providers: providerRows.length,
      youthOffices: youthOfficeRows.length,
      networks: networkRows.length,
      familyCentres: centreRows.length,
      centresInNetworks,
      partners: partnerRows.length,
      users: s.users.length,
      memberships: s.users.length,
      profiles: directory.profiles.length,
      staleProfiles: directory.staleProfiles,
      organizationKinds: directory.organizationKinds.length,
      contactPersons: directory.contactPersons.length,
      relationships: directory.relationships.length,
      statusChanges: directory.statusChanges.length,
    },
  };
}

async function insertInBatches<T>(
  rows: T[],
  batchSize: number,
  insert: (batch: T[]) => Promise<unknown>,
  report: (done: number) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await insert(batch);
    report(start + batch.length);
  }
}

/**
 * Fills an empty database with the generated data set, in one transaction (a failed run leaves
 * nothing behind), with multi-row INSERTs of `batchSize` rows. Throws DatabaseNotEmptyError if
 * organisations exist already.
 */
export async function generateScaleData(db: Database, options: ScaleOptions): Promise<ScaleCounts> {
  const batchSize = options.batchSize ?? 1000;
  const progress = options.onProgress ?? (() => {});
  if (!(await isDatabaseEmpty(db))) throw new DatabaseNotEmptyError();

  const data = buildScaleData(options);
  progress(
    `built ${data.organizations.length} organisations, ${data.districts.length} districts, ${data.users.length} users in memory`,
  );
  // scrypt is slow on purpose: hash once, every generated account shares the demo password.
  const passwordHash = await hashPasswordCached(DEMO_PASSWORD);

  await db.transaction(async (tx: Executor) => {
    const step = (label: string, total: number) => (done: number) => {
      if (done === total || done % (batchSize * 10) === 0) progress(`${label}: ${done}/${total}`);
    };
    await insertInBatches(
      data.municipalities,
      batchSize,
      (batch) => tx.insert(municipalities).values(batch),
      step('municipalities', data.municipalities.length),
    );
    await insertInBatches(
      data.districts,
      batchSize,
      (batch) => tx.insert(districts).values(batch),
      step('districts', data.districts.length),
    );
    // Träger come first in the list, so every provider_id/network_id refers to an earlier batch or row.
    await insertInBatches(
      data.organizations,
      batchSize,
      (batch) => tx.insert(organizations).values(batch),
      step('organisations', data.organizations.length),
    );
    await insertInBatches(
      data.users,
      batchSize,
      async (batch) => {
        await tx
          .insert(users)
          .values(batch.map((u) => ({ id: u.id, email: u.email, name: u.name, emailVerified: true })));
        await tx.insert(authAccounts).values(
          batch.map((u) => ({
            id: u.accountId,
            providerId: 'credential',
            accountId: u.id,
            userId: u.id,
            password: passwordHash,
          })),
        );
        await tx.insert(memberships).values(
          batch.map((u) => ({
            id: u.membershipId,
            userId: u.id,
            organizationId: u.organizationId,
            role: u.role,
          })),
        );
      },
      step('users', data.users.length),
    );
    await insertDirectory(tx, data.directory, batchSize, step);
  });
  // Fresh statistics, so that the first queries (and benchmarks) get sensible plans.
  await db.execute(sql`analyze`);
  return data.counts;
}

async function insertDirectory(
  tx: Executor,
  directory: ScaleDirectory,
  batchSize: number,
  step: (label: string, total: number) => (done: number) => void,
): Promise<void> {
  const kindRows = await tx
    .select({ id: partnerKindsTable.id, key: partnerKindsTable.key })
    .from(partnerKindsTable);
  const kindIds = new Map(kindRows.map((k) => [k.key, k.id]));
  const kindLinks = directory.organizationKinds.map(({ organizationId, kind }) => {
    const kindId = kindIds.get(kind);
    if (!kindId) throw new Error(`partner kind ${kind} is not seeded (migration 0004)`);
    return { organizationId, kindId };
  });
  // Kinds before profiles, so the profile trigger (migration 0004) reads them once per profile.
  await insertInBatches(
    kindLinks,
    batchSize,
    (batch) => tx.insert(organizationKinds).values(batch),
    step('organisation kinds', kindLinks.length),
  );
  await insertInBatches(
    directory.profiles,
    batchSize,
    (batch) => tx.insert(partnerProfiles).values(batch),
    step('profiles', directory.profiles.length),
  );
  await insertInBatches(
    directory.contactPersons,
    batchSize,
    (batch) => tx.insert(contactPersons).values(batch),
    step('contact persons', directory.contactPersons.length),
  );
  await insertInBatches(
    directory.relationships,
    batchSize,
    (batch) => tx.insert(partnerRelationships).values(batch),
    step('relationships', directory.relationships.length),
  );
  await insertInBatches(
    directory.statusChanges,
    batchSize,
    (batch) => tx.insert(relationshipStatusChanges).values(batch),
    step('status changes', directory.statusChanges.length),
  );
}

export const NRW_SIZE = { municipalities: 186, centres: 3250, partners: 30_000 } as const;
