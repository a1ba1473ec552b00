import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { getNetworkForExport } from '../directory/relationships';
import { centreParamsSchema } from '../directory/schemas';
import { networkCsv, networkVcards } from './network-exports';

const tags = ['Exports'];

function attachment(name: string) {
  return `attachment; filename="${name.replace(/[^\w.-]+/g, '-')}"`;
}

export const interopRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/centres/:centreId/network.csv',
    {
      schema: {
        tags,
        summary: "The centre's network as CSV (semicolon-separated, UTF-8 with BOM)",
        params: centreParamsSchema,
        response: { 200: z.string(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const network = await getNetworkForExport(contextOf(request), request.params.centreId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(`netzwerk-${network.centreName}.csv`))
        .send(networkCsv(network));
    },
  );

  app.get(
    '/centres/:centreId/contacts.vcf',
    {
      schema: {
        tags,
        summary: "Contact persons of the centre's partners as vCards",
        params: centreParamsSchema,
        response: { 200: z.string(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const network = await getNetworkForExport(contextOf(request), request.params.centreId);
      return reply
        .type('text/vcard; charset=utf-8')
        .header('content-disposition', attachment(`kontakte-${network.centreName}.vcf`))
        .send(networkVcards(network));
    },
  );
};
