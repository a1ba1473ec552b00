import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { rootRoute, safeRedirect } from '../../root-route';

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/anmelden',
  // `error`: why a single sign-on failed (set by the server); `abgemeldet`: back from the provider's logout.
  validateSearch: (
    search: Record<string, unknown>,
  ): { redirect?: string; error?: string; abgemeldet?: number } => ({
    redirect: safeRedirect(search.redirect),
    error: typeof search.error === 'string' && /^[a-z_]{1,60}$/.test(search.error) ? search.error : undefined,
    abgemeldet: search.abgemeldet === 1 || search.abgemeldet === '1' ? 1 : undefined,
  }),
  loader: () => loadFeatureMessages('session'),
  component: lazyRouteComponent(() => import('./sign-in-page'), 'SignInPage'),
});

export const sessionRoutes = [signInRoute] as const;
