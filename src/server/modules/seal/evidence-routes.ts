import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The evidence part of /api/v1/seal (issue 19). */
export const evidenceRoutes: FastifyPluginAsyncZod = async (_app) => {};
