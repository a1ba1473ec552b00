import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { listSchema } from '../../http/pagination';
import { findAvailability } from './availability';
import * as bookingActions from './booking-actions';
import { createBooking } from './bookings';
import { importClosures } from './closures-import';
import { roomFeed } from './feed';
import {
  aggregateUtilisationQuerySchema,
  aggregateUtilisationSchema,
  availabilityQuerySchema,
  availabilityResultSchema,
  bookingDetailSchema,
  bookingItemsSchema,
  bookingParamsSchema,
  bookingRangeQuerySchema,
  bookingSchema,
  cancelQuerySchema,
  closureParamsSchema,
  closureQuerySchema,
  closureSchema,
  createBookingResultSchema,
  createBookingSchema,
  createClosureSchema,
  createGrantSchema,
  createRoomSchema,
  decisionSchema,
  feedQuerySchema,
  grantParamsSchema,
  grantSchema,
  importClosuresResultSchema,
  importClosuresSchema,
  organizationBookingsQuerySchema,
  requestsQuerySchema,
  roomListQuerySchema,
  roomParamsSchema,
  roomSchema,
  roomUtilisationSchema,
  updateRoomSchema,
  utilisationQuerySchema,
} from './schemas';
import * as service from './service';
import { aggregateUtilisation, roomUtilisation } from './utilisation';

const tags = ['Rooms'];

export const roomsRoutes: FastifyPluginAsyncZod = async (app) => {
  // Calendar files may be posted as they are; only in this plugin (CSRF: not a simple form type).
  app.addContentTypeParser('text/calendar', { parseAs: 'string' }, (_request, body, done) => {
    done(null, { ics: body });
  });

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
    async (request) => service.listRooms(contextOf(request), request.query),
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
      reply.status(201).send(await service.createRoom(contextOf(request), request.body)),
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
    '/rooms/:id',
    {
      schema: {
        tags,
        summary: 'A room',
        params: roomParamsSchema,
        response: { 200: roomSchema, ...problems(401, 404) },
      },
    },
    async (request) => service.getRoom(contextOf(request), request.params.id),
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
    async (request) => service.updateRoom(contextOf(request), request.params.id, request.body),
  );

  app.delete(
    '/rooms/:id',
    {
      schema: {
        tags,
        summary: 'Stop offering a room; refused (409) while it has future bookings',
        params: roomParamsSchema,
        response: { 204: z.null(), ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.removeRoom(contextOf(request), request.params.id);
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
    async (request) => service.listGrants(contextOf(request), request.params.id),
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
      reply.status(201).send(await service.addGrant(contextOf(request), request.params.id, request.body)),
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
      await service.removeGrant(contextOf(request), request.params.id, request.params.grantId);
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
    async (request) => service.listClosures(contextOf(request), request.params.id, request.query),
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
      reply.status(201).send(await service.addClosure(contextOf(request), request.params.id, request.body)),
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
      await service.removeClosure(contextOf(request), request.params.id, request.params.closureId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/rooms/:id/bookings',
    {
      schema: {
        tags,
        summary: "A room's bookings in a period; other organisations' bookings show as busy only",
        params: roomParamsSchema,
        querystring: bookingRangeQuerySchema,
        response: { 200: listSchema(bookingSchema), ...problems(400, 401, 404) },
      },
    },
    async (request) => bookingActions.listRoomBookings(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/rooms/:id/bookings',
    {
      schema: {
        tags,
        summary:
          'Book (owner, granted) or request a room, once or as a series (rrule); skipConflicts books the free dates',
        params: roomParamsSchema,
        body: createBookingSchema,
        response: {
          200: createBookingResultSchema.meta({ description: 'dryRun: the report, nothing written' }),
          201: createBookingResultSchema,
          ...problems(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const result = await createBooking(contextOf(request), request.params.id, request.body);
      return reply.status(result.dryRun ? 200 : 201).send(result);
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

  app.get(
    '/bookings',
    {
      schema: {
        tags,
        summary: "An organisation's calendar: bookings of its rooms and bookings it made elsewhere",
        querystring: organizationBookingsQuerySchema,
        response: { 200: listSchema(bookingSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => bookingActions.listOrganizationBookings(contextOf(request), request.query),
  );

  app.get(
    '/bookings/requests',
    {
      schema: {
        tags,
        summary: 'Inbox: requests for my organisations’ rooms (incoming) or requests we sent (outgoing)',
        querystring: requestsQuerySchema,
        response: { 200: listSchema(bookingSchema), ...problems(400, 401) },
      },
    },
    async (request) => bookingActions.listRequests(contextOf(request), request.query),
  );

  app.get(
    '/bookings/:id',
    {
      schema: {
        tags,
        summary:
          'A booking (busy only for organisations other than owner and booker), with the open dates of its series',
        params: bookingParamsSchema,
        response: { 200: bookingDetailSchema, ...problems(401, 404) },
      },
    },
    async (request) => bookingActions.getBooking(contextOf(request), request.params.id),
  );

  app.delete(
    '/bookings/:id',
    {
      schema: {
        tags,
        summary:
          'Cancel a booking or withdraw a request; scope=following also cancels the later open dates of its series (one transaction)',
        params: bookingParamsSchema,
        querystring: cancelQuerySchema,
        response: { 200: bookingItemsSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      bookingActions.cancelBooking(contextOf(request), request.params.id, request.query.scope),
  );

  app.post(
    '/bookings/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve or decline a request (owner lead or admin); approval re-checks for clashes',
        params: bookingParamsSchema,
        body: decisionSchema,
        response: { 200: bookingItemsSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => bookingActions.decideBooking(contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/feeds/rooms/:id.ics',
    {
      schema: {
        tags,
        summary: "A room's calendar (iCalendar); busy only for outsiders. Token from the room's feedUrl",
        params: roomParamsSchema,
        querystring: feedQuerySchema,
        response: { 200: z.string().meta({ description: 'text/calendar' }), ...problems(401, 404) },
      },
    },
    async (request, reply) => {
      const ics = await roomFeed(contextOf(request), request.params.id, request.query.token);
      return reply.type('text/calendar; charset=utf-8').send(ics);
    },
  );
};
