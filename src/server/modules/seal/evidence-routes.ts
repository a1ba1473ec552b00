import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { download } from '../../http/openapi-downloads';
import { createEvidence, deleteEvidence, evidenceFile, listEvidence, updateEvidence } from './evidence';
import {
  createEvidenceSchema,
  evidenceParamsSchema,
  MAX_EVIDENCE_PDF_BYTES,
  manualEvidenceListSchema,
  manualEvidenceSchema,
  updateEvidenceSchema,
  versionQuerySchema,
} from './evidence-schemas';
import { subjectPathSchema } from './schemas';

const tags = ['Quality seal'];
const binary = z.any().meta({ type: 'string', format: 'binary' });

/** The evidence part of /api/v1/seal (issue 19 §3): manual evidence, a PDF or a note. */
export const evidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/seal/centres/:id/evidence',
    {
      schema: {
        tags,
        summary: 'The manual evidence (PDFs and notes) of a centre or Verbund’s facilities, newest first',
        params: subjectPathSchema,
        response: { 200: manualEvidenceListSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => listEvidence(contextOf(request), request.params.id),
  );

  app.post(
    '/seal/centres/:id/evidence',
    {
      // A base64 PDF of up to 10 MB is a third larger than the file.
      bodyLimit: Math.ceil((MAX_EVIDENCE_PDF_BYTES * 4) / 3) + 64 * 1024,
      schema: {
        tags,
        summary:
          'Record manual evidence: a PDF (base64, at most 10 MB) or a note, for criteria of the edition',
        params: subjectPathSchema,
        body: createEvidenceSchema,
        response: { 201: manualEvidenceSchema, ...problems(400, 401, 403, 404, 413, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createEvidence(contextOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/seal/evidence/:id',
    {
      schema: {
        tags,
        summary: 'Change manual evidence: title, note, criteria, dates (send the version you read)',
        params: evidenceParamsSchema,
        body: updateEvidenceSchema,
        response: { 200: manualEvidenceSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => updateEvidence(contextOf(request), request.params.id, request.body),
  );

  app.delete(
    '/seal/evidence/:id',
    {
      schema: {
        tags,
        summary: 'Remove manual evidence (its author or the facility’s leads; send the version you read)',
        params: evidenceParamsSchema,
        querystring: versionQuerySchema,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteEvidence(contextOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/seal/evidence/:id/file',
    {
      schema: {
        tags,
        summary: 'The uploaded PDF of manual evidence',
        params: evidenceParamsSchema,
        response: { 200: download('application/pdf', binary, 'The PDF'), ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const file = await evidenceFile(contextOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${encodeURIComponent(file.name)}"`)
        .send(file.bytes);
    },
  );
};
