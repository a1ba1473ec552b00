import type { ServiceContext } from '../../service-context';
import { loadOrganization } from './policy';
import * as repo from './repo';
import type { MembershipRole } from './schema';
import { sendInvitation } from './send-invitation';

export async function listInvitations(ctx: ServiceContext, organizationId: string) {
  await loadOrganization(ctx, organizationId, 'manageMembers');
  return { items: await repo.listPendingInvitations(ctx.db, organizationId) };
}

export async function inviteMember(
  ctx: ServiceContext,
  organizationId: string,
  input: { email: string; role: MembershipRole },
) {
  const { row: org, actor } = await loadOrganization(ctx, organizationId, 'manageMembers');
  return sendInvitation(ctx, actor, org, input);
}
