import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { passwordAuthOptions } from './password-reset';
import { forgetSession } from './revoked-sessions';
import { authAccounts, sessions, users, verifications } from './schema';
import { requireVerifiedProviderEmail, SIGN_IN_PAGE, singleSignOnPlugins } from './sso';

/**
 * better-auth handles sign-in, sessions and single sign-on. Organisations, memberships and invitations
 * are our own (module accounts): they need policy.ts and the audit log, which its organisation plugin
 * would bypass (docs/decisions/002-own-organisations.md).
 */
export function createAuth(config: Config, db: Database, log: FastifyBaseLogger) {
  const passwords = passwordAuthOptions(config, db, log);
  return betterAuth({
    appName: 'Familiennetz',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    trustedOrigins: [config.publicUrl],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: authAccounts, verification: verifications },
    }),
    // People join through an invitation (POST /api/v1/invitations/by-token/{token}/accept), never by sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, ...passwords.emailAndPassword },
    verification: passwords.verification,
    hooks: passwords.hooks,
    user: {
      additionalFields: { isInstanceAdmin: { type: 'boolean', input: false, defaultValue: false } },
      validateUserInfo: requireVerifiedProviderEmail,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      // Also "last active" on the page of one's sessions: an active session's row is touched once an hour.
      updateAge: 60 * 60,
      // The signed cookie carries the session, so checking it costs no database round trip for this long. A
      // session ended on another app server works here until then (README, "Sessions").
      cookieCache: { enabled: config.sessionCacheSeconds > 0, maxAge: config.sessionCacheSeconds },
    },
    // However a session ends through this server (sign-out, revoked, password changed), it ends here at once.
    databaseHooks: {
      session: {
        delete: {
          after: async (session) => forgetSession(session.token),
        },
      },
    },
    // Its session list answers with the raw token of each of one's sessions; GET /api/v1/me/sessions is ours.
    disabledPaths: ['/list-sessions'],
    // No trusted providers: single sign-on links to an existing person only on `email_verified: true`.
    account: { accountLinking: { enabled: true } },
    advanced: {
      database: { generateId: 'uuid' },
      useSecureCookies: config.publicUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    // Our own rate limit on sign-in (app.ts) answers with problem+json; better-auth's would not.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    onAPIError: {
      // Its own errors (wrong password …) stay responses; others, like a lost database connection, reach our
      // error handler (503 problem+json, logged with the request id) instead of a bare 500 and a console.error.
      throw: true,
      // Failed single sign-on (refused, tampered state, provider down) ends on our sign-in page with ?error=…,
      // never on better-auth's English error page.
      errorURL: new URL(SIGN_IN_PAGE, config.publicUrl).toString(),
    },
    // One log stream: better-auth's messages go to the server's structured log.
    logger: {
      log: (level, message, ...args) => log[level]({ args }, message),
    },
    plugins: singleSignOnPlugins(config),
  });
}

export type Auth = ReturnType<typeof createAuth>;
