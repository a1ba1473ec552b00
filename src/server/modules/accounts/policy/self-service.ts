import { and, eq, gt, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../../http/errors';
import { type Actor, makeLoader, type Rule, signedIn } from '../../../policy';
import type { ServiceContext } from '../../../service-context';
import type { Credential } from '../actor';
import { forgetSession } from '../revoked-sessions';
import { apiKeys, sessions } from '../schema';

/**
 * What a person does for themselves (GET /me, their API keys and sessions): being signed in is the rule,
 * and a credential of somebody else's is unknown (404), never forbidden.
 */

export const describeSelf = (ctx: ServiceContext): Actor => signedIn(ctx);

export type SessionCredential = Extract<Credential, { kind: 'session' }>;

/**
 * For what only the person at the keyboard may do (make credentials, end sessions): refuses API keys (403) and
 * reads the session from the database, so a session ended on another app server, whose signed cache cookie
 * still vouches for it, is refused (401).
 */
export async function requireLiveSession(
  ctx: ServiceContext,
  credential: Credential | null,
): Promise<{ actor: Actor; session: SessionCredential }> {
  const actor = signedIn(ctx);
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
  return { actor, session: credential };
}

interface OwnerRef {
  userId: string;
}

const isOwn: Rule<OwnerRef> = (actor, ref) => actor.userId === ref.userId;
// Whoever may see a credential of their own may end it.
const credentialRules = { delete: isOwn } satisfies Record<string, Rule<OwnerRef>>;

/** The signed-in person's API keys (the list scope). */
export function ownApiKeys(ctx: ServiceContext): SQL {
  return eq(apiKeys.userId, signedIn(ctx).userId);
}

/** The signed-in person's sessions (the list scope). */
export function ownSessions(ctx: ServiceContext): SQL {
  return eq(sessions.userId, signedIn(ctx).userId);
}

export const apiKeyPermissions = (actor: Actor, key: OwnerRef) => ({
  delete: credentialRules.delete(actor, key),
});
export const sessionPermissions = (actor: Actor, session: OwnerRef) => ({
  revoke: credentialRules.delete(actor, session),
});

export const loadApiKey = makeLoader({
  rules: credentialRules,
  visible: isOwn,
  find: async (db, id, lock) => {
    const query = db.select().from(apiKeys).where(eq(apiKeys.id, id));
    const [row] = await (lock ? query.for('update') : query);
    return row;
  },
  refOf: (_db, row) => row,
  versionOf: () => 0,
});

export const loadSession = makeLoader({
  rules: credentialRules,
  visible: isOwn,
  find: async (db, id, lock) => {
    const query = db.select().from(sessions).where(eq(sessions.id, id));
    const [row] = await (lock ? query.for('update') : query);
    return row;
  },
  refOf: (_db, row) => row,
  versionOf: () => 0,
});
