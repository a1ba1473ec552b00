import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { AppError, notFound } from '../../http/errors';
import { requireActor } from '../../policy';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { API_KEY_PREFIX, type Credential, forgetApiKey, hashApiKey } from './actor';
import { requireLiveSession } from './my-sessions';
import { apiKeyExpiry } from './repo';
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

// A key is always the person's own: whoever may see it may delete it.
const keyPermissions = { delete: true };

export async function listApiKeys(ctx: ServiceContext) {
  requireActor(ctx.actor);
  const rows = await ctx.db
    .select({ ...apiKeyColumns, expiresAt: apiKeyExpiry(ctx.config.apiKeyMaxDays) })
    .from(apiKeys)
    .where(eq(apiKeys.userId, ctx.actor.userId))
    .orderBy(desc(apiKeys.createdAt));
  return { items: rows.map((row) => ({ ...row, permissions: keyPermissions })) };
}

/**
 * The key is shown once; only its hash is stored. Only a person signed in with a live session may make one:
 * a leaked key must not mint keys that outlive it.
 */
export async function createApiKey(
  ctx: ServiceContext,
  credential: Credential | null,
  input: { name: string; expiresInDays?: number | undefined },
) {
  const { actor } = await requireLiveSession(ctx, credential);
  const maxDays = ctx.config.apiKeyMaxDays;
  if (input.expiresInDays !== undefined && input.expiresInDays > maxDays) {
    throw new AppError('validation', {
      errors: [
        { path: 'expiresInDays', message: 'accounts.validation.apiKeyMaxDays', params: { days: maxDays } },
      ],
    });
  }
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(Date.now() + (input.expiresInDays ?? maxDays) * 86_400_000);
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
    return { ...row, permissions: keyPermissions, key };
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
