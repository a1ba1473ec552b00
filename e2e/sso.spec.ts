import { expect, type Page, test } from '@playwright/test';
import { expectNoViolations } from './helpers';

// Municipal single sign-on against a real OpenID provider on localhost (e2e/oidc-provider-server.ts, started
// by playwright.config.ts with its accounts). Runs in the `sso` project, on an app server with OIDC_* set.

const button = 'Anmelden mit Stadt-Login Musterstadt';

/** Clicks the single sign-on button and signs in at the provider with `login` (its login form). */
async function signInAtProvider(page: Page, login: string) {
  await page.goto('/anmelden');
  await page.getByRole('button', { name: button }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('beliebig');
  await page.locator('button[type="submit"]').click();
}

test('an unverified e-mail claim naming the organisation admin is refused with a message', async ({
  page,
}) => {
  await signInAtProvider(page, 'verwaltung-unbestaetigt');
  await expect(page).toHaveURL(/\/anmelden\?error=account_not_linked/);
  await expect(page.getByRole('alert')).toContainText(
    'Ihr Anmeldedienst bestätigt Ihre E-Mail-Adresse nicht.',
  );
  await page.goto('/organisation');
  await expect(page).toHaveURL(/\/anmelden\?redirect=/);
});

test('a provider account without a person here is refused with a message', async ({ page }) => {
  await signInAtProvider(page, 'unbekannt');
  await expect(page).toHaveURL(/\/anmelden\?error=signup_disabled/);
  await expect(page.getByRole('alert')).toContainText('gibt es in Familiennetz kein Konto');
  await page.screenshot({ path: 'test-results/e2e/sso-no-account.png', fullPage: true });
});

test('a tampered state is refused with a message on the sign-in page', async ({ page }) => {
  await page.goto('/api/auth/callback/oidc?code=erfunden&state=manipuliert');
  await expect(page).toHaveURL(/\/anmelden\?error=state_mismatch/);
  await expect(page.getByRole('alert')).toContainText('Die Anmeldung ist abgelaufen oder ungültig.');
  await expectNoViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert')).toContainText('The sign-in has expired or is invalid.');
  await page.screenshot({ path: 'test-results/e2e/sso-state.png', fullPage: true });
});

test('an existing person signs in by single sign-on; signing out ends the provider session too', async ({
  page,
}) => {
  await signInAtProvider(page, 'verwaltung');
  await expect(page.getByRole('heading', { level: 1, name: 'Familienzentrum Sonnenblume' })).toBeVisible();

  await page.getByRole('button', { name: 'Abmelden' }).click();
  // The provider asks whether to sign out there too (a real provider may, too).
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(/\/anmelden\?abgemeldet=1/);
  await expect(page.getByRole('status').filter({ hasText: 'Sie wurden abgemeldet.' })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/sso-signed-out.png', fullPage: true });

  // The next person at this PC is asked to sign in at the provider, not let in as the previous one.
  await page.getByRole('button', { name: button }).click();
  await expect(page.locator('input[name="login"]')).toBeVisible();
});
