import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { listSchema } from '../../http/pagination';
import { findAvailability } from './availability';
import * as closures from './closures';
import { importClosures } from './closures-import';
import * as grants from './grants';
import { roomsPermissions } from './policy/rooms';
import * as rooms from './rooms';
import {
  closureParamsSchema,
  closureQuerySchema,
  closureSchema,
  createClosureSchema,
  createGrantSchema,
  createRoomSchema,
  grantParamsSchema,
  grantSchema,
  importClosuresResultSchema,
  importClosuresSchema,
  removeRoomQuerySchema,
  roomListQuerySchema,
  roomParamsSchema,
  roomSchema,
  roomsPermissionsSchema,
  updateRoomSchema,
} from './schemas';
import {
  aggregateUtilisationQuerySchema,
  aggregateUtilisationSchema,
  availabilityQuerySchema,
  availabilityResultSchema,
  roomUtilisationSchema,
  utilisationQuerySchema,
} from './search-schemas';
import { aggregateUtilisation, roomUtilisation } from './utilisation';

const tags = ['Rooms'];

/** Rooms, their grants, closures and utilisation, and the room search. */
export const roomRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/rooms',
    {
      schema: {
        tags,
        summary: 'Rooms of my organisations and rooms I may book or request, with filters',
        querystring: roomListQuerySchema,
        response: { 200: listSchema(roomSchema), ...problems(400, 401) },
      },
    },
    async (request) => rooms.listRooms(contextOf(request), request.query),
  );

  app.post(
    '/rooms',
    {
      schema: {
        tags,
        summary: 'Add a room of one of my organisations (lead or admin)',
        body: createRoomSchema,
        response: { 201: roomSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await rooms.createRoom(contextOf(request), request.body)),
  );

  app.get(
    '/rooms/availability',
    {
      schema: {
        tags,
        summary:
          'Find a room: near an organisation, postcode or coordinates; capacity, equipment, step-free; free dates of a weekly slot',
        querystring: availabilityQuerySchema,
        response: { 200: availabilityResultSchema, ...problems(400, 401) },
      },
    },
    async (request) => findAvailability(contextOf(request), request.query),
  );

  app.get(
    '/rooms/utilisation',
    {
      schema: {
        tags,
        summary:
          'Utilisation of all rooms of an organisation (members) or a municipality (planners) in a month',
        querystring: aggregateUtilisationQuerySchema,
        response: { 200: aggregateUtilisationSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => aggregateUtilisation(contextOf(request), request.query),
  );

  app.get(
    '/rooms/permissions',
    {
      schema: {
        tags,
        summary:
          'What I may do with rooms beyond a single room: where I may add rooms, whose utilisation I see',
        response: { 200: roomsPermissionsSchema, ...problems(401) },
      },
    },
    async (request) => roomsPermissions(contextOf(request)),
  );

  app.get(
    '/rooms/:id',
    {
      schema: {
        tags,
        summary: 'A room',
        params: roomParamsSchema,
        response: { 200: roomSchema, ...problems(401, 404) },
      },
    },
    async (request) => rooms.getRoom(contextOf(request), request.params.id),
  );

  app.patch(
    '/rooms/:id',
    {
      schema: {
        tags,
        summary: 'Change a room (send the version you read)',
        params: roomParamsSchema,
        body: updateRoomSchema,
        response: { 200: roomSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => rooms.updateRoom(contextOf(request), request.params.id, request.body),
  );

  app.delete(
    '/rooms/:id',
    {
      schema: {
        tags,
        summary:
          'Stop offering a room (send the version you read); refused (409) while it has future bookings',
        params: roomParamsSchema,
        querystring: removeRoomQuerySchema,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await rooms.removeRoom(contextOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/rooms/:id/grants',
    {
      schema: {
        tags,
        summary: 'Organisations with standing use of the room (they book directly)',
        params: roomParamsSchema,
        response: { 200: z.object({ items: z.array(grantSchema) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => grants.listGrants(contextOf(request), request.params.id),
  );

  app.post(
    '/rooms/:id/grants',
    {
      schema: {
        tags,
        summary: 'Grant an organisation standing use of the room',
        params: roomParamsSchema,
        body: createGrantSchema,
        response: { 201: grantSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await grants.addGrant(contextOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/rooms/:id/grants/:grantId',
    {
      schema: {
        tags,
        summary: 'Withdraw a grant (existing bookings stay)',
        params: grantParamsSchema,
        response: { 204: z.null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await grants.removeGrant(contextOf(request), request.params.id, request.params.grantId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/rooms/:id/closures',
    {
      schema: {
        tags,
        summary: 'Closures of the room (holidays, closing days)',
        params: roomParamsSchema,
        querystring: closureQuerySchema,
        response: { 200: z.object({ items: z.array(closureSchema) }), ...problems(400, 401, 404) },
      },
    },
    async (request) => closures.listClosures(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/rooms/:id/closures',
    {
      schema: {
        tags,
        summary: 'Close the room for a period',
        params: roomParamsSchema,
        body: createClosureSchema,
        response: { 201: closureSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await closures.addClosure(contextOf(request), request.params.id, request.body)),
  );

  app.post(
    '/rooms/:id/closures/import',
    {
      schema: {
        tags,
        summary: 'Import closures from an .ics file (JSON {"ics": "..."} or a text/calendar body)',
        params: roomParamsSchema,
        body: importClosuresSchema,
        response: { 200: importClosuresResultSchema, ...problems(400, 401, 403, 404, 413, 422) },
      },
    },
    async (request) => importClosures(contextOf(request), request.params.id, request.body.ics),
  );

  app.delete(
    '/rooms/:id/closures/:closureId',
    {
      schema: {
        tags,
        summary: 'Remove a closure',
        params: closureParamsSchema,
        response: { 204: z.null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await closures.removeClosure(contextOf(request), request.params.id, request.params.closureId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/rooms/:id/utilisation',
    {
      schema: {
        tags,
        summary: 'Booked hours / bookable hours of a room in a month, per day',
        params: roomParamsSchema,
        querystring: utilisationQuerySchema,
        response: { 200: roomUtilisationSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => roomUtilisation(contextOf(request), request.params.id, request.query.month),
  );
};
