import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import type { Executor } from '../db/client';
import {
  authAccounts,
  districts,
  type MembershipRole,
  memberships,
  municipalities,
  organizations,
  users,
} from '../modules/accounts/schema';

/** The password of every demo and test account (demo data only). */
export const DEMO_PASSWORD = 'familiennetz-demo';

export type Municipality = typeof municipalities.$inferSelect;
export type District = typeof districts.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;

type MunicipalityInput = Partial<typeof municipalities.$inferInsert>;
type DistrictInput = Partial<typeof districts.$inferInsert> & { municipalityId: string };
type OrganizationInput = Partial<typeof organizations.$inferInsert>;
type MembershipInput = { userId: string; organizationId: string; role: MembershipRole; id?: string };

export interface UserInput {
  id?: string;
  email?: string;
  name?: string;
  password?: string;
  /** A hash from `hashPassword`; skips hashing (scrypt takes ~100 ms). */
  passwordHash?: string;
  isInstanceAdmin?: boolean;
  emailVerified?: boolean;
}

/** Short, unique suffix so that factories can be called many times on one (shared) database. */
function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

function first<T>(rows: T[], what: string): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`insert into ${what} returned no row`);
  return row;
}

// scrypt is deliberately slow; one hash per distinct password is enough for tests and demo data
// (the salt lives in the hash string, so a reused hash still verifies).
const passwordHashes = new Map<string, Promise<string>>();

export function hashPasswordCached(password: string): Promise<string> {
  let hash = passwordHashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    passwordHashes.set(password, hash);
    // A failed hash must not stay cached.
    hash.catch(() => passwordHashes.delete(password));
  }
  return hash;
}

export async function buildMunicipality(
  db: Executor,
  overrides: MunicipalityInput = {},
): Promise<Municipality> {
  const suffix = uniqueSuffix();
  const rows = await db
    .insert(municipalities)
    .values({ code: `test-${suffix}`, name: `Teststadt ${suffix}`, state: 'NW', ...overrides })
    .returning();
  return first(rows, 'municipalities');
}

export async function buildDistrict(db: Executor, input: DistrictInput): Promise<District> {
  const rows = await db
    .insert(districts)
    .values({ name: `Bezirk ${uniqueSuffix()}`, ...input })
    .returning();
  return first(rows, 'districts');
}

/** Inserts an organisation (a family centre unless `type` says otherwise); creates a municipality if none is given. */
export async function buildOrganization(
  db: Executor,
  overrides: OrganizationInput = {},
): Promise<Organization> {
  const municipalityId = overrides.municipalityId ?? (await buildMunicipality(db)).id;
  const suffix = uniqueSuffix();
  const rows = await db
    .insert(organizations)
    .values({
      type: 'family_centre',
      name: `Familienzentrum ${suffix}`,
      city: 'Teststadt',
      email: `info@${suffix}.example`,
      ...overrides,
      municipalityId,
    })
    .returning();
  return first(rows, 'organizations');
}

/** Inserts a user and the credential better-auth signs them in with (password defaults to DEMO_PASSWORD). */
export async function buildUser(db: Executor, input: UserInput = {}): Promise<User> {
  const suffix = uniqueSuffix();
  const passwordHash = input.passwordHash ?? (await hashPasswordCached(input.password ?? DEMO_PASSWORD));
  const user = first(
    await db
      .insert(users)
      .values({
        ...(input.id ? { id: input.id } : {}),
        email: (input.email ?? `person-${suffix}@familiennetz.example`).toLowerCase(),
        name: input.name ?? `Testperson ${suffix}`,
        emailVerified: input.emailVerified ?? true,
        isInstanceAdmin: input.isInstanceAdmin ?? false,
      })
      .returning(),
    'users',
  );
  await db.insert(authAccounts).values({
    providerId: 'credential',
    accountId: user.id,
    userId: user.id,
    password: passwordHash,
  });
  return user;
}

export async function buildMembership(db: Executor, input: MembershipInput): Promise<Membership> {
  const rows = await db.insert(memberships).values(input).returning();
  return first(rows, 'memberships');
}
