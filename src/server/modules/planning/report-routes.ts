import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Planning: report (to be filled by its part of issue 18). */
export const reportRoutes: FastifyPluginAsyncZod = async () => {};
