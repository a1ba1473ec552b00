import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const agreementsRoutes: FastifyPluginAsyncZod = async () => {};
