import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The cycle part of /api/v1/seal (issue 19). */
export const cycleRoutes: FastifyPluginAsyncZod = async (_app) => {};
