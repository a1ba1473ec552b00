import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import { overviewQuerySchema, overviewSchema, sealOverview } from './overview';

const tags = ['Quality seal'];

/** The overview part of /api/v1/seal (issue 19 §6): the planner's aggregated view of a municipality. */
export const overviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/seal/overview',
    {
      schema: {
        tags,
        summary:
          'Per centre and Verbund of a municipality: cycle dates, re-certification due within 12 months, each area met (planner; no documents)',
        querystring: overviewQuerySchema,
        response: { 200: overviewSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => sealOverview(contextOf(request), request.query),
  );
};
