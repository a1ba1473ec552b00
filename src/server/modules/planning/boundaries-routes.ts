import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import { importBoundaries, listBoundaries } from './boundaries';
import { boundariesImportedSchema, boundariesSchema, importBoundariesSchema } from './boundaries-schemas';
import { getNeedFigures, importNeedFiguresCsv, saveNeedFigures } from './need-figures';
import {
  importNeedFiguresSchema,
  needFiguresImportedSchema,
  needFiguresQuerySchema,
  needFiguresSchema,
  saveNeedFiguresSchema,
} from './need-figures-schemas';
import { municipalityQuerySchema } from './schemas';

const tags = ['Planning'];

/** A municipality's district file can be several megabytes (the usual 1 MB limit is too small). */
const BOUNDARIES_BODY_LIMIT = 20 * 1024 * 1024;

/** Planning: district boundaries (GeoJSON import) and need figures per district and year (form, CSV). */
export const boundariesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/planning/boundaries',
    {
      schema: {
        tags,
        summary:
          "The municipality's district boundaries as a GeoJSON FeatureCollection (simplified for maps)",
        querystring: municipalityQuerySchema,
        response: { 200: boundariesSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => listBoundaries(contextOf(request), request.query.municipalityId),
  );

  app.post(
    '/planning/boundaries',
    {
      bodyLimit: BOUNDARIES_BODY_LIMIT,
      schema: {
        tags,
        summary:
          "Import district boundaries from GeoJSON (the file's districts are replaced, others kept); any invalid feature: 400 naming it, nothing written",
        querystring: municipalityQuerySchema,
        body: importBoundariesSchema,
        response: { 200: boundariesImportedSchema, ...problems(400, 401, 403, 404, 413) },
      },
    },
    async (request) => importBoundaries(contextOf(request), request.query.municipalityId, request.body),
  );

  app.get(
    '/planning/need-figures',
    {
      schema: {
        tags,
        summary:
          'Every district with its need figures of the year (nulls where none), and the years recorded',
        querystring: needFiguresQuerySchema,
        response: { 200: needFiguresSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => getNeedFigures(contextOf(request), request.query.municipalityId, request.query.year),
  );

  app.put(
    '/planning/need-figures',
    {
      schema: {
        tags,
        summary:
          "Save the need figures of a year for the districts given (send each district's version; 409 if someone saved in between)",
        querystring: municipalityQuerySchema,
        body: saveNeedFiguresSchema,
        response: { 200: needFiguresSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => saveNeedFigures(contextOf(request), request.query.municipalityId, request.body),
  );

  app.post(
    '/planning/need-figures/import',
    {
      schema: {
        tags,
        summary:
          'Import need figures from CSV (one line per district and year); any bad line: 400 with line-numbered errors, nothing written',
        querystring: municipalityQuerySchema,
        body: importNeedFiguresSchema,
        response: { 200: needFiguresImportedSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => importNeedFiguresCsv(contextOf(request), request.query.municipalityId, request.body),
  );
};
