import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { districtMessageRoutes } from './district-message-routes';
import { proposalRoutes } from './proposal-routes';
import { taskRoutes } from './task-routes';

/** Planning: coordination — tasks, proposals of a cooperation model, messages to a district's centres. */
export const coordinationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(taskRoutes);
  await app.register(proposalRoutes);
  await app.register(districtMessageRoutes);
};
