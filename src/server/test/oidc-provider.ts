import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/** The claims a test provider account sends; the test decides them (also an unverified e-mail). */
export interface TestOidcAccount {
  email: string;
  emailVerified: boolean;
  name: string;
}

export const TEST_OIDC_CLIENT = { clientId: 'familiennetz', clientSecret: 'familiennetz-test-secret' };

export interface TestOidcProvider {
  issuer: string;
  port: number;
  /** Login name (typed into the provider's login form) → claims. Change it freely during a test. */
  accounts: Map<string, TestOidcAccount>;
  stop(): Promise<void>;
}

// The consent screen adds nothing to what the tests prove: grant whatever the client asks for.
async function grantEverything(ctx: KoaContextWithOIDC) {
  const { client, session, params } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  const grant = grantId
    ? await ctx.oidc.provider.Grant.find(grantId)
    : new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  if (!grant) return undefined;
  grant.addOIDCScope(String(params?.scope ?? 'openid'));
  grant.addOIDCClaims(['email', 'email_verified', 'name']);
  await grant.save();
  return grant;
}

/**
 * A real OpenID provider (npm oidc-provider) on localhost for tests: authorization code with PKCE,
 * discovery, JWKS, userinfo and RP-initiated logout. Its built-in login form takes any login name;
 * `accounts` decides the claims.
 */
export async function startTestOidcProvider(options: {
  appUrl: string;
  port?: number;
  accounts?: Iterable<[string, TestOidcAccount]>;
}): Promise<TestOidcProvider> {
  const accounts = new Map(options.accounts ?? []);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://localhost:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_OIDC_CLIENT.clientId,
        client_secret: TEST_OIDC_CLIENT.clientSecret,
        redirect_uris: [`${options.appUrl}/api/auth/callback/oidc`],
        post_logout_redirect_uris: [`${options.appUrl}/anmelden?abgemeldet=1`],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true, methods: ['S256'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['familiennetz-test-provider'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    loadExistingGrant: grantEverything,
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
        }),
      };
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    port,
    accounts,
    stop: () => closeServer(server),
  };
}

function closeServer(server: Server) {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
}
