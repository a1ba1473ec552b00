import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { listSchema } from '../../http/pagination';
import { acceptInvitation, describeInvitation } from './accept-invitation';
import { signInAs } from './auth-routes';
import { changeMemberRole } from './change-member-role';
import { inviteMember, listInvitations } from './invite-member';
import { listMembers } from './list-members';
import * as me from './me';
import { mySessionsRoutes } from './my-sessions-routes';
import { removeMember } from './remove-member';
import { revokeInvitation } from './revoke-invitation';
import {
  acceptInvitationSchema,
  apiKeySchema,
  createApiKeySchema,
  createInvitationSchema,
  createOrganizationSchema,
  districtSchema,
  idParamsSchema,
  invitationByTokenSchema,
  invitationSchema,
  memberParamsSchema,
  memberSchema,
  meSchema,
  municipalitySchema,
  organizationListQuerySchema,
  organizationSchema,
  tokenParamsSchema,
  updateMemberSchema,
  updateOrganizationSchema,
} from './schemas';
import * as service from './service';

const organizationsTag = { tags: ['Organisations'] };
const membersTag = { tags: ['Members and invitations'] };

export const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(mySessionsRoutes);

  app.get(
    '/me',
    {
      schema: {
        tags: ['Me'],
        summary: 'The signed-in person with memberships and roles',
        response: { 200: meSchema, ...problems(401) },
      },
    },
    async (request) => me.describeMe(contextOf(request)),
  );

  app.get(
    '/me/api-keys',
    {
      schema: {
        tags: ['Me'],
        summary: 'My API keys',
        response: { 200: listSchema(apiKeySchema), ...problems(401) },
      },
    },
    async (request) => ({ ...(await me.listApiKeys(contextOf(request))), nextCursor: null }),
  );

  app.post(
    '/me/api-keys',
    {
      schema: {
        tags: ['Me'],
        summary:
          'Create an API key for machine clients (shown once). Needs a signed-in session (an API key gets 403); the key expires after API_KEY_MAX_DAYS (default 365) or the shorter `expiresInDays`',
        body: createApiKeySchema,
        response: { 201: apiKeySchema.extend({ key: z.string() }), ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await me.createApiKey(contextOf(request), request.credential, request.body)),
  );

  app.delete(
    '/me/api-keys/:id',
    {
      schema: {
        tags: ['Me'],
        summary: 'Delete an API key',
        params: idParamsSchema,
        response: { 204: z.null(), ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      await me.deleteApiKey(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/organizations',
    {
      schema: {
        ...organizationsTag,
        summary: 'List organisations',
        querystring: organizationListQuerySchema,
        response: { 200: listSchema(organizationSchema), ...problems(400, 401) },
      },
    },
    async (request) => service.listOrganizations(contextOf(request), request.query),
  );

  app.get(
    '/organizations/:id',
    {
      schema: {
        ...organizationsTag,
        summary: 'Read an organisation',
        params: idParamsSchema,
        response: { 200: organizationSchema, ...problems(401, 404) },
      },
    },
    async (request) => service.getOrganization(contextOf(request), request.params.id),
  );

  app.post(
    '/organizations',
    {
      schema: {
        ...organizationsTag,
        summary: 'Create an organisation (instance admin, planner of the municipality, admin of the Träger)',
        body: createOrganizationSchema,
        response: { 201: organizationSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createOrganizationRecord(contextOf(request), request.body)),
  );

  app.patch(
    '/organizations/:id',
    {
      schema: {
        ...organizationsTag,
        summary: 'Change an organisation (send the version you read; a stale version gets 409)',
        params: idParamsSchema,
        body: updateOrganizationSchema,
        response: { 200: organizationSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => service.updateOrganization(contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/municipalities',
    {
      schema: {
        ...organizationsTag,
        summary: 'Municipalities (reference data)',
        response: { 200: z.object({ items: z.array(municipalitySchema) }), ...problems(401) },
      },
    },
    async (request) => service.listMunicipalities(contextOf(request)),
  );

  app.get(
    '/municipalities/:id/districts',
    {
      schema: {
        ...organizationsTag,
        summary: 'Districts (Sozialräume) of a municipality',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(districtSchema) }), ...problems(401, 404) },
      },
    },
    async (request) => service.listDistricts(contextOf(request), request.params.id),
  );

  app.get(
    '/organizations/:id/members',
    {
      schema: {
        ...membersTag,
        summary: 'Members of an organisation with their roles',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(memberSchema) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => listMembers(contextOf(request), request.params.id),
  );

  app.patch(
    '/organizations/:id/members/:membershipId',
    {
      schema: {
        ...membersTag,
        summary: "Change a member's role (organisation admin)",
        params: memberParamsSchema,
        body: updateMemberSchema,
        response: {
          200: z.object({ items: z.array(memberSchema) }),
          ...problems(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request) =>
      changeMemberRole(contextOf(request), request.params.id, request.params.membershipId, request.body.role),
  );

  app.delete(
    '/organizations/:id/members/:membershipId',
    {
      schema: {
        ...membersTag,
        summary: 'Remove a member (organisation admin)',
        params: memberParamsSchema,
        response: { 204: z.null(), ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await removeMember(contextOf(request), request.params.id, request.params.membershipId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/organizations/:id/invitations',
    {
      schema: {
        ...membersTag,
        summary: 'Pending invitations (organisation admin)',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(invitationSchema) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => listInvitations(contextOf(request), request.params.id),
  );

  app.post(
    '/organizations/:id/invitations',
    {
      schema: {
        ...membersTag,
        summary: 'Invite a person by e-mail (the link goes out through the outbox)',
        params: idParamsSchema,
        body: createInvitationSchema,
        response: { 201: invitationSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inviteMember(contextOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/invitations/:id',
    {
      schema: {
        ...membersTag,
        summary: 'Revoke a pending invitation',
        params: idParamsSchema,
        response: { 204: z.null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeInvitation(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/invitations/by-token/:token',
    {
      // The link is the credential: no sign-in needed.
      config: { public: true },
      schema: {
        ...membersTag,
        summary: 'What an invitation link offers (no sign-in needed)',
        params: tokenParamsSchema,
        response: { 200: invitationByTokenSchema, ...problems(404) },
      },
    },
    async (request) => describeInvitation(contextOf(request), request.params.token),
  );

  app.post(
    '/invitations/by-token/:token/accept',
    {
      // The token is a credential, and the body may carry a password.
      config: { rateLimit: app.limits.perClient, public: true },
      schema: {
        ...membersTag,
        summary: 'Accept an invitation: signed in, or with name and password to create the account',
        params: tokenParamsSchema,
        body: acceptInvitationSchema,
        response: {
          200: z.object({ organizationId: z.uuid() }),
          ...problems(400, 401, 403, 404, 409, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const result = await acceptInvitation(contextOf(request), request.params.token, request.body);
      if (result.created && request.body.password) {
        await signInAs(request, reply, result.email, request.body.password);
      }
      return { organizationId: result.organizationId };
    },
  );
};
