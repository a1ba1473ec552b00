import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { loadInvitation } from './policy';
import { invitations } from './schema';

export async function revokeInvitation(ctx: ServiceContext, invitationId: string) {
  await ctx.db.transaction(async (tx) => {
    const { row: before, actor } = await loadInvitation(ctx, invitationId, 'revoke', { db: tx, lock: true });
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
