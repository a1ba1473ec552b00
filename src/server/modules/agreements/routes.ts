import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { listSchema } from '../../http/pagination';
import { capacityWarningsField } from '../cooperations/capacity-warnings';
import * as attention from './attention';
import * as collaboration from './collaboration';
import * as documents from './document-service';
import * as framework from './framework';
import {
  agreementListQuerySchema,
  agreementSchema,
  agreementSummarySchema,
  attentionQuerySchema,
  attentionResultSchema,
  commentListQuerySchema,
  commentSchema,
  createAgreementSchema,
  createCommentSchema,
  createSignatureSchema,
  diffQuerySchema,
  documentQuerySchema,
  frameworkResultSchema,
  frameworkSchema,
  idParamsSchema,
  MAX_SIGNED_PDF_BYTES,
  resolveCommentSchema,
  sharingSchema,
  signatureSchema,
  transitionSchema,
  updateAgreementSchema,
  versionContentSchema,
  versionDiffSchema,
  versionListItemSchema,
  versionParamsSchema,
} from './schemas';
import * as service from './service';
import * as signatures from './signatures';
import { templateRoutes } from './template-routes';

const tags = ['Agreements'];
const binary = z.any().meta({ type: 'string', format: 'binary' });

export const agreementsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(templateRoutes);

  app.get(
    '/agreements',
    {
      schema: {
        tags,
        summary: 'Agreements the actor may see; filters: party, status, dueBefore, needsAttention',
        querystring: agreementListQuerySchema,
        response: { 200: listSchema(agreementSummarySchema), ...problems(400, 401) },
      },
    },
    async (request) => service.listAgreements(contextOf(request), request.query),
  );

  app.post(
    '/agreements',
    {
      schema: {
        tags,
        summary: 'Create an agreement (draft) from a template or blank',
        body: createAgreementSchema,
        response: { 201: agreementSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createAgreement(contextOf(request), request.body)),
  );

  app.get(
    '/agreements/attention',
    {
      schema: {
        tags,
        summary: 'Agreements needing attention, for an organisation or (planners) a municipality',
        querystring: attentionQuerySchema,
        response: { 200: attentionResultSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => attention.attentionList(contextOf(request), request.query),
  );

  app.post(
    '/agreements/framework',
    {
      schema: {
        tags,
        summary:
          'Jugendamt framework ("Basiskooperation"): one agreement per counselling centre × family centre of a district',
        body: frameworkSchema,
        response: { 201: frameworkResultSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await framework.createFramework(contextOf(request), request.body)),
  );

  app.get(
    '/agreements/:id',
    {
      schema: {
        tags,
        summary: 'An agreement; the content only for parties (and planners if shared)',
        params: idParamsSchema,
        response: { 200: agreementSchema, ...problems(401, 404) },
      },
    },
    async (request) => service.getAgreement(contextOf(request), request.params.id),
  );

  app.patch(
    '/agreements/:id',
    {
      schema: {
        tags,
        summary:
          'Change the draft (send the version you read); on a signed agreement this starts a new version',
        params: idParamsSchema,
        body: updateAgreementSchema,
        response: { 200: agreementSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => service.updateAgreement(contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/agreements/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Move the agreement on in its lifecycle',
        params: idParamsSchema,
        body: transitionSchema,
        response: {
          200: agreementSchema.extend(capacityWarningsField),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request) => service.transition(contextOf(request), request.params.id, request.body),
  );

  app.put(
    '/agreements/:id/sharing',
    {
      schema: {
        tags,
        summary: "Share the agreement's content with the Jugendamt planners (or stop sharing)",
        params: idParamsSchema,
        body: sharingSchema,
        response: { 200: agreementSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => service.setSharing(contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/agreements/:id/comments',
    {
      schema: {
        tags,
        summary: 'Review comments per section',
        params: idParamsSchema,
        querystring: commentListQuerySchema,
        response: { 200: z.object({ items: z.array(commentSchema) }), ...problems(401, 404) },
      },
    },
    async (request) =>
      collaboration.listComments(contextOf(request), request.params.id, request.query.version),
  );

  app.post(
    '/agreements/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment on a section of the current version (send the version you read)',
        params: idParamsSchema,
        body: createCommentSchema,
        response: { 201: commentSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await collaboration.addComment(contextOf(request), request.params.id, request.body)),
  );

  app.post(
    '/agreements/:id/comments/:commentId/resolve',
    {
      schema: {
        tags,
        summary: 'Mark a review comment as resolved (send the version you read)',
        params: z.object({ id: z.uuid(), commentId: z.uuid() }),
        body: resolveCommentSchema,
        response: { 200: commentSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      collaboration.resolveComment(
        contextOf(request),
        request.params.id,
        request.params.commentId,
        request.body,
      ),
  );

  app.get(
    '/agreements/:id/signatures',
    {
      schema: {
        tags,
        summary: 'Signatures of all versions',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(signatureSchema) }), ...problems(401, 404) },
      },
    },
    async (request) => signatures.listSignatures(contextOf(request), request.params.id),
  );

  app.post(
    '/agreements/:id/signatures',
    {
      // A base64-encoded PDF of 10 MB is about 13.4 MB of JSON.
      bodyLimit: Math.ceil((MAX_SIGNED_PDF_BYTES * 4) / 3) + 64 * 1024,
      schema: {
        tags,
        summary:
          'Record the signature of a party (lead/admin of the party), optionally with the scanned signed PDF',
        params: idParamsSchema,
        body: createSignatureSchema,
        response: { 201: signatureSchema, ...problems(400, 401, 403, 404, 409, 413, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await signatures.sign(contextOf(request), request.params.id, request.body)),
  );

  app.get(
    '/agreements/:id/signatures/:signatureId/document.pdf',
    {
      schema: {
        tags,
        summary: 'The scanned signed PDF of a signature',
        params: z.object({ id: z.uuid(), signatureId: z.uuid() }),
        response: { 200: binary, ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const file = await signatures.signedPdf(
        contextOf(request),
        request.params.id,
        request.params.signatureId,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${encodeURIComponent(file.name)}"`)
        .send(file.bytes);
    },
  );

  app.get(
    '/agreements/:id/versions',
    {
      schema: {
        tags,
        summary: 'All versions, newest first',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(versionListItemSchema) }), ...problems(401, 404) },
      },
    },
    async (request) => service.listVersions(contextOf(request), request.params.id),
  );

  app.get(
    '/agreements/:id/versions/:number',
    {
      schema: {
        tags,
        summary: 'The content of one version',
        params: versionParamsSchema,
        response: { 200: versionContentSchema, ...problems(401, 404) },
      },
    },
    async (request) => service.getVersion(contextOf(request), request.params.id, request.params.number),
  );

  app.get(
    '/agreements/:id/versions/:number/diff',
    {
      schema: {
        tags,
        summary: 'What changed between two versions, section by section',
        params: versionParamsSchema,
        querystring: diffQuerySchema,
        response: { 200: versionDiffSchema, ...problems(401, 404) },
      },
    },
    async (request) =>
      service.diffVersions(
        contextOf(request),
        request.params.id,
        request.query.against,
        request.params.number,
      ),
  );

  for (const format of ['pdf', 'docx'] as const) {
    app.get(
      `/agreements/:id/document.${format}`,
      {
        schema: {
          tags,
          summary: `The agreement as ${format.toUpperCase()} (current version, or ?version=n)`,
          params: idParamsSchema,
          querystring: documentQuerySchema,
          response: { 200: binary, ...problems(401, 404) },
        },
      },
      async (request, reply) => {
        const file = await documents.renderDocument(
          contextOf(request),
          request.params.id,
          request.query.version,
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
