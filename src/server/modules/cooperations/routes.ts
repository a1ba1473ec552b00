import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The cooperations module's routes (decision 015): cooperations, assessments, models, capacity, pools. */
export const cooperationsRoutes: FastifyPluginAsyncZod = async (_app) => {};
