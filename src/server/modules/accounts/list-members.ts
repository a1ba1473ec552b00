import type { ServiceContext } from '../../service-context';
import { personPermissions } from '../privacy/policy';
import { loadOrganization } from './policy';
import * as repo from './repo';

export async function listMembers(ctx: ServiceContext, organizationId: string) {
  const { actor } = await loadOrganization(ctx, organizationId, 'readMembers');
  const rows = await repo.listMembers(ctx.db, organizationId);
  // The list knows one membership of each person: enough for "may start an erasure", which the
  // erasure itself decides again with all of them.
  const permissionsOf = (userId: string) =>
    personPermissions(actor, {
      userId,
      isInstanceAdmin: false,
      isErased: false,
      organizationIds: [organizationId],
    });
  return { items: rows.map((row) => ({ ...row, permissions: permissionsOf(row.userId) })) };
}
