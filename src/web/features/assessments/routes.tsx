import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { loadFeatureMessages } from '../../i18n/features';
import { requireSignIn, rootRoute } from '../../root-route';

/** `?org=`: the side to assess, for a person who belongs to both sides of a cooperation. */
function validateSideSearch(search: Record<string, unknown>): { org?: string } {
  return typeof search.org === 'string' && search.org !== '' ? { org: search.org } : {};
}

const assessmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kooperationen/$cooperationId/einschaetzung',
  validateSearch: validateSideSearch,
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('assessments'),
  component: lazyRouteComponent(() => import('./assessment-page'), 'AssessmentPage'),
});

const questionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/kooperationen/fragen/$organizationId',
  beforeLoad: requireSignIn,
  loader: () => loadFeatureMessages('assessments'),
  component: lazyRouteComponent(() => import('./questions-page'), 'QuestionsPage'),
});

export const assessmentsRoutes = [assessmentRoute, questionsRoute];
