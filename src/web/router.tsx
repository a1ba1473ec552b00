import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { requestHeadingFocus } from './components/page';
import { accountRoutes } from './features/account/routes';
import { adminRoutes } from './features/admin/routes';
import { agreementsRoutes } from './features/agreements/routes';
import { assessmentsRoutes } from './features/assessments/routes';
import { capacityRoutes } from './features/capacity/routes';
import { confirmationsRoutes } from './features/confirmations/routes';
import { cooperationsRoutes } from './features/cooperations/routes';
import { directoryRoutes } from './features/directory/routes';
import { homeRoutes } from './features/home/routes';
import { invitationsRoutes } from './features/invitations/routes';
import { offeringsRoutes } from './features/offerings/routes';
import { organizationsRoutes } from './features/organizations/routes';
import { passwordsRoutes } from './features/passwords/routes';
import { planningRoutes } from './features/planning/routes';
import { poolsRoutes } from './features/pools/routes';
import { roomsRoutes } from './features/rooms/routes';
import { sealRoutes } from './features/seal/routes';
import { sessionRoutes } from './features/session/routes';
import { rootRoute } from './root-route';

export type { RouterContext } from './root-route';

/** Each feature defines its routes (features/<feature>/routes.tsx); here they become one tree. */
const routeTree = rootRoute.addChildren([
  ...homeRoutes,
  ...sessionRoutes,
  ...passwordsRoutes,
  ...accountRoutes,
  ...organizationsRoutes,
  ...invitationsRoutes,
  ...adminRoutes,
  ...confirmationsRoutes,
  ...directoryRoutes,
  ...planningRoutes,
  ...sealRoutes,
  ...offeringsRoutes,
  ...roomsRoutes,
  ...agreementsRoutes,
  ...capacityRoutes,
  ...cooperationsRoutes,
  ...assessmentsRoutes,
  ...poolsRoutes,
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
