import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets several local runs coexist; CI uses the default.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// A fresh PGlite folder per run, so the demo data is loaded anew. Workers inherit the variables from the runner
// process, so only one folder per server is made.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'familiennetz-e2e-'));
const dataDir = process.env.E2E_DATA_DIR;
// E-mails are written here as .eml files (MAIL_DIR), so that tests can follow invitation links.
const mailDir = join(dataDir, 'mail');

// Single sign-on (e2e/sso.spec.ts) runs against a second app server with OIDC_* pointing at a real OpenID
// provider (npm oidc-provider) on localhost, each on a free port; the other specs keep a server without it.
function freePort(): string {
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script]).toString();
}
process.env.E2E_OIDC_PORT ??= freePort();
// A second app server with its own demo data for the second group of specs (see `projects`).
process.env.E2E_PORT_2 ??= freePort();
process.env.E2E_DATA_DIR_2 ??= mkdtempSync(join(tmpdir(), 'familiennetz-e2e-2-'));
const secondURL = `http://localhost:${process.env.E2E_PORT_2}`;
const secondMailDir = join(process.env.E2E_DATA_DIR_2, 'mail');
// The specs of the second server, chosen so both groups take about as long (about 3 minutes each on a quiet
// 2-core machine, measured December 2026). Specs that read e-mails or are new run on the first server.
const secondServerSpecs = [
  'accessibility.spec.ts',
  'agreements.spec.ts',
  'offerings.spec.ts',
  'account.spec.ts',
  'language.spec.ts',
  'confirmation.spec.ts',
];
process.env.E2E_SSO_PORT ??= freePort();
process.env.E2E_SSO_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'familiennetz-e2e-sso-'));
const oidcIssuer = `http://localhost:${process.env.E2E_OIDC_PORT}`;
const ssoURL = `http://localhost:${process.env.E2E_SSO_PORT}`;
const ssoServerEnv = [
  `DATA_DIR=${process.env.E2E_SSO_DATA_DIR}`,
  `PORT=${process.env.E2E_SSO_PORT}`,
  `OIDC_ISSUER=${oidcIssuer}`,
  'OIDC_CLIENT_ID=familiennetz',
  'OIDC_CLIENT_SECRET=familiennetz-test-secret',
  "OIDC_NAME='Stadt-Login Musterstadt'",
].join(' ');

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  // Specs on one server share its demo data, and some change what others read (member roles, profiles;
  // "Überall abmelden" ends every session of an account): each project has its own server and one worker.
  // Two projects run at once (E2E_WORKERS=1 runs them one after the other).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_500 },
  reporter: process.env.CI ? 'line' : [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL,
    headless: true,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    // CI keeps no artifacts; recording a trace per test there only adds a way to fail: once a passing test
    // failed on closing its context (ENOENT on a trace chunk, a known intermittent Playwright problem).
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: ['sso.spec.ts', ...secondServerSpecs],
      metadata: { mailDir },
      workers: 1,
    },
    {
      name: 'chromium-2',
      use: { ...devices['Desktop Chrome'], baseURL: secondURL },
      testMatch: secondServerSpecs,
      metadata: { mailDir: secondMailDir },
      workers: 1,
    },
    {
      name: 'sso',
      use: { ...devices['Desktop Chrome'], baseURL: ssoURL },
      testMatch: 'sso.spec.ts',
      workers: 1,
    },
  ],
  // Started one after the other, in this order.
  webServer: [
    {
      // The server serves dist/web only when it exists at start, so the web app is built (if stale) first.
      command: `node scripts/build-web-if-stale.mjs && TZ=UTC DEMO_DATA=1 DATA_DIR=${dataDir} MAIL_DIR=${mailDir} PORT=${port} SIGN_IN_RATE_LIMIT=1000 LOG_LEVEL=warn npx tsx src/server/main.ts start`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `TZ=UTC DEMO_DATA=1 DATA_DIR=${process.env.E2E_DATA_DIR_2} MAIL_DIR=${secondMailDir} PORT=${process.env.E2E_PORT_2} SIGN_IN_RATE_LIMIT=1000 LOG_LEVEL=warn npx tsx src/server/main.ts start`,
      url: `${secondURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `OIDC_PORT=${process.env.E2E_OIDC_PORT} APP_URL=${ssoURL} npx tsx e2e/oidc-provider-server.ts`,
      url: `${oidcIssuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `TZ=UTC DEMO_DATA=1 ${ssoServerEnv} LOG_LEVEL=warn npx tsx src/server/main.ts start`,
      url: `${ssoURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
