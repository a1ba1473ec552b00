import { expect, test } from '@playwright/test';
import { accounts, expectNoViolations, signIn } from './helpers';

const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

test('Mein Konto: create an API key, see it once, revoke it', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeStaff);
  await page.getByRole('link', { name: 'Mein Konto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
  await expect(page.getByText('Sie haben keine API-Schlüssel.')).toBeVisible();
  await expectNoViolations(page);

  await page.getByLabel('Name des Schlüssels').fill('Tabellenabgleich');
  await page.getByRole('button', { name: 'Schlüssel erstellen' }).click();
  const shown = page.getByTestId('new-api-key');
  await expect(shown).toHaveText(/^fnk_/);
  const key = (await shown.textContent()) ?? '';
  await expect(page.getByRole('heading', { name: 'Ihr neuer Schlüssel „Tabellenabgleich“' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Schlüssel kopieren' })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/account-new-key.png', fullPage: true });
  await expectNoViolations(page);

  // The key works for a machine client …
  const authorization = `Bearer ${key}`;
  expect((await page.request.get('/api/v1/me', { headers: { authorization } })).status()).toBe(200);
  // … and is never shown again.
  await page.getByRole('button', { name: 'Fertig, Schlüssel ausblenden' }).click();
  await expect(shown).toBeHidden();
  await page.reload();
  const keys = page.getByRole('list', { name: 'Ihre Schlüssel' });
  await expect(keys.getByText('Tabellenabgleich')).toBeVisible();
  await expect(keys.getByText(/Läuft ab am/)).toBeVisible();
  await expect(page.getByText(key)).toHaveCount(0);

  await page.getByRole('button', { name: 'Schlüssel „Tabellenabgleich“ widerrufen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schlüssel widerrufen?' });
  await expect(dialog).toBeVisible();
  await expectNoViolations(page);
  await dialog.getByRole('button', { name: 'Widerrufen' }).click();
  await expect(page.getByText('Der Schlüssel „Tabellenabgleich“ wurde widerrufen.')).toBeVisible();
  await expect(page.getByText('Sie haben keine API-Schlüssel.')).toBeVisible();
  expect((await page.request.get('/api/v1/me', { headers: { authorization } })).status()).toBe(401);
});

test('Mein Konto: see my sessions, sign out another device, then everywhere', async ({ page, browser }) => {
  const laptop = await browser.newContext({ userAgent: FIREFOX_LINUX });
  const other = await laptop.newPage();
  await signIn(other, accounts.partnerStaff);
  await signIn(page, accounts.partnerStaff);
  await page.goto('/konto');

  const sessions = page.getByRole('list', { name: 'Ihre Sitzungen' });
  const current = sessions.getByRole('listitem').filter({ hasText: 'Dieses Gerät' });
  await expect(current).toContainText(/Chrome unter/);
  await expect(current).toContainText('IP-Adresse');
  await expect(sessions.getByText('Firefox unter Linux')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/account-sessions.png', fullPage: true });
  await expectNoViolations(page);

  await page.getByRole('button', { name: /^Firefox unter Linux abmelden/ }).click();
  await expect(page.getByText('Das Gerät wurde abgemeldet.')).toBeVisible();
  await expect(sessions.getByText('Firefox unter Linux')).toHaveCount(0);
  // The other browser is signed out at once.
  await other.goto('/konto');
  await expect(other).toHaveURL(/\/anmelden/);

  await page.getByRole('button', { name: 'Überall abmelden' }).click();
  const dialog = page.getByRole('dialog', { name: 'Überall abmelden?' });
  await expect(dialog).toBeVisible();
  await expectNoViolations(page);
  await dialog.getByRole('button', { name: 'Alle Geräte, auch dieses' }).click();
  await expect(page).toHaveURL(/\/anmelden/);
  await expect(page.getByRole('button', { name: 'Abmelden', exact: true })).toBeHidden();
  await laptop.close();
});

test('Mein Konto on a phone: no accessibility violations', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/konto');
  await expect(page.getByRole('list', { name: 'Ihre Sitzungen' }).getByText('Dieses Gerät')).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/account-phone.png', fullPage: true });
  await expectNoViolations(page);
});
