import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { capacityRoutes } from './capacity-routes';

/** The cooperations module's routes (decision 015): cooperations, assessments, models, capacity, pools. */
export const cooperationsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(capacityRoutes);
};
