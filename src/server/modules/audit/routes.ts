import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { listQuerySchema, listSchema } from '../../http/pagination';
import { listAuditEntries } from './service';

const auditEntrySchema = z.object({
  id: z.uuid(),
  at: z.date(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  entityType: z.string(),
  entityId: z.uuid(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

const auditQuerySchema = listQuerySchema.extend({
  entityId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['Audit'],
        summary: "History of changes (organisation admins: their organisation's records)",
        querystring: auditQuerySchema,
        response: { 200: listSchema(auditEntrySchema), ...problems(400, 401) },
      },
    },
    async (request) => listAuditEntries(contextOf(request), request.query),
  );
};
