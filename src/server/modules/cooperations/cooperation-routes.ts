import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import { listSchema } from '../../http/pagination';
import {
  cooperationDetailSchema,
  cooperationItemSchema,
  cooperationListQuerySchema,
  cooperationParamsSchema,
  createCooperationSchema,
  updateCooperationSchema,
} from './cooperation-schemas';
import { createCooperation, updateCooperation } from './cooperation-writes';
import { getCooperation, listCooperations } from './cooperations';
import { createModel, listModels } from './models';
import {
  cooperationModelListQuerySchema,
  cooperationModelListSchema,
  cooperationModelSchema,
  createCooperationModelSchema,
} from './models-schemas';

const tags = ['Cooperations'];

/** The cooperation as the one record both sides see (decision 015), its timeline, and cooperation models. */
export const cooperationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/cooperations',
    {
      schema: {
        tags,
        summary:
          'Cooperations I may see: of my organisations (either side), of the centres of the municipality I plan, all for instance admins',
        querystring: cooperationListQuerySchema,
        response: { 200: listSchema(cooperationItemSchema), ...problems(400, 401) },
      },
    },
    async (request) => listCooperations(contextOf(request), request.query),
  );

  app.post(
    '/cooperations',
    {
      schema: {
        tags,
        summary:
          'Start a cooperation that does not exist yet (status potential): lead or admin of the centre or the partner; 409 with its id when it exists',
        body: createCooperationSchema,
        response: { 201: cooperationDetailSchema, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { cooperation } = await createCooperation(contextOf(request), request.body);
      return reply.status(201).send(cooperation);
    },
  );

  app.get(
    '/cooperations/:id',
    {
      schema: {
        tags,
        summary:
          "A cooperation with its timeline (newest first); each side's notes only for that side, shared decisions of the other side",
        params: cooperationParamsSchema,
        response: { 200: cooperationDetailSchema, ...problems(401, 404) },
      },
    },
    async (request) => getCooperation(contextOf(request), request.params.id),
  );

  app.put(
    '/cooperations/:id',
    {
      schema: {
        tags,
        summary:
          "Change the cooperation's model (lead/admin of either side; on the timeline) or the partner's notes (partner members); send the version you read (0 before the first write)",
        params: cooperationParamsSchema,
        body: updateCooperationSchema,
        response: { 200: cooperationDetailSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => updateCooperation(contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/cooperation-models',
    {
      schema: {
        tags,
        summary: "Cooperation models: built-in, instance-wide and my municipality's",
        querystring: cooperationModelListQuerySchema,
        response: { 200: cooperationModelListSchema, ...problems(400, 401) },
      },
    },
    async (request) => listModels(contextOf(request), request.query),
  );

  app.post(
    '/cooperation-models',
    {
      schema: {
        tags,
        summary:
          'Add a cooperation model: instance-wide (instance admins) or for a municipality (its planners)',
        body: createCooperationModelSchema,
        response: { 201: cooperationModelSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await createModel(contextOf(request), request.body)),
  );
};
