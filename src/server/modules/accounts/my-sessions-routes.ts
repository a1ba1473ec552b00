import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, problems } from '../../http/context';
import { listSchema } from '../../http/pagination';
import * as mySessions from './my-sessions';
import { idParamsSchema, mySessionSchema, revokeSessionsQuerySchema } from './schemas';

const meTag = { tags: ['Me'] };

/** Set-Cookie values that make the browser drop better-auth's session cookies (after ending this session). */
async function expiredSessionCookies(app: FastifyInstance): Promise<string[]> {
  const { authCookies } = await app.auth.$context;
  return [authCookies.sessionToken, authCookies.sessionData, authCookies.dontRememberToken].map(
    ({ name, attributes }) =>
      `${name}=; Max-Age=0; Path=${attributes.path ?? '/'}; HttpOnly; SameSite=Lax${attributes.secure ? '; Secure' : ''}`,
  );
}

/** My sessions (signed-in browsers): list, end one, "sign out everywhere". Never with an API key. */
export const mySessionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me/sessions',
    {
      schema: {
        ...meTag,
        summary: 'My active sessions (signed-in browsers); needs a session, not an API key',
        response: { 200: listSchema(mySessionSchema), ...problems(401, 403) },
      },
    },
    async (request) => mySessions.listMySessions(contextOf(request), request.credential),
  );

  app.delete(
    '/me/sessions/:id',
    {
      schema: {
        ...meTag,
        summary: 'End one of my sessions at once (this one too: the reply then clears its cookies)',
        params: idParamsSchema,
        response: { 204: z.null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { isCurrent } = await mySessions.revokeMySession(
        contextOf(request),
        request.credential,
        request.params.id,
      );
      if (isCurrent) reply.header('set-cookie', await expiredSessionCookies(app));
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/me/sessions',
    {
      schema: {
        ...meTag,
        summary:
          'Sign out everywhere: all my other sessions (`scope=others`) or all including this one (`all`)',
        querystring: revokeSessionsQuerySchema,
        response: {
          200: z.object({ revoked: z.number().int() }).meta({ example: { revoked: 3 } }),
          ...problems(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const result = await mySessions.revokeMySessions(
        contextOf(request),
        request.credential,
        request.query.scope,
      );
      if (request.query.scope === 'all') reply.header('set-cookie', await expiredSessionCookies(app));
      return result;
    },
  );
};
