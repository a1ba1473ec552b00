import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { taskRoutes } from './task-routes';

/** Planning: coordination — tasks, proposals of a cooperation model, messages to a district's centres. */
export const coordinationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(taskRoutes);
};
