import { expect, test } from '@playwright/test';
import { accounts, signIn } from './helpers';

test('the lead edits the phone number and sees it saved', async ({ page }) => {
  const phone = `0231 ${Date.now().toString().slice(-6)}`;
  await signIn(page, accounts.sonnenblumeLead);
  await page.getByRole('button', { name: 'Profil bearbeiten' }).click();
  const field = page.getByLabel('Telefon');
  await expect(field)
    .toBeFocused({ timeout: 1 })
    .catch(() => undefined);
  await field.fill(phone);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Die Änderungen wurden gespeichert.' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: phone })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Profil bearbeiten' })).toBeFocused();

  await page.reload();
  await expect(page.getByRole('link', { name: phone })).toBeVisible();
});

test('members see the internal notes of their own organisation', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  await expect(page.getByText('Interne Notizen')).toBeVisible();
});

test('a stale edit gets the "changed meanwhile" message and can reload', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  await page.getByRole('button', { name: 'Profil bearbeiten' }).click();
  await page.getByLabel('Telefon').fill('0231 111111');

  // Someone else saves in between (same session, straight through the API).
  const me = await (await page.request.get('/api/v1/me')).json();
  const organizationId: string = me.memberships[0].organizationId;
  const current = await (await page.request.get(`/api/v1/organizations/${organizationId}`)).json();
  const response = await page.request.patch(`/api/v1/organizations/${organizationId}`, {
    data: { version: current.version, city: 'Musterstadt' },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(200);

  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('alert')).toContainText('inzwischen');
  await page.getByRole('button', { name: 'Neu laden' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByLabel('Telefon').fill('0231 222222');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('link', { name: '0231 222222' })).toBeVisible();
});

test('invalid input shows the server field error beside the field', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  await page.getByRole('button', { name: 'Profil bearbeiten' }).click();
  await page.getByLabel('Postleitzahl').fill('12');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByLabel('Postleitzahl')).toHaveAttribute('aria-invalid', 'true');
});
