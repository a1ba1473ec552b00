import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { invitationSchema } from '../accounts/schemas';
import { confirmByLink, describeConfirmation, freshnessReport } from './freshness';
import { getNetwork, getRelationship, putRelationship } from './relationships';
import {
  centreParamsSchema,
  centrePartnerParamsSchema,
  claimInvitationSchema,
  createKindSchema,
  createPartnerSchema,
  deleteContactPersonQuerySchema,
  directorySearchQuerySchema,
  kindSchema,
  networkSchema,
  organizationParamsSchema,
  profileSchema,
  putRelationshipSchema,
  relationshipSchema,
  searchResultSchema,
  updateProfileSchema,
} from './schemas';
import * as service from './service';

const tags = ['Directory'];

const confirmationSchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  status: z.enum(['valid', 'used', 'expired']),
  lastConfirmedAt: z.date(),
});
const tokenParamsSchema = z.object({ token: z.string().min(20).max(400) });

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/directory/confirmations/:token',
    {
      // The signed link is the credential: no sign-in needed.
      config: { public: true },
      schema: {
        tags,
        summary: 'What a "still correct?" link confirms (no sign-in needed)',
        params: tokenParamsSchema,
        response: { 200: confirmationSchema, ...problems(404) },
      },
    },
    async (request) => describeConfirmation(contextOf(request), request.params.token),
  );

  app.post(
    '/directory/confirmations/:token',
    {
      // The signed link is the credential: no sign-in needed.
      config: { public: true },
      schema: {
        tags,
        summary: 'Confirm a profile by its link; a used or expired link gets 409 and changes nothing',
        params: tokenParamsSchema,
        response: { 200: confirmationSchema, ...problems(404, 409) },
      },
    },
    async (request) => confirmByLink(contextOf(request), request.params.token),
  );

  app.get(
    '/directory/freshness',
    {
      schema: {
        tags,
        summary: 'Planners: share of stale profiles per district and per centre',
        querystring: z.object({ municipalityId: z.uuid() }),
        response: {
          200: z.object({
            staleAfterDays: z.number().int(),
            districts: z.array(
              z.object({
                id: z.uuid().nullable(),
                name: z.string().nullable(),
                profiles: z.number(),
                stale: z.number(),
              }),
            ),
            centres: z.array(
              z.object({ id: z.uuid(), name: z.string(), partners: z.number(), stale: z.number() }),
            ),
          }),
          ...problems(400, 401, 403, 404),
        },
      },
    },
    async (request) => freshnessReport(contextOf(request), request.query.municipalityId),
  );

  app.get(
    '/directory/search',
    {
      schema: {
        tags,
        summary:
          'Find partners: text, distance, kind, language, target group, district, relationship; with facets',
        querystring: directorySearchQuerySchema,
        response: { 200: searchResultSchema, ...problems(400, 401) },
      },
    },
    async (request) => service.search(contextOf(request), request.query),
  );

  app.get(
    '/directory/kinds',
    {
      schema: {
        tags,
        summary: 'The partner taxonomy',
        response: { 200: z.object({ items: z.array(kindSchema) }), ...problems(401) },
      },
    },
    async (request) => service.listKinds(contextOf(request)),
  );

  app.post(
    '/directory/kinds',
    {
      schema: {
        tags,
        summary: 'Add a partner kind (instance admin)',
        body: createKindSchema,
        response: { 201: kindSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createKind(contextOf(request), request.body)),
  );

  app.get(
    '/directory/profiles/:organizationId',
    {
      schema: {
        tags,
        summary: "An organisation's directory profile",
        params: organizationParamsSchema,
        response: { 200: profileSchema, ...problems(401, 404) },
      },
    },
    async (request) => service.getProfile(contextOf(request), request.params.organizationId),
  );

  app.patch(
    '/directory/profiles/:organizationId',
    {
      schema: {
        tags,
        summary: 'Change a profile (send the version you read); saving also confirms it',
        params: organizationParamsSchema,
        body: updateProfileSchema,
        response: { 200: profileSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => service.updateProfile(contextOf(request), request.params.organizationId, request.body),
  );

  app.delete(
    '/directory/profiles/:organizationId/contact-persons/:contactPersonId',
    {
      schema: {
        tags,
        summary:
          'Erase a contact person (DSGVO Art. 17; send the profile version you read): the entry is deleted and its name and e-mail are replaced by a pseudonym in the profile history',
        params: organizationParamsSchema.extend({ contactPersonId: z.uuid() }),
        querystring: deleteContactPersonQuerySchema,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { organizationId, contactPersonId } = request.params;
      await service.deleteContactPerson(
        contextOf(request),
        organizationId,
        contactPersonId,
        request.query.version,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/directory/partners',
    {
      schema: {
        tags,
        summary:
          'Record a partner that has no account yet (centre leads, planners); it claims the profile later',
        body: createPartnerSchema,
        response: { 201: profileSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createPartner(contextOf(request), request.body)),
  );

  app.post(
    '/directory/profiles/:organizationId/claim-invitation',
    {
      schema: {
        tags,
        summary: 'Invite an unclaimed partner to take over its profile (joins as organisation admin)',
        params: organizationParamsSchema,
        body: claimInvitationSchema,
        response: { 201: invitationSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.inviteToClaim(contextOf(request), request.params.organizationId, request.body.email),
        ),
  );

  app.get(
    '/centres/:centreId/network',
    {
      schema: {
        tags,
        summary: "A centre's partners by status and the partner kinds it still lacks",
        params: centreParamsSchema,
        response: { 200: networkSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => getNetwork(contextOf(request), request.params.centreId),
  );

  app.get(
    '/centres/:centreId/relationships/:partnerId',
    {
      schema: {
        tags,
        summary: 'The relationship of a centre with a partner, with its status history',
        params: centrePartnerParamsSchema,
        response: { 200: relationshipSchema, ...problems(401, 404) },
      },
    },
    async (request) => getRelationship(contextOf(request), request.params.centreId, request.params.partnerId),
  );

  app.put(
    '/centres/:centreId/relationships/:partnerId',
    {
      schema: {
        tags,
        summary: 'Add a partner to the network or move the relationship on (send the version once it exists)',
        params: centrePartnerParamsSchema,
        body: putRelationshipSchema,
        response: {
          200: relationshipSchema,
          201: relationshipSchema,
          ...problems(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const { centreId, partnerId } = request.params;
      const { relationship, created } = await putRelationship(
        contextOf(request),
        centreId,
        partnerId,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(relationship);
    },
  );
};
