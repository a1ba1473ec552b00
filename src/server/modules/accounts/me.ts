import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../http/errors';
import { requireActor } from '../../policy';
import { recordAudit } from '../audit/service';
import { API_KEY_PREFIX, forgetApiKey, hashApiKey } from './actor';
import type { ServiceContext } from './context';
import { apiKeys } from './schema';

export function describeMe(ctx: ServiceContext) {
  requireActor(ctx.actor);
  const { userId, name, email, isInstanceAdmin, memberships } = ctx.actor;
  return { user: { id: userId, name, email, isInstanceAdmin }, memberships };
}

const apiKeyColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  expiresAt: apiKeys.expiresAt,
};

export async function listApiKeys(ctx: ServiceContext) {
  requireActor(ctx.actor);
  const items = await ctx.db
    .select(apiKeyColumns)
    .from(apiKeys)
    .where(eq(apiKeys.userId, ctx.actor.userId))
    .orderBy(desc(apiKeys.createdAt));
  return { items };
}

/** The key is shown once; only its hash is stored. */
export async function createApiKey(
  ctx: ServiceContext,
  input: { name: string; expiresInDays?: number | undefined },
) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ userId: actor.userId, name: input.name, keyHash: hashApiKey(key), expiresAt })
      .returning(apiKeyColumns);
    if (!row) throw new AppError('internal');
    await recordAudit(tx, {
      actor,
      organizationId: null,
      entityType: 'api_key',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return { ...row, key };
  });
}

export async function deleteApiKey(ctx: ServiceContext, id: string) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(apiKeys)
      .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, actor.userId)))
      .returning({ ...apiKeyColumns, keyHash: apiKeys.keyHash });
    if (!row) throw notFound();
    const { keyHash, ...before } = row;
    await recordAudit(tx, {
      actor,
      organizationId: null,
      entityType: 'api_key',
      entityId: id,
      action: 'delete',
      before,
    });
    forgetApiKey(keyHash);
  });
}
