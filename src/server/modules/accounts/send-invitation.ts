import { randomBytes } from 'node:crypto';
import { AppError, invalidField } from '../../http/errors';
import { translate } from '../../http/i18n';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { enqueueEmail } from '../outbox/service';
import { hashInvitationToken } from './invitation-token';
import { isRoleAllowedFor } from './policy';
import * as repo from './repo';
import { invitations, type MembershipRole, type OrganizationType } from './schema';

const INVITATION_DAYS = 14;

/**
 * Creates the invitation and queues its e-mail in one transaction. The caller's policy has decided access
 * (organisation admins here; the directory lets a profile's keepers invite the partner to claim it).
 */
export async function sendInvitation(
  ctx: ServiceContext,
  actor: Actor,
  org: { id: string; name: string; type: OrganizationType },
  input: { email: string; role: MembershipRole },
) {
  const organizationId = org.id;
  if (!isRoleAllowedFor(input.role, org.type)) throw invalidField('role', 'validation.roleNotForType');
  const email = input.email.trim().toLowerCase();
  const existing = await repo.findUserByEmail(ctx.db, email);
  if (existing && (await repo.listMembers(ctx.db, organizationId)).some((m) => m.userId === existing.id)) {
    throw invalidField('email', 'validation.alreadyMember');
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({
        organizationId,
        email,
        role: input.role,
        tokenHash: hashInvitationToken(token),
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
