import { expect, type Page, test } from '@playwright/test';
import { accounts, expectNoViolations, signIn } from './helpers';

async function expectLandmarks(page: Page) {
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740 },
]) {
  test.describe(`axe, ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('start page', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Familiennetz' })).toBeVisible();
      await expectLandmarks(page);
      await expectNoViolations(page);
    });

    test('sign-in page, also with an error shown', async ({ page }) => {
      await page.goto('/anmelden');
      await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
      await expectLandmarks(page);
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Anmelden' }).click();
      await expect(page.getByLabel('E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page);
    });

    test('organisation page of an organisation admin (profile, members, invitations)', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await signIn(page, accounts.sonnenblumeAdmin);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await expect(page.getByRole('heading', { level: 2, name: 'Mitglieder' })).toBeVisible();
      await expect(page.getByText('Sabine Krüger')).toBeVisible();
      await expectLandmarks(page);
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Profil bearbeiten' }).click();
      await expect(page.getByLabel('Telefon')).toBeVisible();
      await expectNoViolations(page);
    });

    test('partner directory, partner profile and network view (map tiles unavailable)', async ({ page }) => {
      // Five pages, each with an axe run: over 30 s when CI's two cores are busy (it timed out once at 30 s).
      test.slow();
      await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
      await page.setViewportSize({ width: 1280, height: 800 });
      await signIn(page, accounts.sonnenblumeLead);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto('/partner?q=Beratung');
      const results = page.getByRole('list', { name: 'Ergebnisse' });
      await expect(results.getByRole('listitem').first()).toBeVisible();
      await expect(page.locator('.partner-map path.leaflet-interactive').first()).toBeAttached();
      await expectLandmarks(page);
      await expectNoViolations(page);
      // A stale profile's badge and notice, too.
      await page.goto('/partner?q=Babyschwimmen&radius=all');
      await expect(results.getByText('Angaben nicht bestätigt')).toBeVisible();
      await expectNoViolations(page);
      await results.getByRole('link').first().click();
      await expect(page.getByText('Diese Angaben wurden länger nicht bestätigt')).toBeVisible();
      await expectNoViolations(page);

      await page.goto('/partner?q=Beratung');
      await results.getByRole('link', { name: 'Erziehungsberatungsstelle Musterstadt' }).click();
      await expect(page.getByRole('radio', { name: 'Aktiv' })).toBeChecked();
      await expectLandmarks(page);
      await expectNoViolations(page);

      await page.goto('/netzwerk');
      await expect(page.getByRole('list', { name: 'Fehlende Partnerarten' })).toBeVisible();
      await expectLandmarks(page);
      await expectNoViolations(page);
    });

    test('a partner profile with its edit form open', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await signIn(page, accounts.partnerStaff);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto('/partner?q=Erziehungsberatungsstelle');
      await page
        .getByRole('list', { name: 'Ergebnisse' })
        .getByRole('link', { name: 'Erziehungsberatungsstelle Musterstadt' })
        .click();
      await page.getByRole('button', { name: 'Profil bearbeiten' }).click();
      await expect(page.getByRole('textbox', { name: 'Kernauftrag' })).toBeFocused();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Ansprechperson hinzufügen' }).click();
      await page.getByRole('button', { name: 'Speichern und bestätigen' }).click();
      await expect(page.getByText('Bitte geben Sie einen Namen ein.')).toBeVisible();
      await expectNoViolations(page);
    });

    test('404 page and an unknown invitation', async ({ page }) => {
      await page.goto('/gibt-es-nicht');
      await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
      await expectLandmarks(page);
      await expectNoViolations(page);
      await page.goto('/einladung/unbekannt-0123456789abcdefghij');
      await expect(page.getByText('Diese Einladung gibt es nicht.')).toBeVisible();
      await expectNoViolations(page);
    });

    test('organisation admin page', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await signIn(page, accounts.instanceAdmin);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await expect(
        page.getByRole('list', { name: 'Organisationen' }).getByRole('listitem').first(),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Neue Organisation anlegen' }).click();
      await expect(page.getByRole('combobox', { name: 'Kommune' })).toBeVisible();
      await expectLandmarks(page);
      await expectNoViolations(page);
    });
  });
}

test('the page does not scroll sideways on a 375 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ['/', '/anmelden', '/gibt-es-nicht']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the directory pages do not scroll sideways on a 375 px phone; filters fold away there', async ({
  page,
}) => {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
  await signIn(page, accounts.sonnenblumeLead);
  await page.setViewportSize({ width: 375, height: 740 });
  const expectNoSidewaysScroll = async (label: string) => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, label).toBeLessThanOrEqual(0);
  };
  await page.goto('/partner?q=Beratung&kind=counselling');
  const results = page.getByRole('list', { name: 'Ergebnisse' });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Art des Partners' })).toBeHidden();
  await page.getByRole('button', { name: 'Filter anzeigen (1 aktiv)' }).click();
  await expect(page.getByRole('combobox', { name: 'Art des Partners' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filter ausblenden' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expectNoSidewaysScroll('/partner');
  await results.getByRole('link', { name: 'Erziehungsberatungsstelle Musterstadt' }).click();
  await expectNoSidewaysScroll('/partner/<id>');
  await page.goto('/netzwerk');
  await expectNoSidewaysScroll('/netzwerk');
});

test('the mobile navigation opens with the keyboard and lists the pages', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const burger = page.getByRole('button', { name: 'Navigation öffnen' });
  await burger.focus();
  await page.keyboard.press('Enter');
  const nav = page.getByRole('dialog').getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByRole('link', { name: 'Anmelden' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
