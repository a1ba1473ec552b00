import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { rootRoute } from '../../root-route';

// The "still correct?" link from the e-mail: no sign-in needed.
const confirmProfileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bestaetigen/$token',
  loader: () => loadFeatureMessages('confirmations'),
  component: lazyRouteComponent(() => import('./confirm-profile-page'), 'ConfirmProfilePage'),
});

export const confirmationsRoutes = [confirmProfileRoute] as const;
