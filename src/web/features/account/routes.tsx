import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/konto',
  beforeLoad: requireSignIn,
  // The personal data section (privacy) is part of the account page.
  loader: () => loadFeatureMessages('account', 'privacy'),
  component: lazyRouteComponent(() => import('./account-page'), 'AccountPage'),
});

export const accountRoutes = [accountRoute] as const;
