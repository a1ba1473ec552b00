import type { BetterAuthPlugin } from 'better-auth';
import { genericOAuth } from 'better-auth/plugins';
import type { Config } from '../../config';

// Municipal single sign-on: one generic OpenID Connect provider (discovery from OIDC_ISSUER), PKCE.

export const OIDC_PROVIDER_ID = 'oidc';
/** Where a failed single sign-on lands, with `?error=<code>`; the page explains the code. */
export const SIGN_IN_PAGE = '/anmelden';
/** Where the provider sends a person back after signing out there (register it at the provider). */
export const POST_LOGOUT_PAGE = '/anmelden?abgemeldet=1';

export function singleSignOnPlugins(config: Config): BetterAuthPlugin[] {
  if (!config.oidc) return [];
  return [
    genericOAuth({
      config: [
        {
          providerId: OIDC_PROVIDER_ID,
          discoveryUrl: `${config.oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
          clientId: config.oidc.clientId,
          clientSecret: config.oidc.clientSecret,
          scopes: ['openid', 'email', 'profile'],
          pkce: true,
          // Single sign-on opens existing accounts only; people are added by invitation. Both flags: the
          // first alone yields to a client's `requestSignUp`.
          disableImplicitSignUp: true,
          disableSignUp: true,
          postLogoutRedirectURI: new URL(POST_LOGOUT_PAGE, config.publicUrl).toString(),
        },
      ],
    }),
  ];
}

interface ProviderIdentity {
  user: { emailVerified?: unknown };
  source: { method: string };
}

/**
 * better-auth's `user.validateUserInfo` gate, run with the provider's fresh claims when a provider account is
 * linked to a person and at every later sign-in with it. The e-mail address is what ties a provider account
 * to a person here, so we trust it only while the provider vouches for it (`email_verified: true`): an
 * unverified claim could name anyone, an organisation admin included. A linked account is refused too once
 * the provider stops vouching (e.g. the address was changed there and not yet confirmed); it works again
 * when the provider confirms the address.
 */
export function requireVerifiedProviderEmail({ user, source }: ProviderIdentity) {
  if (source.method !== 'oauth') return undefined;
  return user.emailVerified === true ? undefined : { error: 'email_not_verified' };
}
