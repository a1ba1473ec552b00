import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { listSchema } from '../../http/pagination';
import {
  bookingDetailSchema,
  bookingItemsSchema,
  bookingParamsSchema,
  bookingRangeQuerySchema,
  bookingSchema,
  cancelQuerySchema,
  createBookingResultSchema,
  createBookingSchema,
  decisionSchema,
  organizationBookingsQuerySchema,
  requestsQuerySchema,
} from './booking-schemas';
import * as bookingChanges from './change-booking';
import { createBooking } from './create-booking';
import { roomFeed } from './feed';
import * as bookings from './list-bookings';
import { roomParamsSchema } from './schemas';
import { feedQuerySchema } from './search-schemas';

const tags = ['Rooms'];

/** Bookings: a room's, an organisation's calendar, the inbox, one booking and its changes; the room feed. */
export const bookingRoutes: FastifyPluginAsyncZod = async (app) => {
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
    async (request) => bookings.listRoomBookings(contextOf(request), request.params.id, request.query),
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
    '/bookings',
    {
      schema: {
        tags,
        summary: "An organisation's calendar: bookings of its rooms and bookings it made elsewhere",
        querystring: organizationBookingsQuerySchema,
        response: { 200: listSchema(bookingSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => bookings.listOrganizationBookings(contextOf(request), request.query),
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
    async (request) => bookings.listRequests(contextOf(request), request.query),
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
    async (request) => bookings.getBooking(contextOf(request), request.params.id),
  );

  app.delete(
    '/bookings/:id',
    {
      schema: {
        tags,
        summary:
          'Cancel a booking or withdraw a request (send the version you read); scope=following also cancels the later open dates of its series (one transaction)',
        params: bookingParamsSchema,
        querystring: cancelQuerySchema,
        response: { 200: bookingItemsSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => bookingChanges.cancelBooking(contextOf(request), request.params.id, request.query),
  );

  app.post(
    '/bookings/:id/decision',
    {
      schema: {
        tags,
        summary:
          'Approve or decline a request (owner lead or admin; send the version you read); approval re-checks for clashes',
        params: bookingParamsSchema,
        body: decisionSchema,
        response: { 200: bookingItemsSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => bookingChanges.decideBooking(contextOf(request), request.params.id, request.body),
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
