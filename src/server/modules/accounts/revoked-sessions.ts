/**
 * Sessions ended through this app server. better-auth's signed cookie cache vouches for a session without
 * reading the database (SESSION_CACHE_SECONDS), so a session deleted from the database would otherwise keep
 * working until its cache cookie runs out. This server refuses such sessions at once; other app servers refuse
 * them once the cache cookie needs a database read again (README, "Sessions").
 *
 * An entry is only needed while a cache cookie issued before the revocation can still be valid: the longest
 * cookie cache allowed (config.ts: 300 s) plus a margin.
 */
const KEEP_MS = 6 * 60_000;
/** Far more revocations than a server sees in six minutes; beyond it the oldest entries go first. */
const MAX_ENTRIES = 100_000;

class ExpiringSet {
  private readonly until = new Map<string, number>();

  add(key: string, value = Date.now()): void {
    this.until.delete(key);
    this.until.set(key, value);
    if (this.until.size > MAX_ENTRIES) this.prune();
  }

  /** When the entry was added, while it is kept. */
  get(key: string): number | undefined {
    const addedAt = this.until.get(key);
    if (addedAt === undefined) return undefined;
    if (addedAt + KEEP_MS > Date.now()) return addedAt;
    this.until.delete(key);
    return undefined;
  }

  private prune(): void {
    // Insertion order is age order: drop expired entries, then the oldest, never the newest revocations.
    const cutoff = Date.now() - KEEP_MS;
    for (const [key, addedAt] of this.until) {
      if (addedAt > cutoff && this.until.size <= MAX_ENTRIES) break;
      this.until.delete(key);
    }
  }
}

const revokedTokens = new ExpiringSet();
const usersRevokedAt = new ExpiringSet();

/** The session with this token has ended (sign-out, revoked): this server stops accepting it now. */
export function forgetSession(token: string): void {
  revokedTokens.add(token);
}

/** Every session of this person that exists now has ended (e.g. the person was deleted). */
export function forgetSessionsOfUser(userId: string): void {
  usersRevokedAt.add(userId);
}

export function isSessionRevoked(session: {
  token: string;
  userId: string;
  createdAt: Date | string;
}): boolean {
  if (revokedTokens.get(session.token) !== undefined) return true;
  const userRevokedAt = usersRevokedAt.get(session.userId);
  return userRevokedAt !== undefined && new Date(session.createdAt).getTime() <= userRevokedAt;
}
