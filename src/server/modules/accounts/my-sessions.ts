import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { AppError, notFound } from '../../http/errors';
import { requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import type { Credential } from './actor';
import { forgetSession, forgetSessionsOfUser } from './revoked-sessions';
import { sessions } from './schema';
import { describeUserAgent } from './user-agent';

export type SessionCredential = Extract<Credential, { kind: 'session' }>;

/**
 * For what only the person at the keyboard may do (make credentials, end sessions): refuses API keys (403) and
 * reads the session from the database, so a session ended on another app server, whose signed cache cookie
 * still vouches for it, is refused (401).
 */
export async function requireLiveSession(ctx: ServiceContext, credential: Credential | null) {
  requireActor(ctx.actor);
  if (credential?.kind === 'apiKey') throw new AppError('forbidden', { detail: 'accounts.sessionRequired' });
  if (credential?.kind !== 'session') throw new AppError('unauthenticated');
  const [row] = await ctx.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, credential.sessionId), gt(sessions.expiresAt, sql`now()`)));
  if (!row) {
    forgetSession(credential.token);
    throw new AppError('unauthenticated');
  }
  return { actor: ctx.actor, session: credential };
}

export async function listMySessions(ctx: ServiceContext, credential: Credential | null) {
  const { actor, session } = await requireLiveSession(ctx, credential);
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, actor.userId), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(desc(sessions.updatedAt));
  const items = rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    lastActiveAt: row.updatedAt,
    expiresAt: row.expiresAt,
    ipAddress: row.ipAddress || null,
    device: describeUserAgent(row.userAgent),
    isCurrent: row.id === session.sessionId,
    permissions: { revoke: true },
  }));
  return { items, nextCursor: null };
}

/** Ends one of my sessions; whether it was the one of this request (then the reply clears its cookies). */
export async function revokeMySession(ctx: ServiceContext, credential: Credential | null, id: string) {
  const { actor, session } = await requireLiveSession(ctx, credential);
  const ended = await ctx.db.transaction((tx) => endSessions(tx, ctx, eq(sessions.id, id)));
  if (ended.length === 0) throw notFound();
  return { isCurrent: id === session.sessionId, userId: actor.userId };
}

/** "Sign out everywhere": every other session of mine, or all of them including this one. */
export async function revokeMySessions(
  ctx: ServiceContext,
  credential: Credential | null,
  scope: 'others' | 'all',
) {
  const { actor, session } = await requireLiveSession(ctx, credential);
  const which = scope === 'others' ? ne(sessions.id, session.sessionId) : undefined;
  const ended = await ctx.db.transaction((tx) => endSessions(tx, ctx, which));
  // Also any session of mine whose row is already gone but whose cache cookie would still vouch for it here.
  if (scope === 'all') forgetSessionsOfUser(actor.userId);
  return { revoked: ended.length };
}

async function endSessions(tx: Executor, ctx: ServiceContext, which: ReturnType<typeof eq> | undefined) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const ended = await tx
    .delete(sessions)
    .where(and(eq(sessions.userId, actor.userId), which))
    .returning({
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
