import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { DEMO_PASSWORD, hashPasswordCached } from '../../../demo/demo-password';
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
import {
  contactPersons,
  organizationKinds,
  partnerKinds,
  partnerProfiles,
  partnerRelationships,
  type RelationshipStatus,
  relationshipStatusChanges,
} from '../modules/directory/schema';

// The demo loader (production code) needs these too: they live with the demo data.
export { DEMO_PASSWORD, hashPasswordCached } from '../../../demo/demo-password';

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

// --- directory ---

export type PartnerKindRow = typeof partnerKinds.$inferSelect;
export type PartnerProfile = typeof partnerProfiles.$inferSelect;
export type ContactPerson = typeof contactPersons.$inferSelect;
export type PartnerRelationship = typeof partnerRelationships.$inferSelect;
export type RelationshipStatusChange = typeof relationshipStatusChanges.$inferSelect;

type PartnerProfileInput = Partial<typeof partnerProfiles.$inferInsert> & {
  organizationId: string;
  /** Keys of partner_kinds ("counselling", …), linked in organization_kinds before the profile is written. */
  kinds?: string[];
};

/** A partner kind of the taxonomy (the 17 of domain.md § 3 are seeded by migration 0004). */
export async function buildPartnerKind(
  db: Executor,
  overrides: Partial<typeof partnerKinds.$inferInsert> = {},
): Promise<PartnerKindRow> {
  const suffix = uniqueSuffix();
  const rows = await db
    .insert(partnerKinds)
    .values({ key: `kind_${suffix}`, labelDe: `Art ${suffix}`, labelEn: `Kind ${suffix}`, ...overrides })
    .returning();
  return first(rows, 'partner_kinds');
}

/** Links an organisation to partner kinds by key; throws for an unknown key. */
export async function linkPartnerKinds(db: Executor, organizationId: string, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  const rows = await db
    .select({ id: partnerKinds.id, key: partnerKinds.key })
    .from(partnerKinds)
    .where(inArray(partnerKinds.key, keys));
  const values = keys.map((key) => {
    const kindId = rows.find((r) => r.key === key)?.id;
    if (!kindId) throw new Error(`unknown partner kind ${key}`);
    return { organizationId, kindId };
  });
  await db.insert(organizationKinds).values(values);
}

/** Inserts a directory profile (and the given kinds first); triggers fill folded_name and search_document. */
export async function buildPartnerProfile(db: Executor, input: PartnerProfileInput): Promise<PartnerProfile> {
  const { kinds, ...values } = input;
  await linkPartnerKinds(db, input.organizationId, kinds ?? []);
  const rows = await db
    .insert(partnerProfiles)
    .values({
      coreMandate: 'Berät Familien im Stadtteil.',
      openingHours: [{ day: 1, from: '09:00', to: '12:00' }],
      languages: ['de'],
      ...values,
    })
    .returning();
  return first(rows, 'partner_profiles');
}

/**
 * A partner organisation with its profile (kinds default to ["counselling"]). `profile` overrides
 * profile fields; the organisation fields go directly in `overrides`.
 */
export async function buildPartner(
  db: Executor,
  overrides: OrganizationInput & {
    kinds?: string[];
    profile?: Omit<PartnerProfileInput, 'organizationId' | 'kinds'>;
  } = {},
): Promise<{ organization: Organization; profile: PartnerProfile }> {
  const { kinds, profile: profileInput, ...organizationInput } = overrides;
  const suffix = uniqueSuffix();
  const organization = await buildOrganization(db, {
    type: 'partner',
    name: `Beratungsstelle ${suffix}`,
    ...organizationInput,
  });
  const profile = await buildPartnerProfile(db, {
    ...profileInput,
    organizationId: organization.id,
    kinds: kinds ?? ['counselling'],
  });
  return { organization, profile };
}

export async function buildContactPerson(
  db: Executor,
  input: Partial<typeof contactPersons.$inferInsert> & { organizationId: string },
): Promise<ContactPerson> {
  const suffix = uniqueSuffix();
  const rows = await db
    .insert(contactPersons)
    .values({
      name: `Kontakt ${suffix}`,
      role: 'Leitung',
      phone: '02999 100000',
      email: `kontakt-${suffix}@familiennetz.example`,
      ...input,
    })
    .returning();
  return first(rows, 'contact_persons');
}

const statusPaths: Record<RelationshipStatus, RelationshipStatus[]> = {
  potential: ['potential'],
  in_contact: ['potential', 'in_contact'],
  active: ['potential', 'in_contact', 'active'],
  paused: ['potential', 'in_contact', 'active', 'paused'],
  ended: ['potential', 'in_contact', 'active', 'ended'],
};

export interface RelationshipInput extends Partial<typeof partnerRelationships.$inferInsert> {
  centreId: string;
  partnerId: string;
  /** Statuses passed through, oldest first (default: the usual path to `status`); one history row each. */
  history?: RelationshipStatus[];
  changedBy?: string | null;
}

/**
 * A centre's relationship with a partner plus one relationship_status_changes row per status passed
 * through, a day apart, the last at status_changed_at.
 */
export async function buildRelationship(
  db: Executor,
  input: RelationshipInput,
): Promise<{ relationship: PartnerRelationship; history: RelationshipStatusChange[] }> {
  const { history: path, changedBy, ...values } = input;
  const statuses = path ?? statusPaths[values.status ?? 'potential'];
  const status = statuses[statuses.length - 1] ?? 'potential';
  const changedAt = values.statusChangedAt ?? new Date();
  const relationship = first(
    await db
      .insert(partnerRelationships)
      .values({ ...values, status, statusChangedAt: changedAt, version: values.version ?? statuses.length })
      .returning(),
    'partner_relationships',
  );
  const dayMs = 86_400_000;
  const history = await db
    .insert(relationshipStatusChanges)
    .values(
      statuses.map((s, i) => ({
        relationshipId: relationship.id,
        status: s,
        changedAt: new Date(changedAt.getTime() - (statuses.length - 1 - i) * dayMs),
        changedBy: changedBy ?? null,
      })),
    )
    .returning();
  return { relationship, history };
}

/** The id of a seeded partner kind. */
export async function partnerKindId(db: Executor, key: string): Promise<string> {
  const rows = await db.select({ id: partnerKinds.id }).from(partnerKinds).where(eq(partnerKinds.key, key));
  return first(rows, `partner_kinds ${key}`).id;
}
