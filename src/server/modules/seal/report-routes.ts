import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The report part of /api/v1/seal (issue 19). */
export const reportRoutes: FastifyPluginAsyncZod = async (_app) => {};
