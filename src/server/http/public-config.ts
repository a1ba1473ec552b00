import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OIDC_PROVIDER_ID } from '../modules/accounts/sso';
import { isSingleSignOnReady } from '../modules/accounts/sso-discovery';

const publicConfigSchema = z.object({
  singleSignOn: z.object({ providerId: z.string(), name: z.string() }).nullable(),
  mapTileUrl: z.string(),
});

/** What the web app needs to know about this installation before anyone signs in. */
export const publicConfigRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/config',
    {
      config: { public: true },
      schema: {
        tags: ['Health'],
        summary: 'Public settings of this installation (single sign-on, map tiles)',
        response: { 200: publicConfigSchema },
      },
    },
    async () => ({
      // Offered only once the provider's discovery worked: before, the button would lead nowhere.
      singleSignOn:
        app.config.oidc && (await isSingleSignOnReady(app.auth))
          ? { providerId: OIDC_PROVIDER_ID, name: app.config.oidc.name }
          : null,
      mapTileUrl: app.config.mapTileUrl,
    }),
  );
};
