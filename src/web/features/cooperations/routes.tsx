import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';
import type { CooperationFilters } from './types';
import { cooperationStatuses } from './types';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined;

/** The list's filters live in the address, so that "back" from a cooperation returns to the same list. */
function validateFilters(search: Record<string, unknown>): CooperationFilters {
  return {
    organizationId: text(search.organizationId),
    status: cooperationStatuses.find((s) => s === search.status),
    modelId: text(search.modelId),
  };
}

const listRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kooperationen',
  validateSearch: validateFilters,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('cooperations'),
  component: lazyRouteComponent(() => import('./list-page'), 'CooperationListPage'),
});

const modelsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kooperationen/modelle',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('cooperations'),
  component: lazyRouteComponent(() => import('./models-page'), 'ModelsPage'),
});

const detailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kooperationen/$cooperationId',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('cooperations'),
  component: lazyRouteComponent(() => import('./detail-page'), 'CooperationPage'),
});

export const cooperationsRoutes = [listRoute, modelsRoute, detailRoute] as const;
