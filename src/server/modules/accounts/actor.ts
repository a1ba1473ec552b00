import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { Actor, ActorMembership } from '../../policy';
import { TtlCache } from '../../ttl-cache';
import type { Auth } from './auth';
import * as repo from './repo';
import { isSessionRevoked } from './revoked-sessions';
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
 * Verifying better-auth's signed session cookie costs two HMACs (~0.4 ms CPU). The same pair of signed cookies
 * (session token and cache) is accepted again for a few seconds, never beyond the cache cookie's own expiry,
 * and only while the session has not been ended through this server (revoked-sessions.ts).
 */
const SESSION_TOKEN_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=([^;]+)/;
const SESSION_DATA_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_data=([^;]+)/;
const verifiedSessions = new TtlCache<string, { user: UserLike; session: SessionLike }>(10_000);

export const API_KEY_PREFIX = 'fnk_';

/** Machine clients send the same key on every request: a key deleted elsewhere stops working within 10 s. */
const apiKeyUsers = new TtlCache<string, { user: UserLike; keyId: string }>(10_000);

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

interface SessionLike {
  id: string;
  token: string;
  userId: string;
  createdAt: Date | string;
}

/** How the request proved who it is: an interactive session (which one), or an API key. */
export type Credential =
  | { kind: 'session'; sessionId: string; token: string }
  | { kind: 'apiKey'; keyId: string };

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
  credential: Credential | null;
  /** Cookies better-auth renews on the way (cookie cache, session expiry); the reply must carry them. */
  setCookies: string[];
}

const nobody = (setCookies: string[] = []): ResolvedActor => ({ actor: null, credential: null, setCookies });

/** The person behind a request: an API key (`Authorization: Bearer fnk_…`) or the session cookie. */
export async function resolveActor(
  db: Database,
  auth: Auth,
  headers: Headers,
  options: { apiKeyMaxDays: number },
): Promise<ResolvedActor> {
  const authorization = headers.get('authorization');
  if (authorization?.startsWith(`Bearer ${API_KEY_PREFIX}`)) {
    return resolveApiKey(db, authorization.slice('Bearer '.length), options.apiKeyMaxDays);
  }
  const cookie = headers.get('cookie');
  const tokenCookie = cookie?.match(SESSION_TOKEN_COOKIE)?.[1];
  if (!tokenCookie) return nobody();
  const dataCookie = cookie?.match(SESSION_DATA_COOKIE)?.[1];
  const cacheKey = dataCookie ? `${tokenCookie} ${dataCookie}` : undefined;
  const cached = cacheKey ? verifiedSessions.get(cacheKey) : undefined;
  if (cached) return sessionActor(db, cached.user, cached.session, []);

  const { headers: responseHeaders, response: found } = await auth.api.getSession({
    headers,
    returnHeaders: true,
  });
  const setCookies = responseHeaders.getSetCookie();
  if (!found) return nobody(setCookies);
  const cookieExpiresAt = dataCookie ? cacheCookieExpiry(dataCookie) : undefined;
  // Only a cache cookie the client sent and better-auth accepted as it is (nothing renewed) is remembered.
  if (cacheKey && cookieExpiresAt && setCookies.length === 0) {
    verifiedSessions.set(cacheKey, { user: found.user, session: found.session }, cookieExpiresAt);
  }
  return sessionActor(db, found.user, found.session, setCookies);
}

async function sessionActor(
  db: Database,
  user: UserLike,
  session: SessionLike,
  setCookies: string[],
): Promise<ResolvedActor> {
  if (isSessionRevoked(session)) return nobody(setCookies);
  const actor = await actorOf(db, user);
  if (!actor) return nobody(setCookies);
  return { actor, credential: { kind: 'session', sessionId: session.id, token: session.token }, setCookies };
}

/** The expiry better-auth wrote into its compact cache cookie (base64url JSON, already verified by it). */
function cacheCookieExpiry(value: string): number | undefined {
  try {
    const { expiresAt } = JSON.parse(Buffer.from(decodeURIComponent(value), 'base64url').toString('utf8'));
    return typeof expiresAt === 'number' ? expiresAt : undefined;
  } catch {
    return undefined;
  }
}

async function resolveApiKey(db: Database, key: string, maxDays: number): Promise<ResolvedActor> {
  const keyHash = hashApiKey(key);
  let entry = apiKeyUsers.get(keyHash);
  if (!entry) {
    const found = await repo.findUserByApiKeyHash(db, keyHash, maxDays);
    if (!found) return nobody();
    // "Last used" is recorded when the key is looked up, at most once per cache period.
    await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, found.keyId));
    entry = { user: found.user, keyId: found.keyId };
    // An expiring key is not cached beyond its expiry.
    apiKeyUsers.set(keyHash, entry, found.expiresAt.getTime());
  }
  const actor = await actorOf(db, entry.user);
  if (!actor) return nobody();
  return { actor, credential: { kind: 'apiKey', keyId: entry.keyId }, setCookies: [] };
}
