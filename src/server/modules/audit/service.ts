import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { decodeCursor, instantCursorSchema, toPage } from '../../http/pagination';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { users } from '../accounts/schema';
import { auditScope } from './policy';
import { auditLog } from './schema';

export interface AuditEntry {
  actor: Actor | null;
  organizationId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** The audit_log row of an entry (for a caller that writes it within a statement of its own). */
export function auditValues(entry: AuditEntry): typeof auditLog.$inferInsert {
  return {
    actorUserId: entry.actor?.userId ?? null,
    organizationId: entry.organizationId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
}

/** Call inside the transaction that makes the change, so the trail and the change commit together. */
export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(auditValues(entry));
}

// Dates become ISO strings; undefined becomes null.
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export interface AuditQuery {
  entityId?: string | undefined;
  organizationId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** History of records, scoped in SQL to the organisations whose history the actor may read. */
export async function listAuditEntries(ctx: ServiceContext, query: AuditQuery) {
  const conditions: (SQL | undefined)[] = [auditScope(ctx)];
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.organizationId) conditions.push(eq(auditLog.organizationId, query.organizationId));
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, instantCursorSchema);
    const cursorAt = new Date(at);
    conditions.push(or(lt(auditLog.at, cursorAt), and(eq(auditLog.at, cursorAt), lt(auditLog.id, id))));
  }
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUserId: auditLog.actorUserId,
      actorName: users.name,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit, (row) => [row.at.toISOString(), row.id]);
}
