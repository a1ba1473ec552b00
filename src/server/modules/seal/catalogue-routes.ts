import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** The catalogue part of /api/v1/seal (issue 19). */
export const catalogueRoutes: FastifyPluginAsyncZod = async (_app) => {};
