import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import { planningGraph } from './graph';
import { graphQuerySchema, graphSchema } from './graph-schemas';

/** Planning: the network graph of a municipality (issue 18 §5). */
export const graphRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/planning/graph',
    {
      schema: {
        tags: ['Planning'],
        summary:
          "The municipality's network on a day: organisations, edges from active cooperations, agreements in force and joint offerings (weighted), metrics (the municipality's planners)",
        querystring: graphQuerySchema,
        response: { 200: graphSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => planningGraph(contextOf(request), request.query),
  );
};
