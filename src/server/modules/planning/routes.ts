import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import { boundariesRoutes } from './boundaries-routes';
import { coordinationRoutes } from './coordination-routes';
import { coverageRoutes } from './coverage-routes';
import { gapRoutes } from './gap-routes';
import { graphRoutes } from './graph-routes';
import { listPlannableMunicipalities } from './municipalities';
import { reportRoutes } from './report-routes';
import { plannableMunicipalitiesSchema } from './schemas';

/**
 * The planning module's routes under /api/v1/planning (decision 016): boundaries and need figures,
 * coverage, gaps and overlaps, the network graph, coordination (tasks, proposals, messages), the report.
 */
export const planningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/planning/municipalities',
    {
      schema: {
        tags: ['Planning'],
        summary:
          'The municipalities the caller plans (planners: theirs; instance admins: all), with districts',
        response: { 200: plannableMunicipalitiesSchema, ...problems(401) },
      },
    },
    async (request) => listPlannableMunicipalities(contextOf(request)),
  );
  await app.register(boundariesRoutes);
  await app.register(coverageRoutes);
  await app.register(gapRoutes);
  await app.register(graphRoutes);
  await app.register(coordinationRoutes);
  await app.register(reportRoutes);
};
