import { expect, type Page, test } from '@playwright/test';
import { accounts, expectNoViolations, signIn, signOut } from './helpers';

// There is no internet here, and a tile server must never be needed: every tile request fails, as it would when
// the configured tile server is down. The directory has to work without its map background.
test.beforeEach(async ({ page }) => {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
});

const results = (page: Page) => page.getByRole('list', { name: 'Ergebnisse' });

async function searchFor(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill(text);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text)}`));
}

test('search, filter by kind and open a partner profile', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  await page.getByRole('link', { name: 'Partner', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerverzeichnis' })).toBeFocused();
  await expect(page).toHaveTitle('Partnerverzeichnis – Familiennetz');
  // Distances refer to the user's family centre by default.
  await expect(
    page.getByRole('combobox', { name: 'Entfernung von Familienzentrum Sonnenblume' }),
  ).toHaveValue('bis 10 km');

  await searchFor(page, 'Beratung');
  await expect(results(page).getByRole('link', { name: 'Migrationsberatung für Erwachsene' })).toBeVisible();
  const eb = results(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Erziehungsberatungsstelle Musterstadt' }) });
  await expect(eb).toContainText(/\d+,\d km entfernt/);
  await expect(eb).toContainText('Erziehungs- und Familienberatung');
  await expect(eb).toContainText('Zusammenarbeit: Aktiv');

  // The kind filter shows how many results each kind has.
  await page.getByRole('combobox', { name: 'Art des Partners' }).click();
  await page.getByRole('option', { name: /^Erziehungs- und Familienberatung \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/kind=counselling/);
  await expect(results(page).getByRole('link', { name: 'Migrationsberatung für Erwachsene' })).toHaveCount(0);
  await expect(results(page).getByRole('listitem')).toHaveCount(4);

  await eb.getByRole('link', { name: 'Erziehungsberatungsstelle Musterstadt' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Erziehungsberatungsstelle Musterstadt' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle('Erziehungsberatungsstelle Musterstadt – Partnerverzeichnis – Familiennetz');
  await expect(page.getByText('Erziehungs- und Familienberatung').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Ansprechpersonen' })).toBeVisible();
  await expect(page.getByText('Dienstliche Kontaktdaten')).toBeVisible();
  const cooperation = page.getByRole('region', { name: 'Zusammenarbeit mit Familienzentrum Sonnenblume' });
  await expect(cooperation.getByRole('radio', { name: 'Aktiv' })).toBeChecked();

  // Back to the search, by the link or the browser: the filters are kept.
  await page.getByRole('link', { name: 'Zurück zur Suche' }).click();
  await expect(page).toHaveURL(/q=Beratung.*kind=counselling|kind=counselling.*q=Beratung/);
  await expect(results(page).getByRole('listitem')).toHaveCount(4);
  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Erziehungsberatungsstelle Musterstadt' }),
  ).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/kind=counselling/);
  await expect(results(page).getByRole('listitem')).toHaveCount(4);
});

test('add a partner to the network and move it to "aktiv"', async ({ page }) => {
  const partner = 'Caritas-Beratungsstelle für Eltern, Kinder und Jugendliche';
  await signIn(page, accounts.sonnenblumeLead);
  await page.goto('/partner');
  await searchFor(page, 'Caritas');
  const item = results(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: partner }) });
  await expect(item).not.toContainText('Zusammenarbeit:');
  await item.getByRole('link', { name: partner }).click();
  await expect(page.getByRole('heading', { level: 1, name: partner })).toBeVisible();

  const cooperation = page.getByRole('region', { name: 'Zusammenarbeit mit Familienzentrum Sonnenblume' });
  await expect(cooperation).toContainText('gehört noch nicht zum Netzwerk');
  await cooperation.getByRole('button', { name: 'Zu meinem Netzwerk hinzufügen' }).click();
  await expect(cooperation.getByRole('status')).toContainText('gehört jetzt zum Netzwerk');
  await expect(cooperation.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(cooperation.getByRole('radio', { name: 'Potenziell' })).toBeChecked();
  await expect(cooperation.locator('[aria-current="step"]')).toContainText('Potenziell');

  await cooperation.getByRole('radio', { name: 'Aktiv' }).check();
  await cooperation
    .getByRole('textbox', { name: 'Nächster Schritt' })
    .fill('Sprechstunde im Familienzentrum planen');
  await cooperation.getByRole('button', { name: 'Speichern' }).click();
  await expect(cooperation.getByRole('status')).toContainText('Gespeichert. Status: „Aktiv“.');
  await expect(cooperation.locator('[aria-current="step"]')).toContainText('Aktiv');
  await expect(cooperation.getByRole('list', { name: 'Stand der Zusammenarbeit' })).toBeVisible();

  // The network view lists it under "Aktiv", with its next step.
  await page.getByRole('link', { name: 'Mein Netzwerk' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Netzwerk' })).toBeFocused();
  const active = page.getByRole('region', { name: /^Aktiv \(\d+\)$/ });
  await expect(active.getByRole('link', { name: partner })).toBeVisible();
  await expect(active.getByRole('listitem').filter({ hasText: partner })).toContainText(
    'Nächster Schritt: Sprechstunde im Familienzentrum planen',
  );
});

test('the network view shows the missing partner kinds, priority kinds first', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  await page.goto('/netzwerk');
  await expect(page).toHaveTitle('Mein Netzwerk: Familienzentrum Sonnenblume – Familiennetz');
  const missing = page.getByRole('list', { name: 'Fehlende Partnerarten' });
  const first = missing.getByRole('listitem').first();
  await expect(first).toContainText('Familienbildung');
  await expect(first).toContainText('Vorrangig');
  await expect(page.getByRole('region', { name: /^Beendet \(\d+\)$/ })).toBeVisible();
  // A missing kind leads to the directory, filtered by it.
  await first.getByRole('link', { name: 'Familienbildung im Verzeichnis suchen' }).click();
  await expect(page).toHaveURL(/\/partner\?.*kind=family_education/);
  await expect(results(page).getByRole('listitem').first()).toContainText('Familienbildung');
});

test('without map tiles the list stays complete and the map stays out of the way', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  await page.goto('/partner');
  await expect(results(page).getByRole('listitem').first()).toBeVisible();
  const map = page.getByRole('region', { name: 'Karte' });
  await expect(map.getByText('Der Kartenhintergrund konnte nicht geladen werden.')).toBeVisible();
  // The map itself is hidden from assistive technology and the keyboard; the list is its accessible alternative.
  await expect(map.locator('.partner-map')).toHaveAttribute('aria-hidden', 'true');
  await expect(map.locator('.partner-map [tabindex]:not([tabindex="-1"])')).toHaveCount(0);
  await expect(map.locator('.partner-map path.leaflet-interactive').first()).toBeVisible();
});

test('a partner organisation sees the directory but no network or cooperation controls', async ({ page }) => {
  await signIn(page, accounts.partnerStaff);
  await page.goto('/partner');
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerverzeichnis' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /Entfernung/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Mein Netzwerk' })).toHaveCount(0);
  await searchFor(page, 'Familienbildung');
  await results(page).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Steckbrief' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Zusammenarbeit mit/ })).toHaveCount(0);
  await page.goto('/netzwerk');
  await expect(
    page.getByText('Die Netzwerkansicht gibt es für Mitglieder von Familienzentren.'),
  ).toBeVisible();
});

test('a partner edits its own profile; saving confirms it', async ({ page }) => {
  await signIn(page, accounts.partnerStaff);
  await page.goto('/partner');
  await searchFor(page, 'Erziehungsberatungsstelle');
  await results(page).getByRole('link', { name: 'Erziehungsberatungsstelle Musterstadt' }).click();
  await page.getByRole('button', { name: 'Profil bearbeiten' }).click();
  const mandate = page.getByRole('textbox', { name: 'Kernauftrag' });
  await expect(mandate).toBeFocused();
  await mandate.fill('Berät Eltern, Kinder und Jugendliche – kostenfrei und vertraulich.');
  await page.getByRole('checkbox', { name: 'Gebärdensprache' }).check();
  await page.getByRole('button', { name: 'Öffnungszeit hinzufügen' }).click();
  await page.getByRole('button', { name: 'Ansprechperson hinzufügen' }).click();
  await page.getByRole('button', { name: 'Speichern und bestätigen' }).click();
  // A contact person needs a name.
  await expect(page.getByText('Bitte geben Sie einen Namen ein.')).toBeVisible();
  await page.getByRole('button', { name: /^3 entfernen$/ }).click();
  await page.getByRole('button', { name: 'Speichern und bestätigen' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'gespeichert' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Profil bearbeiten' })).toBeFocused();
  const facts = page.getByRole('region', { name: 'Steckbrief' });
  await expect(facts).toContainText('kostenfrei und vertraulich.');
  await expect(facts).toContainText('Gebärdensprache');
  await expect(facts).toContainText('09:00–12:00 Uhr');
  const today = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(
    new Date(),
  );
  await expect(facts).toContainText(`Zuletzt bestätigt${today}`);
});

test('a family centre sees no edit button on a partner profile', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  await page.goto('/partner?q=Erziehungsberatungsstelle');
  await results(page).getByRole('link', { name: 'Erziehungsberatungsstelle Musterstadt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Steckbrief' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Profil bearbeiten' })).toHaveCount(0);
});

test('profiles nobody confirmed for long are marked, in the list and on the profile', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  await page.goto('/partner?q=Babyschwimmen&radius=all');
  const item = results(page).getByRole('listitem').first();
  await expect(item).toContainText('SV Musterstadt – Babyschwimmen');
  await expect(item).toContainText('Angaben nicht bestätigt');
  await item.getByRole('link').click();
  await expect(page.getByText('Diese Angaben wurden länger nicht bestätigt')).toBeVisible();
  await expect(page.getByText('Zuletzt bestätigt')).toBeVisible();
});

test('"Mehr laden" appends the next results and moves the keyboard to the first new one', async ({
  page,
}) => {
  await signIn(page, accounts.sonnenblumeLead);
  await page.goto('/partner?radius=all');
  await expect(results(page).getByRole('listitem')).toHaveCount(20);
  await expect(page.getByRole('status').filter({ hasText: 'Partner gefunden' })).toContainText('20 von');
  await page.getByRole('button', { name: 'Mehr laden' }).click();
  await expect(results(page).getByRole('listitem')).toHaveCount(40);
  await expect(results(page).getByRole('listitem').nth(20).getByRole('link')).toBeFocused();
});

test('switching districts directly, with counts while no district is chosen', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  await page.goto('/partner?radius=all');
  await page.getByRole('combobox', { name: 'Sozialraum' }).click();
  await page.getByRole('option', { name: /^Altstadt \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/districtId=/);
  await expect(results(page).getByRole('listitem').first()).toContainText('45991');
  await page.getByRole('combobox', { name: 'Sozialraum' }).click();
  await page.getByRole('option', { name: 'Südpark', exact: true }).click();
  await expect(results(page).getByRole('listitem').first()).toContainText('45993');
});

test('the directory needs a sign-in', async ({ page }) => {
  await page.goto('/partner?q=Beratung');
  await expect(page).toHaveURL(/\/anmelden\?redirect=/);
});

// Screenshots for looking at the layout by eye: `SCREENSHOTS=1 npx playwright test directory`.
test('screenshots of the directory pages', async ({ page }) => {
  test.skip(!process.env.SCREENSHOTS, 'only when SCREENSHOTS=1');
  const shoot = async (name: string) => {
    for (const size of [
      { name: 'desktop', width: 1280, height: 900 },
      { name: 'phone', width: 375, height: 812 },
    ]) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.waitForTimeout(400);
      await page.screenshot({ path: `test-results/screenshots/${name}-${size.name}.png`, fullPage: true });
      if (size.name === 'phone') {
        // Full-page phone shots are too tall to read: also take the screen, scrolled, part by part.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let part = 0; part * 700 < height && part < 6; part++) {
          await page.evaluate((y) => window.scrollTo(0, y), part * 700);
          await page.waitForTimeout(100);
          await page.screenshot({ path: `test-results/screenshots/${name}-${size.name}-${part}.png` });
        }
        await page.evaluate(() => window.scrollTo(0, 0));
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  };
  await signIn(page, accounts.sonnenblumeLead);
  await page.goto('/partner?q=Beratung');
  await expect(results(page).getByRole('listitem').first()).toBeVisible();
  await shoot('directory');
  await results(page).getByRole('link', { name: 'Erziehungsberatungsstelle Musterstadt' }).click();
  await expect(page.getByRole('radio', { name: 'Aktiv' })).toBeChecked();
  await shoot('partner-profile');
  await page.goto('/netzwerk');
  await expect(page.getByRole('heading', { level: 2, name: 'Fehlende Partnerarten' })).toBeVisible();
  await shoot('network');
  await signOut(page);
  await signIn(page, accounts.partnerStaff);
  await page.goto('/partner?q=Erziehungsberatungsstelle');
  await results(page).getByRole('link', { name: 'Erziehungsberatungsstelle Musterstadt' }).click();
  await page.getByRole('button', { name: 'Profil bearbeiten' }).click();
  await shoot('partner-profile-edit');
  await signOut(page);
  await signIn(page, accounts.sonnenblumeLead);
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/partner');
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
  await shoot('directory-en');
});

test('a planner sees how current the partner profiles are, per district and centre', async ({ page }) => {
  await signIn(page, accounts.planner);
  await page.getByRole('link', { name: 'Aktualität' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aktualität der Partnerprofile' })).toBeVisible();
  const districts = page.getByRole('table', { name: 'Nach Sozialraum' });
  await expect(districts.getByRole('columnheader', { name: 'nicht bestätigt' })).toBeVisible();
  const centres = page.getByRole('table', { name: /Nach Familienzentrum/ });
  await expect(centres.getByRole('rowheader', { name: 'Familienzentrum Sonnenblume' })).toBeVisible();
  // The demo data has 6 stale profiles in Musterstadt: the district counts add up to them.
  const staleCells = await districts.locator('tbody tr td:nth-child(3)').allTextContents();
  const staleCounts = staleCells.map((cell) => Number.parseInt(cell, 10));
  expect(staleCounts.reduce((a, b) => a + b, 0)).toBe(6);
  await expectNoViolations(page);
});
