import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

const PROBE_INTERVAL_MS = 2_000;

/**
 * GET /api/health answers from the last database probe instead of querying on every call, so load
 * balancers can poll it freely; a failed probe turns it to 503.
 */
export async function healthRoutes(
  app: FastifyInstance,
  options: { engine: 'pglite' | 'postgres'; version: string },
) {
  let isDatabaseUp = true;
  let isClosing = false;
  const probe = async () => {
    try {
      await app.db.execute(sql`select 1`);
      isDatabaseUp = true;
    } catch (error) {
      isDatabaseUp = false;
      // A probe still running while the server shuts down meets the closed pool: that is no outage.
      if (!isClosing) app.log.error({ err: error }, 'database probe failed');
    }
  };
  await probe();
  const timer = setInterval(probe, PROBE_INTERVAL_MS);
  timer.unref();
  // preClose runs before any onClose hook, so before the database is closed.
  app.addHook('preClose', async () => {
    isClosing = true;
    clearInterval(timer);
  });

  const healthSchema = z.object({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['pglite', 'postgres']),
    version: z.string(),
  });
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['Health'],
        summary: 'Liveness and database reachability',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) =>
      reply.status(isDatabaseUp ? 200 : 503).send({
        status: isDatabaseUp ? 'ok' : 'unavailable',
        database: options.engine,
        version: options.version,
      }),
  );
}
