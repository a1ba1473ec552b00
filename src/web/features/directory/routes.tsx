import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';
import { validateDirectorySearch, validateNetworkSearch } from './search-params';

const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/partner',
  validateSearch: validateDirectorySearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('directory'),
  component: lazyRouteComponent(() => import('./directory-page'), 'DirectoryPage'),
});

const partnerProfileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/partner/$organizationId',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('directory'),
  component: lazyRouteComponent(() => import('./profile-page'), 'ProfilePage'),
});

const networkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/netzwerk',
  validateSearch: validateNetworkSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('directory'),
  component: lazyRouteComponent(() => import('./network-page'), 'NetworkPage'),
});

export const directoryRoutes = [directoryRoute, partnerProfileRoute, networkRoute] as const;
