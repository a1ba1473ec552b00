import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import {
  createTemplateSchema,
  idParamsSchema,
  templateListQuerySchema,
  templateListSchema,
  templateSchema,
  updateTemplateSchema,
} from './schemas';
import * as templates from './templates';

const tags = ['Agreements'];

/** The templates agreements start from: built-in, instance-wide, or a Träger's own. */
export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/agreement-templates',
    {
      schema: {
        tags,
        summary: 'Templates: the built-in ones, and those of the Träger the actor belongs to',
        querystring: templateListQuerySchema,
        response: { 200: templateListSchema, ...problems(400, 401) },
      },
    },
    async (request) => templates.listTemplates(contextOf(request), request.query),
  );

  app.get(
    '/agreement-templates/:id',
    {
      schema: {
        tags,
        summary: 'One template (built-in, or of a Träger the actor belongs to)',
        params: idParamsSchema,
        response: { 200: templateSchema, ...problems(401, 404) },
      },
    },
    async (request) => templates.getTemplate(contextOf(request), request.params.id),
  );

  app.post(
    '/agreement-templates',
    {
      schema: {
        tags,
        summary: "Add a template (a Träger's own, or instance-wide by instance admins)",
        body: createTemplateSchema,
        response: { 201: templateSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await templates.createTemplate(contextOf(request), request.body)),
  );

  app.patch(
    '/agreement-templates/:id',
    {
      schema: {
        tags,
        summary: 'Change a template (send the version you read)',
        params: idParamsSchema,
        body: updateTemplateSchema,
        response: { 200: templateSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => templates.updateTemplate(contextOf(request), request.params.id, request.body),
  );
};
