import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { assessmentRoutes } from './assessment-routes';
import { capacityRoutes } from './capacity-routes';
import { cooperationRoutes } from './cooperation-routes';
import { poolRoutes } from './pool-routes';

/** The cooperations module's routes (decision 015): cooperations, assessments, models, capacity, pools. */
export const cooperationsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(cooperationRoutes);
  await app.register(assessmentRoutes);
  await app.register(poolRoutes);
  await app.register(capacityRoutes);
};
