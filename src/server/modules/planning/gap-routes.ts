import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Planning: gap (to be filled by its part of issue 18). */
export const gapRoutes: FastifyPluginAsyncZod = async () => {};
