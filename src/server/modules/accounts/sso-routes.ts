import { fromNodeHeaders } from 'better-auth/node';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problems } from '../../http/context';
import { sendAuthResponse, toWebRequest } from './auth-forward';
import { authAccounts } from './schema';
import { OIDC_PROVIDER_ID } from './sso';
import { retrySingleSignOnDiscovery } from './sso-discovery';

/**
 * A session begun this close to the provider account's last update was begun by single sign-on (both are
 * written in the same callback request, milliseconds apart). A password sign-in of the same person within
 * these seconds would be taken for one too; it would then only pass the provider's logout page.
 */
const SSO_SESSION_WINDOW_MS = 10_000;

const startedSchema = z
  .object({ url: z.string() })
  .meta({ example: { url: 'https://login.musterstadt.example/auth?client_id=familiennetz&state=…' } });

const signedOutSchema = z.object({ success: z.literal(true), url: z.string().optional() }).meta({
  example: {
    success: true,
    url: 'https://login.musterstadt.example/session/end?id_token_hint=…&post_logout_redirect_uri=…',
  },
});

const signInBodySchema = z.strictObject({
  provider: z.literal(OIDC_PROVIDER_ID),
  // A path of this app. better-auth checks it against the trusted origins too, but skips that check whenever it
  // believes it runs under tests (NODE_ENV=test); this holds everywhere.
  callbackURL: z
    .string()
    .max(2000)
    .regex(/^\/(?![/\\])/)
    .optional(),
});

/**
 * Single sign-on's two entry points with our own schemas (only when OIDC_* is set). Strict bodies keep out
 * better-auth's options we do not offer: `requestSignUp` (would create people), `idToken` (signing in with a
 * bare ID token, e.g. one copied from a logout link in the browser history), extra scopes and parameters.
 */
export const singleSignOnRoutes: FastifyPluginAsyncZod = async (app) => {
  const stopRetrying = retrySingleSignOnDiscovery(app.auth, app.log);
  app.addHook('onClose', async () => stopRetrying());

  app.post(
    '/api/auth/sign-in/social',
    {
      schema: {
        tags: ['Sign-in'],
        summary: 'Start the municipal single sign-on: answers with the provider URL to open',
        body: signInBodySchema,
        response: { 200: startedSchema, ...problems(400, 403, 404) },
      },
    },
    async (request, reply) => {
      const body = { ...request.body, disableRedirect: true };
      const response = await app.auth.handler(toWebRequest(request, '/api/auth/sign-in/social', body));
      if (!response.ok) return sendAuthResponse(request, reply, response);
      reply.header('set-cookie', response.headers.getSetCookie());
      const { url } = (await response.json()) as { url: string };
      return { url };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      schema: {
        tags: ['Sign-in'],
        summary: 'Sign out; after a single sign-on, `url` is the provider page that ends its session too',
        body: z.strictObject({}).optional(),
        response: { 200: signedOutSchema, ...problems(400) },
      },
    },
    async (request, reply) => {
      const bySingleSignOn = await isSingleSignOnSession(app, fromNodeHeaders(request.headers));
      const response = await app.auth.handler(
        toWebRequest(request, '/api/auth/sign-out', { disableRedirect: true }),
      );
      if (!response.ok) return sendAuthResponse(request, reply, response);
      const { url } = (await response.json()) as { url?: string };
      reply.header('set-cookie', response.headers.getSetCookie());
      return { success: true as const, ...(bySingleSignOn && url && { url }) };
    },
  );
};

/**
 * Whether the current session was begun by single sign-on. better-auth records no sign-in method per session,
 * but it stores the provider's fresh tokens on the linked account immediately before it creates the session.
 * Sending a person who signed in with a password to the provider's logout page would only confuse them.
 */
async function isSingleSignOnSession(app: FastifyInstance, headers: Headers): Promise<boolean> {
  const found = await app.auth.api.getSession({ headers, query: { disableCookieCache: true } });
  if (!found) return false;
  const [link] = await app.db
    .select({ updatedAt: authAccounts.updatedAt })
    .from(authAccounts)
    .where(and(eq(authAccounts.userId, found.user.id), eq(authAccounts.providerId, OIDC_PROVIDER_ID)));
  if (!link) return false;
  return Math.abs(found.session.createdAt.getTime() - link.updatedAt.getTime()) <= SSO_SESSION_WINDOW_MS;
}
