import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bookingRoutes } from './booking-routes';
import { roomRoutes } from './room-routes';

export const roomsRoutes: FastifyPluginAsyncZod = async (app) => {
  // Calendar files may be posted as they are; only in this plugin (CSRF: not a simple form type).
  app.addContentTypeParser('text/calendar', { parseAs: 'string' }, (_request, body, done) => {
    done(null, { ics: body });
  });
  await app.register(roomRoutes);
  await app.register(bookingRoutes);
};
