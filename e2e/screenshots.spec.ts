import { expect, type Page, test } from '@playwright/test';
import { accounts, signIn } from './helpers';

// Screenshots for looking at the layout by eye: `SCREENSHOTS=1 npx playwright test screenshots`.
test.skip(!process.env.SCREENSHOTS, 'only when SCREENSHOTS=1');

const sizes = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
];

async function shoot(page: Page, name: string) {
  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `test-results/screenshots/${name}-${size.name}.png`, fullPage: true });
    if (size.name === 'phone') {
      await page.screenshot({ path: `test-results/screenshots/${name}-${size.name}-top.png` });
    }
  }
}

test('public pages', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'start');
  await page.goto('/anmelden');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await shoot(page, 'sign-in-errors');
  await page.goto('/gibt-es-nicht');
  await shoot(page, 'not-found');
  await page.goto('/einladung/unbekannt-0123456789abcdefghij');
  await expect(page.getByText('Diese Einladung gibt es nicht.')).toBeVisible();
  await shoot(page, 'invitation-unknown');
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Navigation öffnen' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'test-results/screenshots/mobile-navigation-phone.png' });
});

test('organisation pages', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeAdmin);
  await expect(page.getByText('Sabine Krüger')).toBeVisible();
  await shoot(page, 'organisation-admin');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Profil bearbeiten' }).click();
  await shoot(page, 'organisation-edit');
});

test('admin pages', async ({ page }) => {
  await signIn(page, accounts.instanceAdmin);
  await expect(
    page.getByRole('list', { name: 'Organisationen' }).getByRole('listitem').first(),
  ).toBeVisible();
  await shoot(page, 'admin-list');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Neue Organisation anlegen' }).click();
  await shoot(page, 'admin-create');
  await page.getByRole('button', { name: 'English' }).click();
  await shoot(page, 'admin-create-en');
});
