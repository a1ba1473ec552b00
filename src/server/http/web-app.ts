import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from './errors';

/** The built React app in `root`, with every path of a page answered by index.html (client-side routing). */
export async function registerWebApp(app: FastifyInstance, root: string) {
  const hasWebApp = existsSync(`${root}/index.html`);
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      setHeaders: (res, path) => {
        // Vite puts a content hash into asset names, so they never change.
        res.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (hasWebApp && isPagePath(request, path))
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendError(request, reply, 'not_found', { detail: 'error.routeNotFound.detail', params: { path } });
  });
}

/**
 * A path the web app may route. A missing file (a stale `/assets/index-abc.js` after a deployment, a
 * `/favicon.png`) must be 404: answering it with the HTML page breaks scripts and fills caches with it.
 */
function isPagePath(request: FastifyRequest, path: string): boolean {
  if (request.method !== 'GET' || path.startsWith('/api') || path.startsWith('/assets/')) return false;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return !/\.[A-Za-z0-9]{1,10}$/.test(lastSegment);
}
