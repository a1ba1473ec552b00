import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf, problems } from '../../http/context';
import {
  answerProposalSchema,
  createProposalSchema,
  proposalListQuerySchema,
  proposalListSchema,
  proposalParamsSchema,
  proposalSchema,
  versionSchema,
} from './proposal-schemas';
import { answerProposal, createProposal, getProposal, listProposals, withdrawProposal } from './proposals';

/**
 * Proposals of a cooperation model: made, listed and withdrawn by planners under /planning; read and answered
 * by the two sides at /proposals/{id} (centre leads get 403 on every planning endpoint, decision 016).
 */
export const proposalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/planning/proposals',
    {
      schema: {
        tags: ['Planning'],
        summary: 'The proposals of cooperation models in a municipality, newest first (planner)',
        querystring: proposalListQuerySchema,
        response: { 200: proposalListSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => listProposals(contextOf(request), request.query),
  );

  app.post(
    '/planning/proposals',
    {
      schema: {
        tags: ['Planning'],
        summary: 'Propose a cooperation model to a family centre and a partner; their leads get an e-mail',
        body: createProposalSchema,
        response: { 201: proposalSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await createProposal(contextOf(request), request.body)),
  );

  app.post(
    '/planning/proposals/:id/withdrawal',
    {
      schema: {
        tags: ['Planning'],
        summary: 'Withdraw an open proposal (planner; send the version you read)',
        params: proposalParamsSchema,
        body: versionSchema,
        response: { 200: proposalSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => withdrawProposal(contextOf(request), request.params.id, request.body.version),
  );

  app.get(
    '/proposals/:id',
    {
      schema: {
        tags: ['Proposals'],
        summary: 'A proposal of the Jugendamt to my family centre or partner organisation',
        params: proposalParamsSchema,
        response: { 200: proposalSchema, ...problems(401, 404) },
      },
    },
    async (request) => getProposal(contextOf(request), request.params.id),
  );

  app.put(
    '/proposals/:id',
    {
      schema: {
        tags: ['Proposals'],
        summary:
          'Accept or decline a proposal (lead or admin of the centre or the partner; the first answer decides)',
        params: proposalParamsSchema,
        body: answerProposalSchema,
        response: { 200: proposalSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => answerProposal(contextOf(request), request.params.id, request.body),
  );
};
