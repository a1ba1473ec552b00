import { type AnyColumn, and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  apiKeys,
  authAccounts,
  invitations,
  memberships,
  organizations,
  sessions,
  users,
  verifications,
} from './schema';

/** Who a personal-data export or an erasure is about, as stored before any change. */
export interface PersonIdentity {
  userId: string;
  name: string;
  email: string;
}

/** Compares e-mail addresses as people type them: case does not matter. */
export const sameEmail = (column: AnyColumn, email: string) => sql`lower(${column}) = lower(${email})`;

/**
 * Art. 15/20: what the accounts module stores about a person. Never a secret: no password hash, no
 * session or provider tokens, no API key hash. Invitations a person sent name the organisation and role,
 * not the invitee's address (that is the invitee's data).
 */
export async function accountsDataOf(db: Executor, person: PersonIdentity) {
  return {
    user: (await userOf(db, person.userId)) ?? null,
    signInMethods: await signInMethodsOf(db, person.userId),
    sessions: await sessionsOf(db, person.userId),
    apiKeys: await apiKeysOf(db, person.userId),
    memberships: await membershipsOf(db, person.userId),
    invitations: await invitationsOf(db, person),
  };
}

async function userOf(db: Executor, userId: string) {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      emailVerified: users.emailVerified,
      isInstanceAdmin: users.isInstanceAdmin,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  return user;
}

function signInMethodsOf(db: Executor, userId: string) {
  return db
    .select({
      providerId: authAccounts.providerId,
      accountId: authAccounts.accountId,
      hasPassword: sql<boolean>`${authAccounts.password} is not null`,
      createdAt: authAccounts.createdAt,
      updatedAt: authAccounts.updatedAt,
    })
    .from(authAccounts)
    .where(eq(authAccounts.userId, userId))
    .orderBy(asc(authAccounts.createdAt));
}

function sessionsOf(db: Executor, userId: string) {
  return db
    .select({
      createdAt: sessions.createdAt,
      updatedAt: sessions.updatedAt,
      expiresAt: sessions.expiresAt,
      ipAddress: sessions.ipAddress,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(asc(sessions.createdAt));
}

function apiKeysOf(db: Executor, userId: string) {
  return db
    .select({
      name: apiKeys.name,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      expiresAt: apiKeys.expiresAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.userId, userId))
    .orderBy(asc(apiKeys.createdAt));
}

function membershipsOf(db: Executor, userId: string) {
  return db
    .select({
      organizationId: memberships.organizationId,
      organizationName: organizations.name,
      role: memberships.role,
      createdAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name));
}

async function invitationsOf(db: Executor, person: PersonIdentity) {
  const rows = await db
    .select({
      organizationName: organizations.name,
      role: invitations.role,
      invitedBy: invitations.invitedBy,
      email: invitations.email,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(or(eq(invitations.invitedBy, person.userId), sameEmail(invitations.email, person.email)))
    .orderBy(asc(invitations.createdAt));
  return rows.map(({ invitedBy, email, ...row }) => ({
    ...row,
    direction: invitedBy === person.userId ? ('sent' as const) : ('received' as const),
    // The address is the invitee's: shown only on invitations the person received.
    email: invitedBy === person.userId && email.toLowerCase() !== person.email.toLowerCase() ? null : email,
  }));
}

/**
 * Art. 17: the users row becomes a tombstone (name and e-mail replaced), everything that lets the person
 * act is deleted: sessions, sign-in methods, API keys, memberships, open verification tokens. Rows that
 * point at the person (comments, bookings …) keep pointing at the tombstone and so show the pseudonym.
 * Returns the memberships that were deleted (for the audit trail of each organisation).
 */
export async function eraseAccountRows(tx: Executor, person: PersonIdentity, pseudonym: string) {
  await deleteCredentials(tx, person);
  const removed = await tx.delete(memberships).where(eq(memberships.userId, person.userId)).returning();
  await retireInvitations(tx, person);
  await tx
    .update(users)
    .set({
      name: pseudonym,
      email: tombstoneEmail(person.userId),
      emailVerified: false,
      image: null,
      isInstanceAdmin: false,
      erasedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(users.id, person.userId));
  return removed;
}

async function deleteCredentials(tx: Executor, person: PersonIdentity) {
  await tx.delete(sessions).where(eq(sessions.userId, person.userId));
  await tx.delete(authAccounts).where(eq(authAccounts.userId, person.userId));
  await tx.delete(apiKeys).where(eq(apiKeys.userId, person.userId));
  // better-auth keeps password-reset and e-mail tokens here, keyed by the address or pointing at the user id.
  await tx
    .delete(verifications)
    .where(
      or(
        eq(verifications.value, person.userId),
        sql`position(lower(${person.email}) in lower(${verifications.identifier})) > 0`,
      ),
    );
}

// An open invitation to the address would let someone recreate an account under it; all of them stop
// naming the address.
async function retireInvitations(tx: Executor, person: PersonIdentity) {
  await tx
    .update(invitations)
    .set({ revokedAt: sql`coalesce(${invitations.revokedAt}, now())` })
    .where(and(sameEmail(invitations.email, person.email), isNull(invitations.acceptedAt)));
  await tx
    .update(invitations)
    .set({ email: tombstoneEmail(person.userId) })
    .where(sameEmail(invitations.email, person.email));
}

/** Unique (users.email is) and undeliverable (RFC 2606 `.invalid`). */
export function tombstoneEmail(userId: string): string {
  return `geloescht-${userId}@familiennetz.invalid`;
}
