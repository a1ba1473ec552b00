import { notFound } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { deleteMembership, ensureAnotherAdmin } from './membership-changes';
import { loadOrganization } from './policy';
import * as repo from './repo';

export async function removeMember(ctx: ServiceContext, organizationId: string, membershipId: string) {
  const { actor } = await loadOrganization(ctx, organizationId, 'manageMembers');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findMembership(tx, organizationId, membershipId);
    if (!before) throw notFound();
    if (before.role === 'admin') await ensureAnotherAdmin(tx, organizationId);
    await deleteMembership(tx, actor, membershipId);
  });
}
