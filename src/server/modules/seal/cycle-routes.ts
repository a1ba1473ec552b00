import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import {
  createCycleSchema,
  cycleEntrySchema,
  cycleListSchema,
  cycleParamsSchema,
  removeCycleQuerySchema,
  updateCycleSchema,
} from './cycle-schemas';
import { createCycle, listCycles, removeCycle, updateCycle } from './cycles';
import { subjectPathSchema } from './schemas';

const tags = ['Quality seal'];

/** The cycle part of /api/v1/seal (issue 19 §2): a centre's or Verbund's certifications. */
export const cycleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/seal/centres/:id/cycles',
    {
      schema: {
        tags,
        summary: 'The certification cycles of a centre or Verbund, newest first (who reads its self-check)',
        params: subjectPathSchema,
        response: { 200: cycleListSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => listCycles(contextOf(request), request.params.id),
  );

  app.post(
    '/seal/centres/:id/cycles',
    {
      schema: {
        tags,
        summary:
          'Record a certification (leads): valid four years and reviewed the year before unless given; the current edition unless given',
        params: subjectPathSchema,
        body: createCycleSchema,
        response: { 201: cycleEntrySchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCycle(contextOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/seal/cycles/:cycleId',
    {
      schema: {
        tags,
        summary: 'Correct a certification cycle (leads; send the version you read)',
        params: cycleParamsSchema,
        body: updateCycleSchema,
        response: { 200: cycleEntrySchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updateCycle(contextOf(request), request.params.cycleId, request.body),
  );

  app.delete(
    '/seal/cycles/:cycleId',
    {
      schema: {
        tags,
        summary: 'Remove a certification cycle recorded by mistake (leads only; send the version you read)',
        params: cycleParamsSchema,
        querystring: removeCycleQuerySchema,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeCycle(contextOf(request), request.params.cycleId, request.query.version);
      return reply.status(204).send(null);
    },
  );
};
