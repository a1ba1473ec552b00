import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Planning: boundaries (to be filled by its part of issue 18). */
export const boundariesRoutes: FastifyPluginAsyncZod = async () => {};
