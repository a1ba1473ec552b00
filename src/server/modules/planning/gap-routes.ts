import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import { gapListSchema, gapQuerySchema, matrixSchema, overlapListSchema } from './gap-schemas';
import { getMatrix, listGaps, listOverlaps } from './gap-service';
import { municipalityQuerySchema } from './schemas';

const tags = ['Planning'];

/** Planning: gaps, overlaps and the matrix centre × priority partner kind (the municipality's planners). */
export const gapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/planning/gaps',
    {
      schema: {
        tags,
        summary:
          'Districts and family centres without an offering for a target group in the period, or without an active cooperation with a priority partner kind, each with a stable key and a suggested action',
        querystring: gapQuerySchema,
        response: { 200: gapListSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => listGaps(contextOf(request), request.query),
  );

  app.get(
    '/planning/overlaps',
    {
      schema: {
        tags,
        summary:
          'Pairs of similar offerings in the period: same format, a shared target group, overlapping sessions, in the same district or within 2 km, with suggested actions',
        querystring: gapQuerySchema,
        response: { 200: overlapListSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => listOverlaps(contextOf(request), request.query),
  );

  app.get(
    '/planning/matrix',
    {
      schema: {
        tags,
        summary:
          'Each family centre × each priority partner kind: active cooperation yes/no, the partners by status, agreements in force',
        querystring: municipalityQuerySchema,
        response: { 200: matrixSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => getMatrix(contextOf(request), request.query.municipalityId),
  );
};
