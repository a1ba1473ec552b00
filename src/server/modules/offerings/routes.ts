import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { listSchema } from '../../http/pagination';
import { capacityWarningsField } from '../cooperations/capacity-warnings';
import {
  commentListQuerySchema,
  commentSchema,
  consentInputSchema,
  consentsSchema,
  createCommentSchema,
} from './collaboration-schemas';
import * as comments from './comments';
import * as consents from './consents';
import * as feeds from './feeds';
import {
  publicOfferingListSchema,
  publicOfferingQuerySchema,
  publicOfferingSchema,
  publicOptionsSchema,
} from './public-schemas';
import * as publicService from './public-service';
import {
  createOfferingSchema,
  evaluationInputSchema,
  offeringListQuerySchema,
  offeringOptionsSchema,
  offeringParamsSchema,
  offeringSchema,
  offeringSummarySchema,
  sessionParamsSchema,
  sessionSchema,
  transitionSchema,
  updateOfferingSchema,
  updateSessionSchema,
} from './schemas';
import * as service from './service';
import * as sessions from './sessions';
import { transitionOffering } from './transition-offering';

const tags = ['Offerings'];
const publicTags = ['Public offerings'];

export const offeringsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/offerings/options',
    {
      schema: {
        tags,
        summary: 'Code lists for forms: formats, statuses, responsibilities, target groups, themes, partners',
        response: { 200: offeringOptionsSchema, ...problems(401) },
      },
    },
    async (request) => service.options(contextOf(request)),
  );

  app.get(
    '/offerings',
    {
      schema: {
        tags,
        summary: 'Offerings the actor may see (co-organised, municipality for planners, published ones)',
        querystring: offeringListQuerySchema,
        response: { 200: listSchema(offeringSummarySchema), ...problems(400, 401) },
      },
    },
    async (request) => service.listOfferings(contextOf(request), request.query),
  );

  app.post(
    '/offerings',
    {
      schema: {
        tags,
        summary: 'Create an offering (status "idea") with its co-organisers and schedules',
        body: createOfferingSchema,
        response: { 201: offeringSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createOffering(contextOf(request), request.body)),
  );

  app.get(
    '/offerings/:id',
    {
      schema: {
        tags,
        summary: 'One offering with organisers, schedules, sessions and permissions',
        params: offeringParamsSchema,
        response: { 200: offeringSchema, ...problems(401, 404) },
      },
    },
    async (request) => service.getOffering(contextOf(request), request.params.id),
  );

  app.patch(
    '/offerings/:id',
    {
      schema: {
        tags,
        summary:
          'Change an offering (send the version you read). Changing organisers or schedules after agreement starts a new consent round',
        params: offeringParamsSchema,
        body: updateOfferingSchema,
        response: { 200: offeringSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => service.updateOffering(contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/offerings/:id/transitions',
    {
      schema: {
        tags,
        summary:
          'Move the offering to another status (idea → proposed → agreed → published → running → evaluated → ended, or cancelled); send the version you read',
        params: offeringParamsSchema,
        body: transitionSchema,
        response: { 200: offeringSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => transitionOffering(contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/offerings/:id/consents',
    {
      schema: {
        tags,
        summary: 'Consents of the co-organisers in the current round, and earlier rounds',
        params: offeringParamsSchema,
        response: { 200: consentsSchema, ...problems(401, 404) },
      },
    },
    async (request) => consents.listConsents(contextOf(request), request.params.id),
  );

  app.post(
    '/offerings/:id/consents',
    {
      schema: {
        tags,
        summary: "Consent for one's organisation to the current terms (status proposed, or a new round)",
        params: offeringParamsSchema,
        body: consentInputSchema,
        response: {
          201: consentsSchema.extend(capacityWarningsField),
          ...problems(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await consents.giveConsent(contextOf(request), request.params.id, request.body)),
  );

  app.get(
    '/offerings/:id/comments',
    {
      schema: {
        tags,
        summary: 'Comment thread of the co-organisers, oldest first',
        params: offeringParamsSchema,
        querystring: commentListQuerySchema,
        response: { 200: listSchema(commentSchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => comments.listComments(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/offerings/:id/comments',
    {
      schema: {
        tags,
        summary: 'Write a comment (co-organisers)',
        params: offeringParamsSchema,
        body: createCommentSchema,
        response: { 201: commentSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await comments.addComment(contextOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/offerings/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Change one session: move it, cancel it, record the number of participants',
        params: sessionParamsSchema,
        body: updateSessionSchema,
        response: { 200: sessionSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      sessions.updateSession(contextOf(request), request.params.id, request.params.sessionId, request.body),
  );

  app.put(
    '/offerings/:id/evaluation',
    {
      schema: {
        tags,
        summary: 'Write the short evaluation and the participant counts of past sessions',
        params: offeringParamsSchema,
        body: evaluationInputSchema,
        response: { 200: offeringSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => sessions.putEvaluation(contextOf(request), request.params.id, request.body),
  );

  // --- public: no sign-in; what families see is the policy's `shownToFamilies` ---

  app.get(
    '/public/offerings',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary:
          'Finder for families (no sign-in): published public offerings by text, target group, age, language, district, dates, distance from a postcode',
        querystring: publicOfferingQuerySchema,
        response: { 200: publicOfferingListSchema, ...problems(400) },
      },
    },
    async (request, reply) => {
      const json = await publicService.findOfferings(contextOf(request), request.query);
      // JSON text already (public-service.ts): fastify sends a string as it is, without the schema's serializer.
      return reply.type('application/json; charset=utf-8').send(json as never);
    },
  );

  app.get(
    '/public/offerings/options',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'Filter values of the finder: formats, target groups, languages, districts',
        querystring: z.object({ municipalityId: z.uuid().optional() }),
        response: { 200: publicOptionsSchema, ...problems(422) },
      },
    },
    async (request) => publicService.publicOptions(contextOf(request), request.query.municipalityId),
  );

  app.get(
    '/public/offerings/:id',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'A published public offering with dates, place, fee, registration and who runs it',
        params: offeringParamsSchema,
        response: { 200: publicOfferingSchema, ...problems(404) },
      },
    },
    async (request) => publicService.getPublicOffering(contextOf(request), request.params.id),
  );

  app.get(
    '/feeds/organizations/:id.ics',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'iCalendar feed of the public offerings an organisation co-organises',
        params: offeringParamsSchema,
        produces: ['text/calendar'],
        response: { 200: z.string(), ...problems(404) },
      },
    },
    async (request, reply) => {
      const body = await feeds.organizationFeed(contextOf(request), request.params.id);
      // Calendar apps poll feeds; five minutes of caching spare the server without hiding changes for long.
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(body);
    },
  );

  app.get(
    '/feeds/offerings/:id.ics',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'iCalendar feed of one public offering',
        params: offeringParamsSchema,
        produces: ['text/calendar'],
        response: { 200: z.string(), ...problems(404) },
      },
    },
    async (request, reply) => {
      const body = await feeds.offeringFeed(contextOf(request), request.params.id);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .header('content-disposition', `attachment; filename="angebot-${request.params.id}.ics"`)
        .send(body);
    },
  );
};
