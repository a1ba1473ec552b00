import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { genericOAuth } from 'better-auth/plugins';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { passwordAuthOptions } from './password-reset';
import { authAccounts, sessions, users, verifications } from './schema';

export const OIDC_PROVIDER_ID = 'oidc';
/** How long a signed session cookie is trusted without asking the database. */
export const SESSION_COOKIE_CACHE_SECONDS = 5 * 60;

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
    user: { additionalFields: { isInstanceAdmin: { type: 'boolean', input: false, defaultValue: false } } },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // The signed cookie carries the session, so checking it costs no database round trip.
      cookieCache: { enabled: true, maxAge: SESSION_COOKIE_CACHE_SECONDS },
    },
    account: { accountLinking: { enabled: true, trustedProviders: [OIDC_PROVIDER_ID] } },
    advanced: {
      database: { generateId: 'uuid' },
      useSecureCookies: config.publicUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    // Our own rate limit on sign-in (app.ts) answers with problem+json; better-auth's would not.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // One log stream: better-auth's messages go to the server's structured log.
    logger: {
      log: (level, message, ...args) => log[level]({ args }, message),
    },
    plugins: config.oidc
      ? [
          genericOAuth({
            config: [
              {
                providerId: OIDC_PROVIDER_ID,
                discoveryUrl: `${config.oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
                clientId: config.oidc.clientId,
                clientSecret: config.oidc.clientSecret,
                scopes: ['openid', 'email', 'profile'],
                pkce: true,
                // Single sign-on opens existing accounts only; people are added by invitation.
                disableImplicitSignUp: true,
              },
            ],
          }),
        ]
      : [],
  });
}

export type Auth = ReturnType<typeof createAuth>;
