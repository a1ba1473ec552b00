import type { Actor } from '../../policy';

/**
 * Whose history the actor may read: null means all (instance admin), otherwise the organisations
 * the actor administers (the same rule as organizationRules.readAudit, as a query scope).
 */
export function auditScopeOf(actor: Actor): string[] | null {
  if (actor.isInstanceAdmin) return null;
  return actor.memberships.filter((m) => m.role === 'admin').map((m) => m.organizationId);
}
