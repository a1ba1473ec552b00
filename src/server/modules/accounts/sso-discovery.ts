import type { FastifyBaseLogger } from 'fastify';
import type { Auth } from './auth';
import { OIDC_PROVIDER_ID } from './sso';

/**
 * Whether single sign-on can start: better-auth's generic-OAuth plugin registers the provider only once its
 * discovery document has been read. Until then a sign-in attempt would fail, so the web app offers no button.
 */
export async function isSingleSignOnReady(auth: Auth): Promise<boolean> {
  const context = await auth.$context;
  return context.socialProviders.some((provider) => provider.id === OIDC_PROVIDER_ID);
}

export interface DiscoveryRetry {
  /** First wait after a failed discovery; it doubles after each further failure. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const defaultDiscoveryRetry: DiscoveryRetry = { firstDelayMs: 2_000, maxDelayMs: 5 * 60_000 };

/**
 * When the provider was unreachable at start, asks the plugin again (backing off) until discovery works, so
 * the button appears without a restart. Returns a function that stops retrying (on close).
 */
export function retrySingleSignOnDiscovery(
  auth: Auth,
  log: FastifyBaseLogger,
  retry: DiscoveryRetry = defaultDiscoveryRetry,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const attempt = async (delayMs: number) => {
    if (await isSingleSignOnReady(auth)) return;
    // The plugin retries a pending discovery before any request that names the provider; /ok has no effect.
    await auth.api.ok({ query: { provider: OIDC_PROVIDER_ID } }).catch(() => undefined);
    if (stopped) return;
    if (await isSingleSignOnReady(auth)) {
      log.info('single sign-on: provider discovery succeeded, sign-in is offered');
      return;
    }
    log.warn({ retryInMs: delayMs }, 'single sign-on: provider discovery failed, sign-in is not offered');
    timer = setTimeout(() => void attempt(Math.min(delayMs * 2, retry.maxDelayMs)), delayMs);
    timer.unref();
  };
  void attempt(retry.firstDelayMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
