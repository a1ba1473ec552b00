import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Planning: graph (to be filled by its part of issue 18). */
export const graphRoutes: FastifyPluginAsyncZod = async () => {};
