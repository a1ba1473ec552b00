import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { Actor, ActorMembership } from '../../policy';
import { TtlCache } from '../../ttl-cache';
import type { Auth } from './auth';
import * as repo from './repo';
import { apiKeys } from './schema';

/**
 * Memberships are cached per user for a few seconds so that a request costs no database round trip
 * for authentication: the session itself comes from better-auth's signed cookie cache. Changes made
 * through this process forget the entry at once; other app servers see them within the TTL.
 */
const membershipCache = new TtlCache<string, ActorMembership[] | null>(10_000);

export function forgetMemberships(userId: string): void {
  membershipCache.delete(userId);
}

/**
 * null for a person who was erased: better-auth trusts its signed cookie cache for minutes and API keys are
 * cached too, so this check (cached with the memberships) is what shuts out an erased person's old cookies.
 */
async function membershipsOf(db: Database, userId: string): Promise<ActorMembership[] | null> {
  const loaded = await membershipCache.getOrLoad(userId, async () =>
    (await repo.isActiveUser(db, userId)) ? repo.findMembershipsOfUser(db, userId) : null,
  );
  return loaded ?? null;
}

/**
 * Verifying better-auth's signed session cookie costs two HMACs (~0.4 ms CPU). The same signed value
 * is accepted for a few seconds without verifying it again; the cookie itself is trusted by
 * better-auth for its whole max age (SESSION_COOKIE_CACHE_SECONDS) anyway.
 */
const SESSION_DATA_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_data=([^;]+)/;
const verifiedSessions = new TtlCache<string, UserLike>(10_000);

export const API_KEY_PREFIX = 'fnk_';

/** Machine clients send the same key on every request: a deleted key stops working within 10 s. */
const apiKeyUsers = new TtlCache<string, UserLike>(10_000);

export function forgetApiKey(keyHash: string): void {
  apiKeyUsers.delete(keyHash);
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

interface UserLike {
  id: string;
  name: string;
  email: string;
  isInstanceAdmin?: boolean | null | undefined;
}

async function actorOf(db: Database, user: UserLike): Promise<Actor | null> {
  const memberships = await membershipsOf(db, user.id);
  if (memberships === null) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    isInstanceAdmin: user.isInstanceAdmin === true,
    memberships,
  };
}

export interface ResolvedActor {
  actor: Actor | null;
  /** Cookies better-auth renews on the way (cookie cache, session expiry); the reply must carry them. */
  setCookies: string[];
}

/** The person behind a request: an API key (`Authorization: Bearer fnk_…`) or the session cookie. */
export async function resolveActor(db: Database, auth: Auth, headers: Headers): Promise<ResolvedActor> {
  const authorization = headers.get('authorization');
  if (authorization?.startsWith(`Bearer ${API_KEY_PREFIX}`)) {
    const keyHash = hashApiKey(authorization.slice('Bearer '.length));
    const user = await apiKeyUsers.getOrLoad(keyHash, async () => {
      const found = await repo.findUserByApiKeyHash(db, keyHash);
      // "Last used" is recorded when the key is looked up, at most once per cache period.
      if (found) await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, found.keyId));
      return found?.user;
    });
    return { actor: user ? await actorOf(db, user) : null, setCookies: [] };
  }
  const cookie = headers.get('cookie');
  if (!cookie) return { actor: null, setCookies: [] };
  const cacheKey = cookie.match(SESSION_DATA_COOKIE)?.[1];
  const cachedUser = cacheKey ? verifiedSessions.get(cacheKey) : undefined;
  if (cachedUser) return { actor: await actorOf(db, cachedUser), setCookies: [] };

  const { headers: responseHeaders, response: session } = await auth.api.getSession({
    headers,
    returnHeaders: true,
  });
  const setCookies = responseHeaders.getSetCookie();
  if (session && cacheKey && setCookies.length === 0) {
    verifiedSessions.set(cacheKey, session.user, new Date(session.session.expiresAt).getTime());
  }
  return { actor: session ? await actorOf(db, session.user) : null, setCookies };
}
