import { expect, test } from '@playwright/test';
import { accounts, signIn } from './helpers';

test('switching the language from German to English persists and sets <html lang>', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { name: 'Für Familien' })).toBeVisible();
  await expect(page).toHaveTitle('Start – Familiennetz');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'For families' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in for professionals' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Home – Familiennetz');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'For families' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.getByRole('heading', { name: 'Für Familien' })).toBeVisible();
});

test('server errors follow the chosen language', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Edit profile' }).click();
  await page.getByRole('textbox', { name: 'E-mail address' }).fill('not-an-address');
  await page.getByRole('button', { name: 'Save' }).click();
  const email = page.getByRole('textbox', { name: 'E-mail address' });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  // The message comes from the server, in English because the request said so (Accept-Language: en).
  await expect(email).toHaveAccessibleDescription('Not a valid e-mail address');
  await expect(page.getByRole('alert')).toContainText('Please check');
});
