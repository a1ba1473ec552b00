import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { rootRoute } from '../../root-route';

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/einladung/$token',
  loader: () => loadFeatureMessages('invitations'),
  component: lazyRouteComponent(() => import('./accept-invitation-page'), 'AcceptInvitationPage'),
});

export const invitationsRoutes = [invitationRoute] as const;
