import { eq } from 'drizzle-orm';
import { invalidField, notFound } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { forgetMemberships } from './actor';
import { listMembers } from './list-members';
import { auditMembership, ensureAnotherAdmin } from './membership-changes';
import { isRoleAllowedFor, loadOrganization } from './policy';
import * as repo from './repo';
import { type MembershipRole, memberships } from './schema';

export async function changeMemberRole(
  ctx: ServiceContext,
  organizationId: string,
  membershipId: string,
  role: MembershipRole,
) {
  const { row: org, actor } = await loadOrganization(ctx, organizationId, 'manageMembers');
  if (!isRoleAllowedFor(role, org.type)) throw invalidField('role', 'validation.roleNotForType');
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
