import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { forgetMemberships } from './actor';
import { hashInvitationToken } from './invitation-token';
import { auditMembership } from './membership-changes';
import { assertPasswordAllowed } from './password-policy';
import { acceptInvitationAs, readInvitationByToken } from './policy';
import * as repo from './repo';
import { authAccounts, invitations, memberships, users } from './schema';

function invitationStatus(invitation: typeof invitations.$inferSelect) {
  if (invitation.acceptedAt) return 'accepted' as const;
  if (invitation.revokedAt) return 'revoked' as const;
  if (invitation.expiresAt.getTime() <= Date.now()) return 'expired' as const;
  return 'pending' as const;
}

/** What the invitation page shows; the token is the only credential needed. */
export async function describeInvitation(ctx: ServiceContext, token: string) {
  readInvitationByToken(ctx);
  const found = await repo.findInvitationByTokenHash(ctx.db, hashInvitationToken(token));
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
    const found = await repo.findInvitationByTokenHash(tx, hashInvitationToken(token));
    if (!found) throw notFound();
    const { invitation } = found;
    if (invitationStatus(invitation) !== 'pending') {
      throw new AppError('conflict', { detail: 'validation.invitationNotPending' });
    }
    const signedInAs = acceptInvitationAs(ctx, invitation);
    let userId: string;
    let created = false;
    if (signedInAs) {
      userId = signedInAs.userId;
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
    const accepter = signedInAs ?? {
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
