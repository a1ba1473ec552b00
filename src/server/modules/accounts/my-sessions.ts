import { and, desc, eq, gt, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { Actor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import type { Credential } from './actor';
import { loadSession, ownSessions, requireLiveSession, sessionPermissions } from './policy';
import { forgetSession, forgetSessionsOfUser } from './revoked-sessions';
import { sessions } from './schema';
import { describeUserAgent } from './user-agent';

export async function listMySessions(ctx: ServiceContext, credential: Credential | null) {
  const { actor, session } = await requireLiveSession(ctx, credential);
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(and(ownSessions(ctx), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(desc(sessions.updatedAt));
  const items = rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    lastActiveAt: row.updatedAt,
    expiresAt: row.expiresAt,
    ipAddress: row.ipAddress || null,
    device: describeUserAgent(row.userAgent),
    isCurrent: row.id === session.sessionId,
    permissions: sessionPermissions(actor, row),
  }));
  return { items, nextCursor: null };
}

/** Ends one of my sessions; whether it was the one of this request (then the reply clears its cookies). */
export async function revokeMySession(ctx: ServiceContext, credential: Credential | null, id: string) {
  const { actor, session } = await requireLiveSession(ctx, credential);
  await ctx.db.transaction(async (tx) => {
    await loadSession(ctx, id, 'delete', { db: tx, lock: true });
    // The loader found it to be one of mine (404 otherwise).
    await endSessions(tx, actor, eq(sessions.id, id));
  });
  return { isCurrent: id === session.sessionId, userId: actor.userId };
}

/** "Sign out everywhere": every other session of mine, or all of them including this one. */
export async function revokeMySessions(
  ctx: ServiceContext,
  credential: Credential | null,
  scope: 'others' | 'all',
) {
  const { actor, session } = await requireLiveSession(ctx, credential);
  const mine = ownSessions(ctx);
  const which = scope === 'others' ? sql`${mine} and ${ne(sessions.id, session.sessionId)}` : mine;
  const ended = await ctx.db.transaction((tx) => endSessions(tx, actor, which));
  // Also any session of mine whose row is already gone but whose cache cookie would still vouch for it here.
  if (scope === 'all') forgetSessionsOfUser(actor.userId);
  return { revoked: ended.length };
}

/** Ends the sessions `which` selects: one the loader found to be mine, or within the scope of my own. */
async function endSessions(tx: Executor, actor: Actor, which: SQL) {
  const ended = await tx.delete(sessions).where(which).returning({
    id: sessions.id,
    token: sessions.token,
    createdAt: sessions.createdAt,
    userAgent: sessions.userAgent,
  });
  for (const { token, ...before } of ended) {
    await recordAudit(tx, {
      actor,
      organizationId: null,
      entityType: 'session',
      entityId: before.id,
      action: 'delete',
      before: { id: before.id, createdAt: before.createdAt, device: describeUserAgent(before.userAgent) },
    });
    // Before the commit, so that no request in between still gets through on this server.
    forgetSession(token);
  }
  return ended;
}
