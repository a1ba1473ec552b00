import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';

const freshnessRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/aktualitaet',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('planning'),
  component: lazyRouteComponent(() => import('./freshness-page'), 'FreshnessPage'),
});

export const planningRoutes = [freshnessRoute] as const;
