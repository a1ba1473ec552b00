import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

const PROBE_INTERVAL_MS = 2_000;
/** A probe unanswered this long means a database that does not answer; shorter stalls (load) are tolerated. */
const PROBE_DEADLINE_MS = 5_000;

/**
 * GET /api/health answers from the last database probe instead of querying on every call, so load
 * balancers can poll it freely; a failed probe turns it to 503.
 */
export async function healthRoutes(
  app: FastifyInstance,
  options: { engine: 'pglite' | 'postgres'; version: string },
) {
  let isDatabaseUp = true;
  let probeStartedAt: number | undefined;
  let isClosing = false;
  // Logged when the state changes, not every 2 s of an outage.
  const markDown = (message: string, error?: unknown) => {
    // A probe still running while the server shuts down meets the closed pool: that is no outage.
    if (isDatabaseUp && !isClosing) app.log.error({ err: error }, message);
    isDatabaseUp = false;
  };
  const probe = async () => {
    // A database that stops answering (e.g. a failover to another address) leaves the probe waiting for
    // minutes, until TCP gives up: it counts as down after the deadline. Probes never pile up.
    if (probeStartedAt !== undefined) {
      if (Date.now() - probeStartedAt >= PROBE_DEADLINE_MS) markDown('database probe unanswered');
      return;
    }
    probeStartedAt = Date.now();
    try {
      await app.db.execute(sql`select 1`);
      if (!isDatabaseUp) app.log.info('database reachable again');
      isDatabaseUp = true;
    } catch (error) {
      markDown('database probe failed', error);
    } finally {
      probeStartedAt = undefined;
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
      config: { public: true },
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
