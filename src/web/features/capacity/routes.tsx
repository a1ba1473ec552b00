import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined;

const capacityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kapazitaet',
  validateSearch: (search: Record<string, unknown>): { org?: string } => ({ org: text(search.org) }),
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('capacity'),
  component: lazyRouteComponent(() => import('./capacity-page'), 'CapacityPage'),
});

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/kapazitaet',
  validateSearch: (search: Record<string, unknown>): { municipality?: string } => ({
    municipality: text(search.municipality),
  }),
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('capacity'),
  component: lazyRouteComponent(() => import('./overview-page'), 'CapacityOverviewPage'),
});

export const capacityRoutes = [capacityRoute, overviewRoute] as const;
