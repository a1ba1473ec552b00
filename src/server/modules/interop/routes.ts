import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { translate } from '../../http/i18n';
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
      const ctx = contextOf(request);
      const network = await getNetworkForExport(ctx, request.params.centreId);
      const name = translate(ctx.locale, 'interop.file.network', { centre: network.centreName });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(name))
        .header('content-language', ctx.locale)
        .header('vary', 'accept-language')
        .send(networkCsv(network, ctx.locale));
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
      const ctx = contextOf(request);
      const network = await getNetworkForExport(ctx, request.params.centreId);
      const name = translate(ctx.locale, 'interop.file.contacts', { centre: network.centreName });
      return reply
        .type('text/vcard; charset=utf-8')
        .header('content-disposition', attachment(name))
        .send(networkVcards(network));
    },
  );
};
