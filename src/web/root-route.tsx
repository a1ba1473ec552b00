import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  lazyRouteComponent,
  type ParsedLocation,
  redirect,
} from '@tanstack/react-router';
import { AppShell } from './app-shell';
import { RouteError } from './components/route-error';
import { meQueryOptions } from './features/session/queries';

/**
 * The root of the route tree and what the features' routes (features/<feature>/routes.tsx) share; router.tsx
 * assembles them.
 *
 * Only the app frame's and the finder's texts are in the start-up bundle; every other page brings its own
 * (i18n/features.ts). Its route's loader waits for them (they load beside the page's chunk), so a page never renders
 * before its texts are there, and hovering a link preloads them together with the page's chunk.
 */

export interface RouterContext {
  queryClient: QueryClient;
}

/** Only same-site paths are allowed as targets after sign-in (no open redirects). */
export function safeRedirect(target: unknown): string | undefined {
  if (typeof target !== 'string') return undefined;
  return target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : undefined;
}

/** beforeLoad of the pages that need a signed-in person: the others go to sign-in and come back afterwards. */
export async function requireSignIn({
  context,
  location,
}: {
  context: RouterContext;
  location: ParsedLocation;
}) {
  const me = await context.queryClient.ensureQueryData(meQueryOptions);
  if (!me) throw redirect({ to: '/anmelden', search: { redirect: location.href } });
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppShell,
  // Few visitors meet it: it loads when needed (its texts are in the start-up bundle, see de.ts).
  notFoundComponent: lazyRouteComponent(() => import('./components/not-found-page'), 'NotFoundPage'),
  errorComponent: RouteError,
});
