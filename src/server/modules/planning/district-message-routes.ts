import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import {
  createDistrictMessageSchema,
  districtMessageListQuerySchema,
  districtMessageListSchema,
  districtMessageSchema,
} from './district-message-schemas';
import { listDistrictMessages, sendDistrictMessage } from './district-messages';

const tags = ['Planning'];

/** Messages to all family centres of a district (planner). */
export const districtMessageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/planning/district-messages',
    {
      schema: {
        tags,
        summary: 'The messages sent to the centres of a district, newest first, with the number of centres',
        querystring: districtMessageListQuerySchema,
        response: { 200: districtMessageListSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => listDistrictMessages(contextOf(request), request.query),
  );

  app.post(
    '/planning/district-messages',
    {
      schema: {
        tags,
        summary: 'Write to the leads of all family centres of a district (e-mail through the outbox)',
        body: createDistrictMessageSchema,
        response: { 201: districtMessageSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await sendDistrictMessage(contextOf(request), request.body)),
  );
};
