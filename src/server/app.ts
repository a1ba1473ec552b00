import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import { fromNodeHeaders } from 'better-auth/node';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransformObject, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { DatabaseHandle } from './db/client';
import { registerAccessGuard } from './http/access-guard';
import { refuseNonCanonicalPaths } from './http/canonical-path';
import { clientErrorHandler } from './http/client-errors';
import { rejectCrossSiteWrites } from './http/csrf';
import { handleError, validatorCompiler } from './http/errors';
import { healthRoutes } from './http/health';
import { transformWithDownloadHeaders } from './http/openapi-downloads';
import { publicConfigRoutes } from './http/public-config';
import { registerRateLimits } from './http/rate-limit/limits';
import { registerSecurityHeaders, securityHeadersOf } from './http/security-headers';
import { serializerCompiler } from './http/serializer';
import { registerWebApp } from './http/web-app';
import { resolveActor } from './modules/accounts/actor';
import { createAuth } from './modules/accounts/auth';
import { authRoutes } from './modules/accounts/auth-routes';
import { accountsRoutes } from './modules/accounts/routes';
import { startAgreementJobs } from './modules/agreements/agreement-jobs';
import { agreementsRoutes } from './modules/agreements/routes';
import { auditRoutes } from './modules/audit/routes';
import { cooperationsRoutes } from './modules/cooperations/routes';
import { startConfirmationRequests } from './modules/directory/freshness';
import { directoryRoutes } from './modules/directory/routes';
import { interopRoutes } from './modules/interop/routes';
import { offeringsRoutes } from './modules/offerings/routes';
import { createMailer, startOutboxWorker } from './modules/outbox/service';
import { planningRoutes } from './modules/planning/routes';
import { privacyRoutes } from './modules/privacy/routes';
import { roomsRoutes } from './modules/rooms/routes';
import { sealRoutes } from './modules/seal/routes';
import { startSealJobs } from './modules/seal/seal-jobs';
import { fromProjectRoot } from './paths';

export const APP_VERSION: string = JSON.parse(readFileSync(fromProjectRoot('package.json'), 'utf8')).version;

const webRoot = fromProjectRoot('dist/web');

export function contentSecurityPolicy(config: Config) {
  const tileOrigin = new URL(config.mapTileUrl.replace(/\{[a-z]\}/g, 'a')).origin;
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Mantine sets style attributes at run time.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', tileOrigin],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    // Only an https installation may ask browsers to upgrade; on plain http it would break every request.
    upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
  };
}

/**
 * Fastify treats a number as "trust no proxy" (it cannot check the peer), so a hop count becomes a
 * function: the socket peer and the next n - 1 addresses of X-Forwarded-For (from the right) are proxies.
 */
function trustProxyOf(config: Config): string[] | ((address: string, hop: number) => boolean) | false {
  const trust = config.trustProxy;
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/** Builds the application on an open database: plugins, then each module's routes. */
export async function buildApp(config: Config, database: DatabaseHandle): Promise<FastifyInstance> {
  const securityHeaders = securityHeadersOf({
    contentSecurityPolicy: { directives: contentSecurityPolicy(config) },
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
    // The same as the CSP's frame-ancestors 'none', for browsers that only know this header.
    xFrameOptions: { action: 'deny' },
  });
  const app = Fastify({
    logger: { level: config.logLevel, ...(config.logStream && { stream: config.logStream }) },
    trustProxy: trustProxyOf(config),
    bodyLimit: 1024 * 1024,
    // Signed links (profile confirmation) carry their payload in the path.
    routerOptions: { maxParamLength: 500 },
    genReqId: () => randomUUID(),
    // Malformed URLs are answered like every other error (problem+json). No hook runs on this path, so
    // the headers are set here; nobody needs to cache an answer to a malformed URL, signed in or not.
    frameworkErrors: (error, request, reply) => {
      reply.headers(securityHeaders).header('cache-control', 'no-store');
      handleError(error, request, reply);
    },
    clientErrorHandler: clientErrorHandler(securityHeaders),
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('db', database.db);
  app.decorate('engine', database.engine);
  app.decorate('config', config);
  app.decorate('auth', createAuth(config, database.db, app.log));
  app.decorateRequest('actor', null);
  app.decorateRequest('credential', null);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // Only JSON bodies: a cross-site HTML form cannot send them without a CORS preflight.
  app.removeContentTypeParser('text/plain');

  registerSecurityHeaders(app, securityHeaders);
  registerAccessGuard(app);
  // Before the actor is resolved (below): failed API keys are counted around it.
  await registerRateLimits(app, config);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Familiennetz API',
        version: APP_VERSION,
        description:
          'Cooperation network of family centres, partners and the Jugendamt. Sign in with POST /api/auth/sign-in/email (session cookie) or send `Authorization: Bearer <api key>`. Errors are RFC 9457 problem+json in German (default) or English (`Accept-Language: en`).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: transformWithDownloadHeaders,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(scalar, { routePrefix: '/api/docs', configuration: { url: '/api/openapi.json' } });
  // The API reference page runs inline scripts of its own; nothing else gets them.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/docs')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'",
      );
    }
  });

  app.addHook('onRequest', refuseNonCanonicalPaths);
  app.addHook('onRequest', rejectCrossSiteWrites);
  app.addHook('preHandler', async (request, reply) => {
    if (!request.url.startsWith('/api/v1/')) return;
    // Families on the public pages send neither: no Headers object to build, no session to look up.
    if (!request.headers.cookie && !request.headers.authorization) {
      request.actor = null;
      return;
    }
    const { actor, credential, setCookies } = await resolveActor(
      app.db,
      app.auth,
      fromNodeHeaders(request.headers),
      {
        apiKeyMaxDays: config.apiKeyMaxDays,
      },
    );
    request.actor = actor;
    request.credential = credential;
    if (setCookies.length > 0) reply.header('set-cookie', setCookies);
  });

  await app.register(healthRoutes, { engine: database.engine, version: APP_VERSION });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(authRoutes);
  await app.register(
    async (v1) => {
      await v1.register(publicConfigRoutes);
      await v1.register(accountsRoutes);
      await v1.register(auditRoutes);
      await v1.register(directoryRoutes);
      await v1.register(interopRoutes);
      await v1.register(offeringsRoutes);
      await v1.register(roomsRoutes);
      await v1.register(agreementsRoutes);
      await v1.register(cooperationsRoutes);
      await v1.register(planningRoutes);
      await v1.register(sealRoutes);
      await v1.register(privacyRoutes);
    },
    { prefix: '/api/v1' },
  );
  await registerWebApp(app, webRoot);

  // Background work; tests switch it off and call the functions themselves.
  const stopWorkers = config.runWorkers
    ? [
        startOutboxWorker(database.db, createMailer(config, config.mailFrom), app.log),
        startConfirmationRequests(database.db, config, app.log),
        startAgreementJobs(database.db, config, app.log),
        startSealJobs(database.db, config, app.log),
      ]
    : [];
  app.addHook('onClose', async () => {
    for (const stop of stopWorkers) stop();
    await database.close();
  });
  return app;
}
