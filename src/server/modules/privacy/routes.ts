import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { download } from '../../http/openapi-downloads';
import { erasePerson } from './erase';
import { exportFileName, exportPersonalData } from './export';
import { erasureResultSchema, personalDataSchema } from './schemas';

const tags = ['Personal data'];

export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me/personal-data',
    {
      schema: {
        tags,
        summary: 'Download everything stored about me (DSGVO Art. 15 and 20) as a JSON file',
        response: {
          200: download('application/json', personalDataSchema, 'The personal data as a JSON file'),
          ...problems(401),
        },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const data = await exportPersonalData(ctx);
      return reply
        .header(
          'content-disposition',
          `attachment; filename="${exportFileName(ctx.actor?.name ?? '', data.exportedAt)}"`,
        )
        .header('cache-control', 'no-store')
        .send(data);
    },
  );

  app.delete(
    '/users/:id',
    {
      schema: {
        tags,
        summary:
          'Erase a person (DSGVO Art. 17; organisation or instance admin). The whole account goes when the person belongs only to organisations you administer: sessions, sign-in, API keys and memberships are deleted, their name and e-mail become a pseudonym in comments, signatures and the audit trail. Otherwise only the memberships in your organisations are removed; the answer says which',
        params: z.object({ id: z.uuid() }),
        response: { 200: erasureResultSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => erasePerson(contextOf(request), request.params.id),
  );
};
