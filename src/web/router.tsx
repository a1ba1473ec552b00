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
import { NotFoundPage } from './components/not-found-page';
import { requestHeadingFocus } from './components/page';
import { RouteError } from './components/route-error';
import { validateDirectorySearch, validateNetworkSearch } from './features/directory/search-params';
import { HomePage } from './features/home/home-page';
import { meQueryOptions } from './features/session/queries';

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
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: HomePage,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/anmelden',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: safeRedirect(search.redirect),
  }),
  component: lazyRouteComponent(() => import('./features/session/sign-in-page'), 'SignInPage'),
});

const myOrganizationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/organisation',
  validateSearch: (search: Record<string, unknown>): { org?: string } => ({
    org: typeof search.org === 'string' ? search.org : undefined,
  }),
  beforeLoad: requireSignIn,
  component: lazyRouteComponent(
    () => import('./features/organizations/my-organization-page'),
    'MyOrganizationPage',
  ),
});

const adminOrganizationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verwaltung/organisationen',
  beforeLoad: requireSignIn,
  component: lazyRouteComponent(
    () => import('./features/admin/organizations-admin-page'),
    'OrganizationsAdminPage',
  ),
});

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/einladung/$token',
  component: lazyRouteComponent(
    () => import('./features/invitations/accept-invitation-page'),
    'AcceptInvitationPage',
  ),
});

// The "still correct?" link from the e-mail: no sign-in needed.
const confirmProfileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bestaetigen/$token',
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
  component: lazyRouteComponent(() => import('./features/directory/directory-page'), 'DirectoryPage'),
});

const partnerProfileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/partner/$organizationId',
  beforeLoad: requireSignIn,
  component: lazyRouteComponent(() => import('./features/directory/profile-page'), 'ProfilePage'),
});

const networkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/netzwerk',
  validateSearch: validateNetworkSearch,
  beforeLoad: requireSignIn,
  component: lazyRouteComponent(() => import('./features/directory/network-page'), 'NetworkPage'),
});

const freshnessRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/planung/aktualitaet',
  beforeLoad: requireSignIn,
  component: lazyRouteComponent(() => import('./features/planning/freshness-page'), 'FreshnessPage'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  signInRoute,
  myOrganizationRoute,
  adminOrganizationsRoute,
  invitationRoute,
  confirmProfileRoute,
  directoryRoute,
  partnerProfileRoute,
  networkRoute,
  freshnessRoute,
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
