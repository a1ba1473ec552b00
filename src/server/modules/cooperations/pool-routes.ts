import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import { producePoolFramework, setAllocations, suggestAllocations } from './pool-allocations';
import { deletePoolRequest, putPoolRequest } from './pool-requests';
import {
  allocationsInputSchema,
  createPoolSchema,
  poolCentreParamsSchema,
  poolListQuerySchema,
  poolListSchema,
  poolParamsSchema,
  poolRequestInputSchema,
  poolSchema,
  producedAgreementsSchema,
  suggestionQuerySchema,
  suggestionSchema,
  updatePoolSchema,
  versionSchema,
} from './pool-schemas';
import { confirmPool, createPool, getPool, listPools, updatePool } from './pools';

const tags = ['Capacity pools'];

/** Pooled capacity brokered by the Jugendamt (issue 17 §6). */
export const poolRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/capacity-pools',
    {
      schema: {
        tags,
        summary:
          'Pools I plan (planners), pools of my partner organisation, and pools serving my family centre’s district',
        querystring: poolListQuerySchema,
        response: { 200: poolListSchema, ...problems(400, 401) },
      },
    },
    async (request) => listPools(contextOf(request), request.query),
  );

  app.post(
    '/capacity-pools',
    {
      schema: {
        tags,
        summary: 'Create a pool of a partner’s hours for the centres of some districts (planner)',
        body: createPoolSchema,
        response: { 201: poolSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await createPool(contextOf(request), request.body)),
  );

  app.get(
    '/capacity-pools/:id',
    {
      schema: {
        tags,
        summary:
          'A pool as I may see it: planners everything, the partner the allocations, a centre its own request and hours',
        params: poolParamsSchema,
        response: { 200: poolSchema, ...problems(401, 404) },
      },
    },
    async (request) => getPool(contextOf(request), request.params.id),
  );

  app.put(
    '/capacity-pools/:id',
    {
      schema: {
        tags,
        summary: 'Change a pool (planner; send the version you read)',
        params: poolParamsSchema,
        body: updatePoolSchema,
        response: { 200: poolSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => updatePool(contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/capacity-pools/:id/confirmation',
    {
      schema: {
        tags,
        summary: 'The partner confirms it gives the pool’s hours (lead or admin of the partner)',
        params: poolParamsSchema,
        body: versionSchema,
        response: { 200: poolSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => confirmPool(contextOf(request), request.params.id, request.body.version),
  );

  app.put(
    '/capacity-pools/:id/requests/:centreId',
    {
      schema: {
        tags,
        summary: 'Ask for a share of the pool for a family centre it serves (lead or admin of the centre)',
        params: poolCentreParamsSchema,
        body: poolRequestInputSchema,
        response: { 200: poolSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      putPoolRequest(contextOf(request), request.params.id, request.params.centreId, request.body),
  );

  app.delete(
    '/capacity-pools/:id/requests/:centreId',
    {
      schema: {
        tags,
        summary: 'Withdraw a centre’s request (lead or admin of the centre)',
        params: poolCentreParamsSchema,
        response: { 200: poolSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => deletePoolRequest(contextOf(request), request.params.id, request.params.centreId),
  );

  app.put(
    '/capacity-pools/:id/allocations',
    {
      schema: {
        tags,
        summary:
          'Allocate the pool’s hours to centres (planner; replaces the whole set; the sum may not exceed the pool)',
        params: poolParamsSchema,
        body: allocationsInputSchema,
        response: { 200: poolSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => setAllocations(contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/capacity-pools/:id/suggestion',
    {
      schema: {
        tags,
        summary:
          'A fair-share suggestion: equal shares or weighted by the need figure per district (planner)',
        params: poolParamsSchema,
        querystring: suggestionQuerySchema,
        response: { 200: suggestionSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => suggestAllocations(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/capacity-pools/:id/framework-agreements',
    {
      schema: {
        tags,
        summary:
          'Produce the Jugendamt’s framework agreements (Basiskooperation) from the allocations, one per centre (planner)',
        params: poolParamsSchema,
        response: { 201: producedAgreementsSchema, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await producePoolFramework(contextOf(request), request.params.id)),
  );
};
