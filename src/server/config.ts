import { isIP } from 'node:net';
import { z } from 'zod';

/** Names proxy-addr (Fastify's trustProxy) knows for the loopback, link-local and private ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * `0` trusts no proxy, `n` exactly n proxies in front (the client is the n-th address from the right of
 * X-Forwarded-For), a list trusts only these proxy addresses or ranges. There is deliberately no
 * "trust every hop": with it each request could name its own client address.
 */
const trustProxySchema = z
  .string()
  .default('0')
  .transform((value, ctx): false | number | string[] => {
    const text = value.trim();
    if (/^\d{1,2}$/.test(text)) return Number(text) === 0 ? false : Number(text);
    const entries = text.split(',').map((entry) => entry.trim());
    if (entries.every(isProxyAddress)) return entries;
    ctx.addIssue({
      code: 'custom',
      message:
        'a number of proxies (0, 1, 2 …) or a comma-separated list of proxy addresses or CIDR ranges, e.g. 10.0.0.5,192.168.0.0/16',
    });
    return z.NEVER;
  });

/** "60,14": days before a date, each a whole number from 1 to 3650; nearest last, each once. */
const reminderDaysSchema = z
  .string()
  .default('60,14')
  .transform((value, ctx): number[] => {
    const days = value.split(',').map((d) => d.trim());
    if (days.every((d) => /^\d{1,4}$/.test(d) && Number(d) >= 1 && Number(d) <= 3650)) {
      return [...new Set(days.map(Number))].sort((a, b) => b - a);
    }
    ctx.addIssue({
      code: 'custom',
      message: 'comma-separated whole numbers of days from 1 to 3650, e.g. 60,14',
    });
    return z.NEVER;
  });

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
  TRUST_PROXY: trustProxySchema,
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'redis://host:port or rediss://… (TLS)')
    .optional(),
  REDIS_KEY_PREFIX: z.string().min(1).default('familiennetz:'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  SIGN_IN_LOCK_ATTEMPTS: z.coerce.number().int().positive().default(10),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().positive().max(1440).default(15),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  API_KEY_MAX_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  DIRECTORY_STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(183),
  AGREEMENT_REMINDER_DAYS: reminderDaysSchema,
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
  /** Fastify's trustProxy: false, a hop count or the proxies' addresses/ranges (TRUST_PROXY). */
  trustProxy: false | number | string[];
  /** Attempt counters live here when set, so that all app servers share them; else in this process. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key, so that several installations (or test files) can share one Redis. */
  redisKeyPrefix: string;
  logLevel: string;
  /** Attempts per client IP and window at each credential check (sign-in, password change, …). */
  signInRateLimit: number;
  /** The window of signInRateLimit (one minute; tests shorten it). */
  rateLimitWindowMs: number;
  /** After `attempts` failed passwords for one e-mail within `windowMs`, it is locked for `windowMs`. */
  accountLock: { attempts: number; windowMs: number };
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
  /** Days before an agreement's review date and notice deadline at which its parties are reminded (descending). */
  agreementReminderDays: number[];
  /** Background work (outbox, confirmation requests); tests switch it off and drive it by hand. */
  runWorkers: boolean;
  /** Tests only: where the log lines go instead of stdout (src/server/test/error-logs.ts). */
  logStream?: { write(line: string): void } | undefined;
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
    trustProxy: e.TRUST_PROXY,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    logLevel: e.LOG_LEVEL,
    signInRateLimit: e.SIGN_IN_RATE_LIMIT,
    rateLimitWindowMs: 60_000,
    accountLock: { attempts: e.SIGN_IN_LOCK_ATTEMPTS, windowMs: e.SIGN_IN_LOCK_MINUTES * 60_000 },
    sessionCacheSeconds: e.SESSION_CACHE_SECONDS,
    apiKeyMaxDays: e.API_KEY_MAX_DAYS,
    mapTileUrl: e.MAP_TILE_URL,
    staleAfterDays: e.DIRECTORY_STALE_AFTER_DAYS,
    agreementReminderDays: e.AGREEMENT_REMINDER_DAYS,
    runWorkers: true,
  };
}
