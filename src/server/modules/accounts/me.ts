import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { recordAudit } from '../audit/service';
import { API_KEY_PREFIX, type Credential, forgetApiKey, hashApiKey } from './actor';
import {
  apiKeyPermissions,
  describeSelf,
  loadApiKey,
  mePermissions,
  ownApiKeys,
  requireLiveSession,
} from './policy';
import { apiKeyExpiry } from './repo';
import { apiKeys } from './schema';

export function describeMe(ctx: ServiceContext) {
  const actor = describeSelf(ctx);
  const { userId, name, email, isInstanceAdmin, memberships } = actor;
  return {
    user: { id: userId, name, email, isInstanceAdmin },
    memberships,
    permissions: mePermissions(actor),
  };
}

const apiKeyColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  expiresAt: apiKeys.expiresAt,
};

export async function listApiKeys(ctx: ServiceContext) {
  const scope = ownApiKeys(ctx);
  const rows = await ctx.db
    .select({ ...apiKeyColumns, userId: apiKeys.userId, expiresAt: apiKeyExpiry(ctx.config.apiKeyMaxDays) })
    .from(apiKeys)
    .where(scope)
    .orderBy(desc(apiKeys.createdAt));
  const actor = describeSelf(ctx);
  return {
    items: rows.map(({ userId, ...row }) => ({ ...row, permissions: apiKeyPermissions(actor, { userId }) })),
  };
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
    return { ...row, permissions: apiKeyPermissions(actor, actor), key };
  });
}

export async function deleteApiKey(ctx: ServiceContext, id: string) {
  await ctx.db.transaction(async (tx) => {
    const { actor } = await loadApiKey(ctx, id, 'delete', { db: tx, lock: true });
    const [row] = await tx
      .delete(apiKeys)
      .where(eq(apiKeys.id, id))
      .returning({ ...apiKeyColumns, keyHash: apiKeys.keyHash });
    if (!row) throw new AppError('internal');
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
