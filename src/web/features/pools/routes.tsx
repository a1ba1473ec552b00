import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';

const poolsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kontingente',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('pools'),
  component: lazyRouteComponent(() => import('./pools-page'), 'PoolsPage'),
});

const newPoolRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kontingente/neu',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('pools'),
  component: lazyRouteComponent(() => import('./create-pool-page'), 'CreatePoolPage'),
});

const poolRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kontingente/$poolId',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('pools'),
  component: lazyRouteComponent(() => import('./pool-page'), 'PoolPage'),
});

const editPoolRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kontingente/$poolId/bearbeiten',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('pools'),
  component: lazyRouteComponent(() => import('./edit-pool-page'), 'EditPoolPage'),
});

export const poolsRoutes = [poolsRoute, newPoolRoute, poolRoute, editPoolRoute] as const;
