import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';
import { validateFinderSearch, validateWorkListSearch } from './search-params';

// The public finder for families: no sign-in.
const offeringFinderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote',
  validateSearch: validateFinderSearch,
  component: lazyRouteComponent(() => import('./finder-page'), 'FinderPage'),
});

const publicOfferingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote/$id',
  loader: () => loadFeatureMessages('offeringDetail'),
  component: lazyRouteComponent(() => import('./public-offering-page'), 'PublicOfferingPage'),
});

// The co-organisers' own offerings (signed in).
const offeringsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote/verwalten',
  validateSearch: validateWorkListSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('offerings'),
  component: lazyRouteComponent(() => import('./offerings-page'), 'OfferingsPage'),
});

const newOfferingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote/verwalten/neu',
  validateSearch: (search: Record<string, unknown>): { org?: string } => ({
    org: typeof search.org === 'string' ? search.org : undefined,
  }),
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('offerings'),
  component: lazyRouteComponent(() => import('./offering-edit-page'), 'CreateOfferingPage'),
});

const offeringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote/verwalten/$id',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('offerings', 'offeringDetail', 'sealBadges'),
  component: lazyRouteComponent(() => import('./offering-page'), 'OfferingPage'),
});

const editOfferingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote/verwalten/$id/bearbeiten',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('offerings'),
  component: lazyRouteComponent(() => import('./offering-edit-page'), 'EditOfferingPage'),
});

export const offeringsRoutes = [
  offeringFinderRoute,
  publicOfferingRoute,
  offeringsRoute,
  newOfferingRoute,
  offeringRoute,
  editOfferingRoute,
] as const;
