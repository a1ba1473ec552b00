import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import {
  getCurrentEdition,
  getEdition,
  importEdition,
  listEditions,
  makeCurrent,
  previewEdition,
} from './catalogue';
import {
  editionListSchema,
  editionParamsSchema,
  editionPreviewSchema,
  importEditionSchema,
} from './catalogue-schemas';
import { editionSchema } from './schemas';

const tags = ['Quality seal'];

/** The catalogue part of /api/v1/seal (issue 19): editions, the import with its dry run, the current one. */
export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/seal/editions',
    {
      schema: {
        tags,
        summary: 'The editions of the seal catalogue, the current one first (everyone signed in)',
        response: { 200: editionListSchema, ...problems(401) },
      },
    },
    async (request) => listEditions(contextOf(request)),
  );

  app.get(
    '/seal/editions/current',
    {
      schema: {
        tags,
        summary: 'The current edition with its areas and criteria (new cycles use it)',
        response: { 200: editionSchema, ...problems(401, 404) },
      },
    },
    async (request) => getCurrentEdition(contextOf(request)),
  );

  app.get(
    '/seal/editions/:id',
    {
      schema: {
        tags,
        summary: 'An edition with its areas (minimum counts) and criteria (evidence kinds, partner kinds)',
        params: editionParamsSchema,
        response: { 200: editionSchema, ...problems(400, 401, 404) },
      },
    },
    async (request) => getEdition(contextOf(request), request.params.id),
  );

  app.post(
    '/seal/editions/preview',
    {
      schema: {
        tags,
        summary:
          'Dry run of an import (instance admin): the edition as it would be written, or every problem with its line; writes nothing',
        body: importEditionSchema,
        response: { 200: editionPreviewSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => previewEdition(contextOf(request), request.body),
  );

  app.post(
    '/seal/editions',
    {
      schema: {
        tags,
        summary:
          'Import an edition from JSON or CSV (instance admin), not yet current; any problem: 400 with line-numbered errors, nothing written',
        body: importEditionSchema,
        response: { 201: editionSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => reply.status(201).send(await importEdition(contextOf(request), request.body)),
  );

  app.post(
    '/seal/editions/:id/current',
    {
      schema: {
        tags,
        summary: 'Make an edition the current one (instance admin); cycles keep the edition they have',
        params: editionParamsSchema,
        response: { 200: editionSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => makeCurrent(contextOf(request), request.params.id),
  );
};
