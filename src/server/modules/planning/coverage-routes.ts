import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Planning: coverage (to be filled by its part of issue 18). */
export const coverageRoutes: FastifyPluginAsyncZod = async () => {};
