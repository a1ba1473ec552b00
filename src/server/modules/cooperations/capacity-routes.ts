import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import { getCapacity, updateCapacity } from './capacity';
import { capacityCheckResultSchema, capacityCheckSchema } from './capacity-check-schemas';
import { checkCapacity } from './capacity-checks';
import { capacityOverview } from './capacity-overview';
import {
  capacityOverviewSchema,
  capacitySchema,
  organizationParamsSchema,
  overviewQuerySchema,
  updateCapacitySchema,
} from './capacity-schemas';

const tags = ['Capacity'];

/** Mandate and staff hours of an organisation, the planner's overview, and capacity checks before an action. */
export const capacityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organizations/:id/capacity',
    {
      schema: {
        tags,
        summary:
          'Mandate, hours per month and the next 12 months (available, committed, planned, left, per district) with what makes them up',
        params: organizationParamsSchema,
        response: { 200: capacitySchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => getCapacity(contextOf(request), request.params.id),
  );

  app.put(
    '/organizations/:id/capacity',
    {
      schema: {
        tags,
        summary:
          'Replace mandate and capacity periods as a whole (lead or admin; send the version you read, 0 before the first save)',
        params: organizationParamsSchema,
        body: updateCapacitySchema,
        response: { 200: capacitySchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => updateCapacity(contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/capacity',
    {
      schema: {
        tags,
        summary:
          "Every organisation of a municipality with hours entered or committed: its 12 months and whether it is over-committed (the municipality's planners)",
        querystring: overviewQuerySchema,
        response: { 200: capacityOverviewSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => capacityOverview(contextOf(request), request.query.municipalityId),
  );

  app.post(
    '/capacity-checks',
    {
      schema: {
        tags,
        summary:
          'The capacity warnings an action would answer with: an agreement as if signed now, an offering as if agreed, a "go" as if recorded',
        body: capacityCheckSchema,
        response: { 200: capacityCheckResultSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => checkCapacity(contextOf(request), request.body),
  );
};
