import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { download } from '../../http/openapi-downloads';
import { planningReportSchema, reportQuerySchema } from './report-schemas';
import { getReport, REPORT_MEDIA_TYPES, renderReport } from './report-service';

const tags = ['Planning'];
const binary = z.any().meta({ type: 'string', format: 'binary' });

/** The yearly report for the Jugendhilfeausschuss: the tables as JSON (the page's preview), PDF and XLSX. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/planning/report',
    {
      schema: {
        tags,
        summary:
          'The yearly report for the youth welfare committee: per-district tables (need, coverage, gaps) of the year and the year before',
        querystring: reportQuerySchema,
        response: { 200: planningReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => getReport(contextOf(request), request.query.municipalityId, request.query.year),
  );

  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(
      `/planning/report.${format}`,
      {
        schema: {
          tags,
          summary: `The yearly report as ${format === 'pdf' ? 'a tagged German PDF' : 'an XLSX workbook (a sheet per table)'}`,
          querystring: reportQuerySchema,
          response: {
            200: download(REPORT_MEDIA_TYPES[format], binary, `The report as ${format.toUpperCase()}`),
            ...problems(400, 401, 403, 404),
          },
        },
      },
      async (request, reply) => {
        const file = await renderReport(
          contextOf(request),
          request.query.municipalityId,
          request.query.year,
          format,
        );
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('cache-control', 'private, no-store')
          .send(file.bytes);
      },
    );
  }
};
