import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';
import { planningSearch } from '../planning/planning-search';
import { catalogueSearch, selfCheckSearch } from './seal-search';

// The quality seal's pages (issue 19): the centre's self-check, the catalogue, the planner's overview.

const selfCheckRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/guetesiegel',
  validateSearch: selfCheckSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('seal'),
  component: lazyRouteComponent(() => import('./self-check-page'), 'SelfCheckPage'),
});

const catalogueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/guetesiegel/katalog',
  validateSearch: catalogueSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('seal'),
  component: lazyRouteComponent(() => import('./catalogue-page'), 'CataloguePage'),
});

// The planner's overview is a tab of the planning frame: planners find it beside coverage and gaps.
const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/guetesiegel',
  validateSearch: planningSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('seal', 'planning'),
  component: lazyRouteComponent(() => import('./overview-page'), 'OverviewPage'),
});

export const sealRoutes = [selfCheckRoute, catalogueRoute, overviewRoute] as const;
