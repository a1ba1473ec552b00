import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';
import { validateAgreementSearch } from './search-params';

const agreementsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen',
  validateSearch: validateAgreementSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements'),
  component: lazyRouteComponent(() => import('./agreements-page'), 'AgreementsPage'),
});

const newAgreementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/neu',
  validateSearch: (search: Record<string, unknown>): { org?: string } => ({
    org: typeof search.org === 'string' ? search.org : undefined,
  }),
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements'),
  component: lazyRouteComponent(() => import('./create-agreement-page'), 'CreateAgreementPage'),
});

const frameworkAgreementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/basiskooperation',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements'),
  component: lazyRouteComponent(() => import('./framework-page'), 'FrameworkPage'),
});

const agreementTemplatesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/vorlagen',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements'),
  component: lazyRouteComponent(() => import('./templates-page'), 'TemplatesPage'),
});

const agreementTemplateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/vorlagen/$templateId',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements'),
  component: lazyRouteComponent(() => import('./template-page'), 'TemplatePage'),
});

const agreementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/vereinbarungen/$agreementId',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('agreements', 'sealBadges'),
  component: lazyRouteComponent(() => import('./agreement-page'), 'AgreementPage'),
});

export const agreementsRoutes = [
  agreementsRoute,
  newAgreementRoute,
  frameworkAgreementRoute,
  agreementTemplatesRoute,
  agreementTemplateRoute,
  agreementRoute,
] as const;
