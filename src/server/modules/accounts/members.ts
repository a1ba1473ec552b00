import { createHash, randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, invalidField, notFound } from '../../http/errors';
import { translate } from '../../http/i18n';
import { type Actor, authorize, permissionsFor, requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { enqueueEmail } from '../outbox/service';
import { personPermissionRules } from '../privacy/policy';
import { forgetMemberships } from './actor';
import { assertPasswordAllowed } from './password-policy';
import { isRoleAllowedFor, organizationRules } from './policy';
import type { OrganizationRow } from './repo';
import * as repo from './repo';
import { authAccounts, invitations, type MembershipRole, memberships, users } from './schema';

const INVITATION_DAYS = 14;

async function organizationOrThrow(db: Executor, id: string) {
  const org = await repo.findOrganization(db, id);
  if (!org) throw notFound();
  return org;
}

export async function listMembers(ctx: ServiceContext, organizationId: string) {
  const org = await organizationOrThrow(ctx.db, organizationId);
  authorize(ctx.actor, organizationRules.readMembers, org);
  const actor = ctx.actor;
  const rows = await repo.listMembers(ctx.db, organizationId);
  // The list knows one membership of each person: enough for "may start an erasure", which the
  // erasure itself decides again with all of them.
  const permissionsOf = (userId: string) =>
    permissionsFor(actor, personPermissionRules, {
      userId,
      isInstanceAdmin: false,
      isErased: false,
      organizationIds: [organizationId],
    });
  return { items: rows.map((row) => ({ ...row, permissions: permissionsOf(row.userId) })) };
}

export async function changeMemberRole(
  ctx: ServiceContext,
  organizationId: string,
  membershipId: string,
  role: MembershipRole,
) {
  const org = await organizationOrThrow(ctx.db, organizationId);
  authorize(ctx.actor, organizationRules.manageMembers, org);
  if (!isRoleAllowedFor(role, org.type)) throw invalidField('role', 'validation.roleNotForType');
  const actor = ctx.actor;
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findMembership(tx, organizationId, membershipId);
    if (!before) throw notFound();
    if (before.role === 'admin' && role !== 'admin') await ensureAnotherAdmin(tx, organizationId);
    const [after] = await tx
      .update(memberships)
      .set({ role })
      .where(eq(memberships.id, membershipId))
      .returning();
    await auditMembership(tx, actor, 'update', before, after);
    forgetMemberships(before.userId);
  });
  return listMembers(ctx, organizationId);
}

export async function removeMember(ctx: ServiceContext, organizationId: string, membershipId: string) {
  const org = await organizationOrThrow(ctx.db, organizationId);
  authorize(ctx.actor, organizationRules.manageMembers, org);
  const actor = ctx.actor;
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findMembership(tx, organizationId, membershipId);
    if (!before) throw notFound();
    if (before.role === 'admin') await ensureAnotherAdmin(tx, organizationId);
    await tx.delete(memberships).where(eq(memberships.id, membershipId));
    await auditMembership(tx, actor, 'delete', before, undefined);
    forgetMemberships(before.userId);
  });
}

// An organisation with members keeps at least one admin, or nobody could manage it any more.
async function ensureAnotherAdmin(tx: Executor, organizationId: string) {
  if ((await repo.countAdmins(tx, organizationId)) <= 1) {
    throw new AppError('conflict', { detail: 'validation.lastAdmin' });
  }
}

type MembershipRow = typeof memberships.$inferSelect;

function auditMembership(
  tx: Executor,
  actor: Actor | null,
  action: string,
  before: MembershipRow | undefined,
  after: MembershipRow | undefined,
) {
  const row = after ?? before;
  if (!row) return;
  return recordAudit(tx, {
    actor,
    organizationId: row.organizationId,
    entityType: 'membership',
    entityId: row.id,
    action,
    before,
    after,
  });
}

// --- invitations ---

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function listInvitations(ctx: ServiceContext, organizationId: string) {
  const org = await organizationOrThrow(ctx.db, organizationId);
  authorize(ctx.actor, organizationRules.manageMembers, org);
  return { items: await repo.listPendingInvitations(ctx.db, organizationId) };
}

export async function inviteMember(
  ctx: ServiceContext,
  organizationId: string,
  input: { email: string; role: MembershipRole },
) {
  const org = await organizationOrThrow(ctx.db, organizationId);
  authorize(ctx.actor, organizationRules.manageMembers, org);
  return sendInvitation(ctx, org, input);
}

/**
 * Creates the invitation and queues its e-mail in one transaction. The caller has authorised it
 * (organisation admins here; the directory lets a profile's keepers invite the partner to claim it).
 */
export async function sendInvitation(
  ctx: ServiceContext,
  org: { id: string; name: string; type: OrganizationRow['type'] },
  input: { email: string; role: MembershipRole },
) {
  requireActor(ctx.actor);
  const organizationId = org.id;
  if (!isRoleAllowedFor(input.role, org.type)) throw invalidField('role', 'validation.roleNotForType');
  const email = input.email.trim().toLowerCase();
  const existing = await repo.findUserByEmail(ctx.db, email);
  if (existing && (await repo.listMembers(ctx.db, organizationId)).some((m) => m.userId === existing.id)) {
    throw invalidField('email', 'validation.alreadyMember');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
  const actor = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({
        organizationId,
        email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: actor.userId,
        expiresAt,
      })
      .returning();
    if (!row) throw new AppError('internal');
    const { tokenHash: _hash, ...visible } = row;
    await recordAudit(tx, {
      actor,
      organizationId,
      entityType: 'invitation',
      entityId: row.id,
      action: 'create',
      after: visible,
    });
    const params = {
      organization: org.name,
      inviter: actor.name,
      role: translate(ctx.locale, `role.${input.role}`),
      link: `${ctx.config.publicUrl}/einladung/${token}`,
      expires: expiresAt.toLocaleDateString(ctx.locale === 'de' ? 'de-DE' : 'en-GB', {
        timeZone: 'Europe/Berlin',
      }),
    };
    await enqueueEmail(tx, {
      to: email,
      subject: translate(ctx.locale, 'mail.invitation.subject', params),
      text: translate(ctx.locale, 'mail.invitation.body', params),
    });
    return {
      id: row.id,
      email: row.email,
      role: row.role,
      expiresAt: row.expiresAt,
      createdAt: row.createdAt,
    };
  });
}

export async function revokeInvitation(ctx: ServiceContext, invitationId: string) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findInvitation(tx, invitationId);
    if (!before || before.acceptedAt || before.revokedAt) throw notFound();
    authorize(actor, organizationRules.manageMembers, await organizationOrThrow(tx, before.organizationId));
    const [after] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(eq(invitations.id, invitationId))
      .returning();
    await recordAudit(tx, {
      actor,
      organizationId: before.organizationId,
      entityType: 'invitation',
      entityId: invitationId,
      action: 'revoke',
      before: { ...before, tokenHash: undefined },
      after: { ...after, tokenHash: undefined },
    });
  });
}

function invitationStatus(invitation: typeof invitations.$inferSelect) {
  if (invitation.acceptedAt) return 'accepted' as const;
  if (invitation.revokedAt) return 'revoked' as const;
  if (invitation.expiresAt.getTime() <= Date.now()) return 'expired' as const;
  return 'pending' as const;
}

/** What the invitation page shows; the token is the only credential needed. */
export async function describeInvitation(ctx: ServiceContext, token: string) {
  const found = await repo.findInvitationByTokenHash(ctx.db, hashToken(token));
  if (!found) throw notFound();
  const { invitation, organizationName } = found;
  return {
    organizationId: invitation.organizationId,
    organizationName,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation),
    userExists: Boolean(await repo.findUserByEmail(ctx.db, invitation.email)),
  };
}

/**
 * Accepting creates the membership. A signed-in person accepts for their own e-mail address;
 * someone without an account sends name and password and gets the account in the same transaction.
 * Returns the e-mail and password to sign in with when an account was created.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  token: string,
  input: { name?: string | undefined; password?: string | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const found = await repo.findInvitationByTokenHash(tx, hashToken(token));
    if (!found) throw notFound();
    const { invitation } = found;
    if (invitationStatus(invitation) !== 'pending') {
      throw new AppError('conflict', { detail: 'validation.invitationNotPending' });
    }
    let userId: string;
    let created = false;
    if (ctx.actor) {
      if (ctx.actor.email.toLowerCase() !== invitation.email) {
        throw new AppError('forbidden', { detail: 'validation.invitationEmailMismatch' });
      }
      userId = ctx.actor.userId;
    } else {
      if (await repo.findUserByEmail(tx, invitation.email))
        throw new AppError('unauthenticated', { detail: 'validation.accountExists' });
      if (!input.name || !input.password) {
        throw new AppError('validation', {
          errors: [
            ...(input.name ? [] : [{ path: 'name', message: 'validation.nameAndPasswordRequired' as const }]),
            ...(input.password
              ? []
              : [{ path: 'password', message: 'validation.nameAndPasswordRequired' as const }]),
          ],
        });
      }
      await assertPasswordAllowed(input.password, { email: invitation.email });
      userId = await createUserWithPassword(tx, invitation.email, input.name, input.password);
      created = true;
    }
    const [membership] = await tx
      .insert(memberships)
      .values({ userId, organizationId: invitation.organizationId, role: invitation.role })
      .onConflictDoUpdate({
        target: [memberships.userId, memberships.organizationId],
        set: { role: invitation.role },
      })
      .returning();
    await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, invitation.id));
    const accepter = ctx.actor ?? {
      userId,
      name: input.name ?? '',
      email: invitation.email,
      isInstanceAdmin: false,
      memberships: [],
    };
    await auditMembership(tx, accepter, 'create', undefined, membership);
    forgetMemberships(userId);
    return { organizationId: invitation.organizationId, created, email: invitation.email };
  });
}

async function createUserWithPassword(tx: Executor, email: string, name: string, password: string) {
  const [user] = await tx
    .insert(users)
    .values({ email, name, emailVerified: true })
    .returning({ id: users.id });
  if (!user) throw new AppError('internal');
  // The row better-auth reads for e-mail + password sign-in.
  await tx.insert(authAccounts).values({
    userId: user.id,
    accountId: user.id,
    providerId: 'credential',
    password: await hashPassword(password),
  });
  return user.id;
}
