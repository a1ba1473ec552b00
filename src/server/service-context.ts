import type { Config } from './config';
import type { Database } from './db/client';
import type { Locale } from './http/i18n';
import type { Actor } from './policy';

/**
 * Whether a module's policy has decided this request's access (set by the primitives of policy.ts).
 * The access guard (http/access-guard.ts) refuses an answer no policy has decided.
 */
export interface AccessTrail {
  decided: boolean;
}

/** What a use case needs: the database, who asks, in which language, and the configuration. */
export interface ServiceContext {
  db: Database;
  actor: Actor | null;
  locale: Locale;
  config: Config;
  /** Present for HTTP requests; background jobs act on their own authority and carry none. */
  access?: AccessTrail;
}
