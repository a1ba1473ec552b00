import { eq, type SQL } from 'drizzle-orm';
import { notFound } from '../../../http/errors';
import { allow, isMemberOf, isPlannerOf, type Rule, signedIn } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import { findOrganization } from '../../accounts/find-organization';
import { organizations } from '../../accounts/schema';
import { rooms } from '../schema';

/** Utilisation of all rooms of an organisation: its members and the planners of its municipality. */
const organizationRule: Rule<{ id: string; municipalityId: string }> = (actor, organization) =>
  isMemberOf(actor, organization.id) ||
  isPlannerOf(actor, organization.municipalityId) ||
  actor.isInstanceAdmin;

/** Utilisation of all rooms of a municipality: its planners. */
const municipalityRule: Rule<{ municipalityId: string }> = (actor, target) =>
  isPlannerOf(actor, target.municipalityId) || actor.isInstanceAdmin;

/**
 * The rooms an aggregate covers (over `rooms` joined to `organizations`): an organisation's (404 when
 * unknown, 403 for who may not see it) or a municipality's (403 for who is not its planner).
 */
export async function utilisationScope(
  ctx: ServiceContext,
  query: { municipalityId?: string | undefined; organizationId?: string | undefined },
): Promise<SQL> {
  if (query.organizationId) {
    signedIn(ctx);
    const organization = await findOrganization(ctx.db, query.organizationId);
    if (!organization) throw notFound();
    allow(ctx, organizationRule, organization);
    return eq(rooms.organizationId, organization.id);
  }
  const municipalityId = query.municipalityId ?? '';
  allow(ctx, municipalityRule, { municipalityId });
  return eq(organizations.municipalityId, municipalityId);
}
