import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import {
  coverageQuerySchema,
  coverageSchema,
  stateAggregatesQuerySchema,
  stateAggregatesSchema,
} from './coverage-schemas';
import { getCoverage } from './coverage-service';
import { stateAggregates } from './state-aggregates';

const tags = ['Planning'];

/** Planning: coverage per district with the year before (planners), and the state-wide aggregates (Landesjugendamt). */
export const coverageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/planning/coverage',
    {
      schema: {
        tags,
        summary:
          'Coverage per district for a year and the year before: centres, partners by kind, active cooperations per priority kind, offerings per quarter by format, target group, theme and age band, rooms and utilisation, committed partner hours',
        querystring: coverageQuerySchema,
        response: { 200: coverageSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => getCoverage(contextOf(request), request.query),
  );

  app.get(
    '/planning/state-aggregates',
    {
      schema: {
        tags,
        summary:
          "One row per municipality of a state (totals and ratios for a year), for the state's Landesjugendamt: nothing per district or organisation",
        querystring: stateAggregatesQuerySchema,
        response: { 200: stateAggregatesSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => stateAggregates(contextOf(request), request.query),
  );
};
