import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const offeringsRoutes: FastifyPluginAsyncZod = async () => {};
