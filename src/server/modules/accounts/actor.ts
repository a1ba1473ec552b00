import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { Actor, ActorMembership } from '../../policy';
import type { Auth } from './auth';
import * as repo from './repo';
import { apiKeys } from './schema';

/**
 * Memberships are cached per user for a few seconds so that a request costs no database round trip
 * for authentication: the session itself comes from better-auth's signed cookie cache. Changes made
 * through this process forget the entry at once; other app servers see them within the TTL.
 */
const MEMBERSHIP_TTL_MS = 10_000;
const MAX_CACHED_USERS = 10_000;
const membershipCache = new Map<string, { memberships: ActorMembership[]; expiresAt: number }>();

export function forgetMemberships(userId: string): void {
  membershipCache.delete(userId);
}

async function membershipsOf(db: Database, userId: string): Promise<ActorMembership[]> {
  const cached = membershipCache.get(userId);
  if (cached && cached.expiresAt > Date.now()) return cached.memberships;
  const memberships = await repo.findMembershipsOfUser(db, userId);
  if (membershipCache.size >= MAX_CACHED_USERS) membershipCache.clear();
  membershipCache.set(userId, { memberships, expiresAt: Date.now() + MEMBERSHIP_TTL_MS });
  return memberships;
}

/**
 * Verifying better-auth's signed session cookie costs two HMACs (~0.4 ms CPU). The same signed value
 * is accepted for a few seconds without verifying it again; the cookie itself is trusted by
 * better-auth for its whole max age (SESSION_COOKIE_CACHE_SECONDS) anyway.
 */
const VERIFIED_SESSION_TTL_MS = 10_000;
const SESSION_DATA_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_data=([^;]+)/;
const verifiedSessions = new Map<string, { user: UserLike; expiresAt: number }>();

export const API_KEY_PREFIX = 'fnk_';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

interface UserLike {
  id: string;
  name: string;
  email: string;
  isInstanceAdmin?: boolean | null | undefined;
}

async function actorOf(db: Database, user: UserLike): Promise<Actor> {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    isInstanceAdmin: user.isInstanceAdmin === true,
    memberships: await membershipsOf(db, user.id),
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
    const found = await repo.findUserByApiKeyHash(db, hashApiKey(authorization.slice('Bearer '.length)));
    if (!found) return { actor: null, setCookies: [] };
    await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, found.keyId));
    return { actor: await actorOf(db, found.user), setCookies: [] };
  }
  const cookie = headers.get('cookie');
  if (!cookie) return { actor: null, setCookies: [] };
  const cacheKey = cookie.match(SESSION_DATA_COOKIE)?.[1];
  const cached = cacheKey ? verifiedSessions.get(cacheKey) : undefined;
  if (cached && cached.expiresAt > Date.now())
    return { actor: await actorOf(db, cached.user), setCookies: [] };

  const { headers: responseHeaders, response: session } = await auth.api.getSession({
    headers,
    returnHeaders: true,
  });
  const setCookies = responseHeaders.getSetCookie();
  if (session && cacheKey && setCookies.length === 0) {
    if (verifiedSessions.size >= MAX_CACHED_USERS) verifiedSessions.clear();
    const expiresAt = Math.min(
      Date.now() + VERIFIED_SESSION_TTL_MS,
      new Date(session.session.expiresAt).getTime(),
    );
    verifiedSessions.set(cacheKey, { user: session.user, expiresAt });
  }
  return { actor: session ? await actorOf(db, session.user) : null, setCookies };
}
