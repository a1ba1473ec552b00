import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { rootRoute } from '../../root-route';

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  loader: () => loadFeatureMessages('home'),
  component: lazyRouteComponent(() => import('./home-page'), 'HomePage'),
});

export const homeRoutes = [homeRoute] as const;
