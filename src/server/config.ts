import { z } from 'zod';

/** Environment → typed configuration. Invalid settings stop the start with a message naming each. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DEMO_DATA: z.enum(['0', '1']).default('1'),
  /** Public base URL, used in e-mail links and as the trusted origin for cookie writes. */
  PUBLIC_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(32).optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_DIR: z.string().optional(),
  MAIL_FROM: z.string().default('Familiennetz <no-reply@familiennetz.example>'),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default('Single Sign-on'),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  API_KEY_MAX_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  DIRECTORY_STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(183),
  MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL connection string; without it the app runs on embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * PostgreSQL connections of this app server. More than the database's cores can run at once only makes them
   * take turns: all app servers together should hold about twice the database server's cores (README).
   */
  databasePoolSize: number;
  /** In-memory PGlite (tests only). */
  inMemory: boolean;
  loadDemoData: boolean;
  publicUrl: string;
  authSecret: string;
  smtpUrl: string | undefined;
  /** Without SMTP: folder where e-mails are written as .eml files. */
  mailDir: string | undefined;
  mailFrom: string;
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | undefined;
  trustProxy: boolean;
  logLevel: string;
  signInRateLimit: number;
  /**
   * How long a signed session cookie vouches for its session without a database read (0: every request reads
   * it). A session ended on another app server still works here for at most this long.
   */
  sessionCacheSeconds: number;
  /** Longest life of an API key; also cuts keys made before a lower setting (and keys without an expiry). */
  apiKeyMaxDays: number;
  mapTileUrl: string;
  /** A directory profile not confirmed for this long is stale (shown so, ranked lower). */
  staleAfterDays: number;
  /** Background work (outbox, confirmation requests); tests switch it off and drive it by hand. */
  runWorkers: boolean;
}

// Only for local use: a server without AUTH_SECRET gets this and warns at start.
export const DEV_AUTH_SECRET = 'familiennetz-development-secret-change-me-0123456789';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const oidcParts = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    throw new Error(
      'Invalid configuration:\n  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    inMemory: false,
    loadDemoData: e.DEMO_DATA === '1',
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    authSecret: e.AUTH_SECRET ?? DEV_AUTH_SECRET,
    smtpUrl: e.SMTP_URL,
    mailDir: e.MAIL_DIR,
    mailFrom: e.MAIL_FROM,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            name: e.OIDC_NAME,
          }
        : undefined,
    trustProxy: e.TRUST_PROXY === '1',
    logLevel: e.LOG_LEVEL,
    signInRateLimit: e.SIGN_IN_RATE_LIMIT,
    sessionCacheSeconds: e.SESSION_CACHE_SECONDS,
    apiKeyMaxDays: e.API_KEY_MAX_DAYS,
    mapTileUrl: e.MAP_TILE_URL,
    staleAfterDays: e.DIRECTORY_STALE_AFTER_DAYS,
    runWorkers: true,
  };
}
