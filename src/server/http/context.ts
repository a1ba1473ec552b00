import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config';
import type { Database, Engine } from '../db/client';
import type { Credential } from '../modules/accounts/actor';
import type { Auth } from '../modules/accounts/auth';
import type { Actor } from '../policy';
import type { ServiceContext } from '../service-context';
import { localeOf } from './i18n';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    engine: Engine;
    config: Config;
    auth: Auth;
  }
  interface FastifyRequest {
    /** Set by the authentication hook; null for anonymous requests. */
    actor: Actor | null;
    /** How the actor was authenticated (session or API key); null for anonymous requests. */
    credential: Credential | null;
  }
}

/** The service context of a request: step "authenticate" has already run. */
export function contextOf(request: FastifyRequest): ServiceContext {
  const { db, config } = request.server;
  return { db, config, actor: request.actor, locale: localeOf(request), access: request.access };
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details; texts follow Accept-Language (de default, en)',
    example: {
      type: 'about:blank#bad_request',
      title: 'Ungültige Anfrage',
      status: 400,
      detail: 'Bitte prüfen Sie die markierten Angaben.',
      errors: [{ path: 'name', message: 'Pflichtangabe' }],
    },
  });

/** Error responses for the OpenAPI document. */
export function problems(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 422 | 429)[]) {
  return Object.fromEntries(statuses.map((status) => [status, problemSchema])) as Record<
    number,
    typeof problemSchema
  >;
}
