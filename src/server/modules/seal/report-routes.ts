import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { download } from '../../http/openapi-downloads';
import { calendarDateSchema } from '../../http/time-schemas';
import { renderSealBundle } from './bundle';
import { renderSealReport } from './report-service';
import { subjectPathSchema } from './schemas';

const tags = ['Quality seal'];
const binary = z.any().meta({ type: 'string', format: 'binary' });

const reportQuerySchema = z.object({
  at: calendarDateSchema.optional().meta({
    description: 'Check agreements, cooperations, rooms and manual evidence at this day (default today)',
  }),
});

/**
 * The report part of /api/v1/seal (issue 19 §5): the self-check as a tagged German PDF and the evidence
 * bundle as ZIP, for whoever may download a subject's bundle (its members, its Verbund, the Träger's leads).
 */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const files = [
    {
      path: '/seal/centres/:id/report.pdf',
      summary:
        'The self-check as a tagged German PDF: per area the criteria met or not with their evidence, gaps with next steps, warnings and the re-submission checklist of agreements',
      mediaType: 'application/pdf',
      description: 'The self-check report (PDF)',
      render: renderSealReport,
    },
    {
      path: '/seal/centres/:id/bundle.zip',
      summary:
        'The evidence bundle for the certifier: the report PDF, the signed agreements’ PDFs, the offerings as CSV (angebote.csv), the manual evidence files and checkliste.txt',
      mediaType: 'application/zip',
      description: 'The evidence bundle (ZIP)',
      render: renderSealBundle,
    },
  ];
  for (const file of files) {
    app.get(
      file.path,
      {
        schema: {
          tags,
          summary: file.summary,
          params: subjectPathSchema,
          querystring: reportQuerySchema,
          response: {
            200: download(file.mediaType, binary, file.description),
            ...problems(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const answer = await file.render(contextOf(request), request.params.id, request.query.at);
        return reply
          .type(answer.contentType)
          .header('content-disposition', `attachment; filename="${answer.fileName}"`)
          .header('cache-control', 'private, no-store')
          .send(answer.bytes);
      },
    );
  }
};
