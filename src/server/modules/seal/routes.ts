import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { catalogueRoutes } from './catalogue-routes';
import { cycleRoutes } from './cycle-routes';
import { evidenceRoutes } from './evidence-routes';
import { overviewRoutes } from './overview-routes';
import { reportRoutes } from './report-routes';
import { selfCheckRoutes } from './self-check-routes';

/**
 * The quality seal module's routes under /api/v1/seal (decision 017): the catalogue and its editions, a
 * centre's or Verbund's cycle, evidence, the self-check with its report and bundle, the planner's overview.
 */
export const sealRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(catalogueRoutes);
  await app.register(cycleRoutes);
  await app.register(evidenceRoutes);
  await app.register(selfCheckRoutes);
  await app.register(reportRoutes);
  await app.register(overviewRoutes);
};
