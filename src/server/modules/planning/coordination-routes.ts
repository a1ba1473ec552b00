import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Planning: coordination (to be filled by its part of issue 18). */
export const coordinationRoutes: FastifyPluginAsyncZod = async () => {};
