import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The self-check part of /api/v1/seal (issue 19). */
export const selfCheckRoutes: FastifyPluginAsyncZod = async (_app) => {};
