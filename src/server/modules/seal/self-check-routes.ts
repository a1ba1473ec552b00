import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { calendarDateSchema } from '../../http/time-schemas';
import { badgesOf, badgesQuerySchema, badgesSchema } from './badges';
import { centreListSchema, listCentres } from './centres';
import { selfCheckSchema, subjectPathSchema } from './schemas';
import { selfCheckOf } from './self-check';

const tags = ['Quality seal'];

const selfCheckQuerySchema = z.object({
  at: calendarDateSchema.optional().meta({
    description: 'Check agreements, cooperations, rooms and manual evidence at this day (default today)',
  }),
});

/** The self-check part of /api/v1/seal (issue 19 §4): the subjects one reads and a subject's self-check. */
export const selfCheckRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/seal/centres',
    {
      schema: {
        tags,
        summary: 'The family centres and Verbünde whose self-check the caller reads',
        response: { 200: centreListSchema, ...problems(401) },
      },
    },
    async (request) => listCentres(contextOf(request)),
  );

  app.get(
    '/seal/centres/:id/self-check',
    {
      schema: {
        tags,
        summary:
          'The self-check of a family centre or Verbund: per area each criterion met with its evidence, warnings and what is missing (a centre in a Verbund with a cycle answers the Verbund’s)',
        params: subjectPathSchema,
        querystring: selfCheckQuerySchema,
        response: { 200: selfCheckSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      return selfCheckOf(ctx, request.params.id, { at: request.query.at, locale: ctx.locale });
    },
  );

  app.get(
    '/seal/badges',
    {
      schema: {
        tags,
        summary:
          'The criteria of the current edition an offering or an agreement counts for, and whether it counts now (for the badges on its page)',
        querystring: badgesQuerySchema,
        response: { 200: badgesSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => badgesOf(contextOf(request), request.query),
  );
};
