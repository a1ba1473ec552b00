import { hashPassword } from 'better-auth/crypto';

/** The password of every demo and test account (demo data only). */
export const DEMO_PASSWORD = 'familiennetz-demo';

const passwordHashes = new Map<string, Promise<string>>();

/** Hashing is slow on purpose; demo loaders and tests hash the same password once per process. */
export function hashPasswordCached(password: string): Promise<string> {
  let hash = passwordHashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    passwordHashes.set(password, hash);
    // A failed hash must not stay cached.
    hash.catch(() => passwordHashes.delete(password));
  }
  return hash;
}
