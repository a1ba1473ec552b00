import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';
import {
  validateCalendarSearch,
  validateOrganizationSearch,
  validateRoomSearch,
  validateUtilisationSearch,
} from './search-params';

const roomsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume',
  validateSearch: validateOrganizationSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./rooms-page'), 'RoomsPage'),
});

const newRoomRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/neu',
  validateSearch: validateOrganizationSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./room-edit-page'), 'NewRoomPage'),
});

const roomSearchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/suche',
  validateSearch: validateRoomSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./room-search-page'), 'RoomSearchPage'),
});

const roomRequestsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/anfragen',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./requests-page'), 'RequestsPage'),
});

const organizationCalendarRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/kalender',
  validateSearch: validateCalendarSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./calendar-page'), 'OrganizationCalendarPage'),
});

const roomUtilisationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/auslastung',
  validateSearch: validateUtilisationSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./utilisation-page'), 'UtilisationPage'),
});

const roomRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/$roomId',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./room-page'), 'RoomPage'),
});

const editRoomRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/$roomId/bearbeiten',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./room-edit-page'), 'EditRoomPage'),
});

const roomCalendarRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/$roomId/kalender',
  validateSearch: validateCalendarSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./calendar-page'), 'RoomCalendarPage'),
});

export const roomsRoutes = [
  roomsRoute,
  newRoomRoute,
  roomSearchRoute,
  roomRequestsRoute,
  organizationCalendarRoute,
  roomUtilisationRoute,
  roomRoute,
  editRoomRoute,
  roomCalendarRoute,
] as const;
