import { startTestOidcProvider, type TestOidcAccount } from '../src/server/test/oidc-provider';

/** The provider accounts the SSO spec signs in with (login name → claims). */
const ssoAccounts: [string, TestOidcAccount][] = [
  [
    'verwaltung',
    { email: 'verwaltung@fz-sonnenblume.example', emailVerified: true, name: 'Claudia Hoffmann' },
  ],
  // Claims the organisation admin's address without the provider vouching for it.
  [
    'verwaltung-unbestaetigt',
    { email: 'verwaltung@fz-sonnenblume.example', emailVerified: false, name: 'X' },
  ],
  ['unbekannt', { email: 'unbekannt@stadt-musterstadt.example', emailVerified: true, name: 'Unbekannt' }],
];

// Started by playwright.config.ts (webServer) before the app server of the SSO project.
const port = Number(process.env.OIDC_PORT);
const appUrl = process.env.APP_URL ?? '';
if (!port || !appUrl) throw new Error('OIDC_PORT and APP_URL are needed');
await startTestOidcProvider({ appUrl, port, accounts: ssoAccounts });
