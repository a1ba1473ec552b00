import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The overview part of /api/v1/seal (issue 19). */
export const overviewRoutes: FastifyPluginAsyncZod = async (_app) => {};
