import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';
import { overviewSearch, stateSearch } from './coverage-search';
import { planningSearch } from './planning-search';

const freshnessRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/aktualitaet',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('planning'),
  component: lazyRouteComponent(() => import('./freshness-page'), 'FreshnessPage'),
});

// The planning module's pages (issue 18): each takes `?municipality=` (planningSearch) and loads the planning texts.

const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung',
  validateSearch: overviewSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('planning'),
  component: lazyRouteComponent(() => import('./overview-page'), 'OverviewPage'),
});

const mapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/karte',
  validateSearch: planningSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('planning'),
  component: lazyRouteComponent(() => import('./map-page'), 'MapPage'),
});

const gapsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/luecken',
  validateSearch: planningSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('planning'),
  component: lazyRouteComponent(() => import('./gaps-page'), 'GapsPage'),
});

const networkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/netzwerk',
  validateSearch: planningSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('planning'),
  component: lazyRouteComponent(() => import('./network-page'), 'NetworkPage'),
});

const tasksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/aufgaben',
  validateSearch: planningSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('planning'),
  component: lazyRouteComponent(() => import('./tasks-page'), 'TasksPage'),
});

const reportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/bericht',
  validateSearch: planningSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('planning'),
  component: lazyRouteComponent(() => import('./report-page'), 'ReportPage'),
});

const districtsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/sozialraeume',
  validateSearch: planningSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('planning'),
  component: lazyRouteComponent(() => import('./districts-page'), 'DistrictsPage'),
});

const stateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/land',
  validateSearch: stateSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('planning'),
  component: lazyRouteComponent(() => import('./state-page'), 'StatePage'),
});

export const planningRoutes = [
  freshnessRoute,
  overviewRoute,
  mapRoute,
  gapsRoute,
  networkRoute,
  tasksRoute,
  reportRoute,
  districtsRoute,
  stateRoute,
] as const;
