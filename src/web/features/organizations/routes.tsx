import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';

const myOrganizationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisation',
  validateSearch: (search: Record<string, unknown>): { org?: string } => ({
    org: typeof search.org === 'string' ? search.org : undefined,
  }),
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('organizations'),
  component: lazyRouteComponent(() => import('./my-organization-page'), 'MyOrganizationPage'),
});

export const organizationsRoutes = [myOrganizationRoute] as const;
