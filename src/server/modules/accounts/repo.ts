import { and, asc, eq, gt, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { decodeCursor, nameCursorSchema, toPage } from '../../http/pagination';
import type { ActorMembership } from '../../policy';
import type { OrganizationRow } from './find-organization';
import {
  apiKeys,
  authAccounts,
  districts,
  invitations,
  memberships,
  municipalities,
  organizations,
  users,
} from './schema';
import type { OrganizationListQuery } from './schemas';

export type { OrganizationRow } from './find-organization';

export async function findMembershipsOfUser(db: Executor, userId: string): Promise<ActorMembership[]> {
  return db
    .select({
      id: memberships.id,
      organizationId: memberships.organizationId,
      organizationName: organizations.name,
      organizationType: organizations.type,
      municipalityId: organizations.municipalityId,
      state: municipalities.state,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(municipalities, eq(municipalities.id, organizations.municipalityId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name));
}

/** Whether the person exists and was not erased (an erased person's row stays as a tombstone). */
export async function isActiveUser(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.erasedAt)));
  return row !== undefined;
}

/** Locks the row for the rest of the transaction (optimistic version check + audit before-image). */
export async function findOrganizationForUpdate(
  db: Executor,
  id: string,
): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).for('update');
  return row;
}

/** Folded name as indexed by organizations_name_trgm_idx. */
const foldedName = sql`f_unaccent(lower(${organizations.name}))`;

/**
 * Organisations are visible to every signed-in participant (policy: organizationRules.read), so the
 * list needs no actor scope; filters and keyset pagination on (name, id) run on indexes.
 */
export function organizationListQuery(db: Executor, query: OrganizationListQuery) {
  const conditions: (SQL | undefined)[] = [
    query.type ? eq(organizations.type, query.type) : undefined,
    query.municipalityId ? eq(organizations.municipalityId, query.municipalityId) : undefined,
    query.districtId ? eq(organizations.districtId, query.districtId) : undefined,
  ];
  if (query.q) {
    const folded = sql`f_unaccent(lower(${query.q}))`;
    // Substring for parts of compound words, word similarity for typos; both use the trigram index.
    conditions.push(sql`(${foldedName} like '%' || ${folded} || '%' or ${folded} <% ${foldedName})`);
  }
  if (query.cursor) {
    const [name, id] = decodeCursor(query.cursor, nameCursorSchema);
    conditions.push(
      or(gt(organizations.name, name), and(eq(organizations.name, name), gt(organizations.id, id))),
    );
  }
  return db
    .select()
    .from(organizations)
    .where(and(...conditions))
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(query.limit + 1);
}

export async function listOrganizations(db: Executor, query: OrganizationListQuery) {
  const rows = await organizationListQuery(db, query);
  return toPage(rows, query.limit, (row) => [row.name, row.id]);
}

export async function findDistrict(db: Executor, id: string) {
  const [row] = await db.select().from(districts).where(eq(districts.id, id));
  return row;
}

export async function findMunicipality(db: Executor, id: string) {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.id, id));
  return row;
}

export async function listMunicipalities(db: Executor) {
  return db.select().from(municipalities).orderBy(asc(municipalities.name));
}

export async function listDistricts(db: Executor, municipalityId: string) {
  return db
    .select()
    .from(districts)
    .where(eq(districts.municipalityId, municipalityId))
    .orderBy(asc(districts.name));
}

export async function listMembers(db: Executor, organizationId: string) {
  return db
    .select({
      id: memberships.id,
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(users.name));
}

export async function findMembership(db: Executor, organizationId: string, membershipId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.organizationId, organizationId)))
    .for('update');
  return row;
}

export async function countAdmins(db: Executor, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, 'admin')));
  return row?.count ?? 0;
}

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

export async function listPendingInvitations(db: Executor, organizationId: string) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(asc(invitations.createdAt));
}

export async function findInvitationByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ invitation: invitations, organizationName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, tokenHash))
    .for('update', { of: invitations });
  return row;
}

export async function findInvitation(db: Executor, id: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id)).for('update');
  return row;
}

/**
 * When a key stops working: its own expiry, but never later than API_KEY_MAX_DAYS after its creation (keys made
 * before expiries existed, or before the setting was lowered).
 */
export function apiKeyExpiry(maxDays: number): SQL<Date> {
  return sql`least(coalesce(${apiKeys.expiresAt}, 'infinity'), ${apiKeys.createdAt} + make_interval(days => ${maxDays}::int))`.mapWith(
    apiKeys.expiresAt,
  ) as SQL<Date>;
}

export async function findUserByApiKeyHash(db: Executor, keyHash: string, maxDays: number) {
  const expiresAt = apiKeyExpiry(maxDays);
  const [row] = await db
    .select({ keyId: apiKeys.id, expiresAt, user: users })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.keyHash, keyHash), gt(expiresAt, sql`now()`)));
  return row;
}

/** Whether the person has a password of their own (better-auth's "credential" account), not only single sign-on. */
export async function hasPassword(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: authAccounts.id })
    .from(authAccounts)
    .where(and(eq(authAccounts.userId, userId), eq(authAccounts.providerId, 'credential')))
    .limit(1);
  return row !== undefined;
}
