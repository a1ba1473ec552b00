import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { rootRoute } from '../../root-route';

// "Forgot password?" and the page behind the reset e-mail's link: no sign-in needed.
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/passwort-vergessen',
  loader: () => loadFeatureMessages('passwords'),
  component: lazyRouteComponent(() => import('./forgot-password-page'), 'ForgotPasswordPage'),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/passwort-zuruecksetzen/$token',
  loader: () => loadFeatureMessages('passwords'),
  component: lazyRouteComponent(() => import('./reset-password-page'), 'ResetPasswordPage'),
});

export const passwordsRoutes = [forgotPasswordRoute, resetPasswordRoute] as const;
