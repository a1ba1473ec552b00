import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type ParsedLocation,
  redirect,
} from '@tanstack/react-router';
import { AppShell } from './app-shell';
import { requestHeadingFocus } from './components/page';
import { RouteError } from './components/route-error';
import { validateAgreementSearch } from './features/agreements/search-params';
import { validateDirectorySearch, validateNetworkSearch } from './features/directory/search-params';
import { validateFinderSearch, validateWorkListSearch } from './features/offerings/search-params';
import {
  validateCalendarSearch,
  validateOrganizationSearch,
  validateRoomSearch,
  validateUtilisationSearch,
} from './features/rooms/search-params';
import { meQueryOptions } from './features/session/queries';
import { loadFeatureMessages } from './i18n/features';

export interface RouterContext {
  queryClient: QueryClient;
}

/** Only same-site paths are allowed as targets after sign-in (no open redirects). */
export function safeRedirect(target: unknown): string | undefined {
  if (typeof target !== 'string') return undefined;
  return target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : undefined;
}

async function requireSignIn({ context, location }: { context: RouterContext; location: ParsedLocation }) {
  const me = await context.queryClient.ensureQueryData(meQueryOptions);
  if (!me) throw redirect({ to: '/anmelden', search: { redirect: location.href } });
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  // Few visitors meet it: it loads when needed (its texts are in the start-up bundle, see de.ts).
  notFoundComponent: lazyRouteComponent(() => import('./components/not-found-page'), 'NotFoundPage'),
  errorComponent: RouteError,
});

// Only the app frame's and the finder's texts are in the start-up bundle; every other page brings its own
// (i18n/features.ts). Its route's loader waits for them (they load beside the page's chunk), so a page never renders
// before its texts are there, and hovering a link preloads them together with the page's chunk.
const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  loader: () => loadFeatureMessages('home'),
  component: lazyRouteComponent(() => import('./features/home/home-page'), 'HomePage'),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/anmelden',
  // `error`: why a single sign-on failed (set by the server); `abgemeldet`: back from the provider's logout.
  validateSearch: (
    search: Record<string, unknown>,
  ): { redirect?: string; error?: string; abgemeldet?: number } => ({
    redirect: safeRedirect(search.redirect),
    error: typeof search.error === 'string' && /^[a-z_]{1,60}$/.test(search.error) ? search.error : undefined,
    abgemeldet: search.abgemeldet === 1 || search.abgemeldet === '1' ? 1 : undefined,
  }),
  loader: () => loadFeatureMessages('session'),
  component: lazyRouteComponent(() => import('./features/session/sign-in-page'), 'SignInPage'),
});

const myOrganizationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisation',
  validateSearch: (search: Record<string, unknown>): { org?: string } => ({
    org: typeof search.org === 'string' ? search.org : undefined,
  }),
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('organizations'),
  component: lazyRouteComponent(
    () => import('./features/organizations/my-organization-page'),
    'MyOrganizationPage',
  ),
});

const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/konto',
  beforeLoad: requireSignIn,
  // The personal data section (privacy) is part of the account page.
  loader: () => loadFeatureMessages('account', 'privacy'),
  component: lazyRouteComponent(() => import('./features/account/account-page'), 'AccountPage'),
});

const adminOrganizationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verwaltung/organisationen',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('admin'),
  component: lazyRouteComponent(
    () => import('./features/admin/organizations-admin-page'),
    'OrganizationsAdminPage',
  ),
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/einladung/$token',
  loader: () => loadFeatureMessages('invitations'),
  component: lazyRouteComponent(
    () => import('./features/invitations/accept-invitation-page'),
    'AcceptInvitationPage',
  ),
});

// "Forgot password?" and the page behind the reset e-mail's link: no sign-in needed.
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/passwort-vergessen',
  loader: () => loadFeatureMessages('passwords'),
  component: lazyRouteComponent(
    () => import('./features/passwords/forgot-password-page'),
    'ForgotPasswordPage',
  ),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/passwort-zuruecksetzen/$token',
  loader: () => loadFeatureMessages('passwords'),
  component: lazyRouteComponent(
    () => import('./features/passwords/reset-password-page'),
    'ResetPasswordPage',
  ),
});

// The "still correct?" link from the e-mail: no sign-in needed.
const confirmProfileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bestaetigen/$token',
  loader: () => loadFeatureMessages('confirmations'),
  component: lazyRouteComponent(
    () => import('./features/confirmations/confirm-profile-page'),
    'ConfirmProfilePage',
  ),
});

const directoryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/partner',
  validateSearch: validateDirectorySearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('directory'),
  component: lazyRouteComponent(() => import('./features/directory/directory-page'), 'DirectoryPage'),
});

const partnerProfileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/partner/$organizationId',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('directory'),
  component: lazyRouteComponent(() => import('./features/directory/profile-page'), 'ProfilePage'),
});

const networkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/netzwerk',
  validateSearch: validateNetworkSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('directory'),
  component: lazyRouteComponent(() => import('./features/directory/network-page'), 'NetworkPage'),
});

const freshnessRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/aktualitaet',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('planning'),
  component: lazyRouteComponent(() => import('./features/planning/freshness-page'), 'FreshnessPage'),
});

const roomsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume',
  validateSearch: validateOrganizationSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./features/rooms/rooms-page'), 'RoomsPage'),
});

const newRoomRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/neu',
  validateSearch: validateOrganizationSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./features/rooms/room-edit-page'), 'NewRoomPage'),
});

const roomSearchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/suche',
  validateSearch: validateRoomSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./features/rooms/room-search-page'), 'RoomSearchPage'),
});

const roomRequestsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/anfragen',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./features/rooms/requests-page'), 'RequestsPage'),
});

const organizationCalendarRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/kalender',
  validateSearch: validateCalendarSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./features/rooms/calendar-page'), 'OrganizationCalendarPage'),
});

const roomUtilisationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/auslastung',
  validateSearch: validateUtilisationSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./features/rooms/utilisation-page'), 'UtilisationPage'),
});

const roomRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/$roomId',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./features/rooms/room-page'), 'RoomPage'),
});

const editRoomRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/$roomId/bearbeiten',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./features/rooms/room-edit-page'), 'EditRoomPage'),
});

const roomCalendarRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/raeume/$roomId/kalender',
  validateSearch: validateCalendarSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('rooms'),
  component: lazyRouteComponent(() => import('./features/rooms/calendar-page'), 'RoomCalendarPage'),
});

// The public finder for families: no sign-in.
const offeringFinderRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote',
  validateSearch: validateFinderSearch,
  component: lazyRouteComponent(() => import('./features/offerings/finder-page'), 'FinderPage'),
});

const publicOfferingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote/$id',
  loader: () => loadFeatureMessages('offeringDetail'),
  component: lazyRouteComponent(
    () => import('./features/offerings/public-offering-page'),
    'PublicOfferingPage',
  ),
});

// The co-organisers' own offerings (signed in).
const offeringsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote/verwalten',
  validateSearch: validateWorkListSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('offerings'),
  component: lazyRouteComponent(() => import('./features/offerings/offerings-page'), 'OfferingsPage'),
});

const newOfferingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote/verwalten/neu',
  validateSearch: (search: Record<string, unknown>): { org?: string } => ({
    org: typeof search.org === 'string' ? search.org : undefined,
  }),
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('offerings'),
  component: lazyRouteComponent(
    () => import('./features/offerings/offering-edit-page'),
    'CreateOfferingPage',
  ),
});

const offeringRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote/verwalten/$id',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('offerings', 'offeringDetail'),
  component: lazyRouteComponent(() => import('./features/offerings/offering-page'), 'OfferingPage'),
});

const editOfferingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/angebote/verwalten/$id/bearbeiten',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('offerings'),
  component: lazyRouteComponent(() => import('./features/offerings/offering-edit-page'), 'EditOfferingPage'),
});

const agreementsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen',
  validateSearch: validateAgreementSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements'),
  component: lazyRouteComponent(() => import('./features/agreements/agreements-page'), 'AgreementsPage'),
});

const newAgreementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/neu',
  validateSearch: (search: Record<string, unknown>): { org?: string } => ({
    org: typeof search.org === 'string' ? search.org : undefined,
  }),
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements'),
  component: lazyRouteComponent(
    () => import('./features/agreements/create-agreement-page'),
    'CreateAgreementPage',
  ),
});

const frameworkAgreementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/basiskooperation',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements'),
  component: lazyRouteComponent(() => import('./features/agreements/framework-page'), 'FrameworkPage'),
});

const agreementTemplatesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/vorlagen',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements'),
  component: lazyRouteComponent(() => import('./features/agreements/templates-page'), 'TemplatesPage'),
});

const agreementTemplateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/vorlagen/$templateId',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements'),
  component: lazyRouteComponent(() => import('./features/agreements/template-page'), 'TemplatePage'),
});

const agreementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/$agreementId',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements'),
  component: lazyRouteComponent(() => import('./features/agreements/agreement-page'), 'AgreementPage'),
});

const routeTree = rootRoute.addChildren([
  agreementsRoute,
  newAgreementRoute,
  frameworkAgreementRoute,
  agreementTemplatesRoute,
  agreementTemplateRoute,
  agreementRoute,
  homeRoute,
  signInRoute,
  myOrganizationRoute,
  accountRoute,
  adminOrganizationsRoute,
  invitationRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  confirmProfileRoute,
  directoryRoute,
  partnerProfileRoute,
  networkRoute,
  freshnessRoute,
  offeringFinderRoute,
  publicOfferingRoute,
  offeringsRoute,
  newOfferingRoute,
  offeringRoute,
  editOfferingRoute,
  roomsRoute,
  newRoomRoute,
  roomSearchRoute,
  roomRequestsRoute,
  organizationCalendarRoute,
  roomUtilisationRoute,
  roomRoute,
  editRoomRoute,
  roomCalendarRoute,
]);

export function buildRouter(queryClient: QueryClient) {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingComponent: undefined,
    scrollRestoration: true,
  });
  router.subscribe('onBeforeNavigate', (event) => {
    if (event.fromLocation && event.pathChanged) requestHeadingFocus();
  });
  return router;
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof buildRouter>;
  }
}
