import { inArray, type SQL, sql } from 'drizzle-orm';
import { signedIn } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { auditLog } from './schema';

/**
 * Whose history the actor may read, as the list's SQL condition: everything for instance admins
 * (undefined), otherwise the organisations the actor administers (the same rule as
 * organizationRules.readAudit).
 */
export function auditScope(ctx: ServiceContext): SQL | undefined {
  const actor = signedIn(ctx);
  if (actor.isInstanceAdmin) return undefined;
  const administered = actor.memberships.filter((m) => m.role === 'admin').map((m) => m.organizationId);
  return administered.length > 0 ? inArray(auditLog.organizationId, administered) : sql`false`;
}
