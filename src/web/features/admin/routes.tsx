import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';

const adminOrganizationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verwaltung/organisationen',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('admin'),
  component: lazyRouteComponent(() => import('./organizations-admin-page'), 'OrganizationsAdminPage'),
});

export const adminRoutes = [adminOrganizationsRoute] as const;
