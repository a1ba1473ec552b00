import { expect, test } from '@playwright/test';
import { accounts, demoPassword, signIn, signInWithForm, signOut } from './helpers';

test.describe('sign-in as each demo account', () => {
  for (const account of Object.values(accounts)) {
    test(`${account.email} signs in, sees their start and signs out`, async ({ page }) => {
      await signInWithForm(page, account);
      if (account.organization) {
        await expect(page).toHaveURL(/\/organisation/);
        await expect(page.getByRole('heading', { level: 1, name: account.organization })).toBeVisible();
        await expect(page).toHaveTitle(`Meine Organisation: ${account.organization} – Familiennetz`);
      } else {
        await expect(page).toHaveURL(/\/verwaltung\/organisationen/);
        await expect(page.getByRole('heading', { level: 1, name: 'Organisationen verwalten' })).toBeVisible();
        await expect(
          page.getByRole('list', { name: 'Organisationen' }).getByRole('listitem').first(),
        ).toBeVisible();
      }
      await signOut(page);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('link', { name: 'Meine Organisation' })).toHaveCount(0);
    });
  }

  test('the planner also reaches the organisation admin page', async ({ page }) => {
    await signIn(page, accounts.planner);
    await page.getByRole('link', { name: 'Organisationen verwalten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationen verwalten' })).toBeVisible();
  });

  test('staff sees no admin navigation', async ({ page }) => {
    await signIn(page, accounts.sonnenblumeStaff);
    await expect(page.getByRole('link', { name: 'Meine Organisation' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Organisationen verwalten' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Profil bearbeiten' })).toHaveCount(0);
  });

  test('a wrong password shows a localised error', async ({ page }) => {
    await page.goto('/anmelden');
    await page.getByLabel('E-Mail-Adresse').fill(accounts.sonnenblumeLead.email);
    await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill('wrong-password-123');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('alert')).toContainText('E-Mail-Adresse oder Passwort ist falsch.');
  });

  test('a signed-out visit to a protected page leads to sign-in and back', async ({ page }) => {
    await page.goto('/organisation');
    await expect(page).toHaveURL(/\/anmelden\?redirect=/);
    await page.getByLabel('E-Mail-Adresse').fill(accounts.regenbogenLead.email);
    await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Familienzentrum Regenbogen' })).toBeVisible();
  });

  test('keyboard only: skip link, sign-in form, submit with Enter', async ({ page }) => {
    await page.goto('/anmelden');
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeVisible();
    await page.keyboard.press('Enter');
    const email = page.getByLabel('E-Mail-Adresse');
    for (let i = 0; i < 10 && !(await email.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(email).toBeFocused();
    await page.keyboard.type(accounts.sonnenblumeLead.email);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Passwort', exact: true })).toBeFocused();
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: accounts.sonnenblumeLead.organization }),
    ).toBeVisible();
    // After the navigation, focus sits on the new page's heading (announced by screen readers).
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('unknown pages show the 404 page', async ({ page }) => {
    await page.goto('/gibt-es-nicht');
    await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
    await expect(page).toHaveTitle('Seite nicht gefunden – Familiennetz');
  });
});

test('the instance admin filters the organisation list and loads more', async ({ page }) => {
  await signIn(page, accounts.instanceAdmin);
  const list = page.getByRole('list', { name: 'Organisationen' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const firstPage = await list.getByRole('listitem').count();
  const loadMore = page.getByRole('button', { name: 'Mehr laden' });
  if (await loadMore.isVisible()) {
    await loadMore.click();
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(firstPage);
  }
  await page.getByRole('searchbox', { name: 'Suche' }).fill('Sonnenblume');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(list.getByText('Familienzentrum Sonnenblume')).toBeVisible();
  await expect(list.getByText('Familienzentrum Regenbogen')).toHaveCount(0);

  await page.getByRole('button', { name: 'Zurücksetzen' }).click();
  await page.getByRole('combobox', { name: 'Art' }).click();
  await page.getByRole('option', { name: 'Jugendamt', exact: true }).click();
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(list.getByText('Jugendamt Musterstadt')).toBeVisible();
  await expect(list.getByText('Familienzentrum Sonnenblume')).toHaveCount(0);
});

test('the instance admin creates an organisation', async ({ page }) => {
  const name = `Familienbildungsstätte Test ${Date.now()}`;
  await signIn(page, accounts.instanceAdmin);
  await page.getByRole('button', { name: 'Neue Organisation anlegen' }).click();
  await page.getByRole('combobox', { name: 'Art' }).first().click();
  await page.getByRole('option', { name: 'Partnerorganisation' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await expect(page.getByRole('combobox', { name: 'Kommune' })).toHaveValue(/Musterstadt/);
  await page.getByRole('textbox', { name: 'Straße und Hausnummer' }).fill('Lindenstraße 4');
  await page.getByRole('textbox', { name: 'Postleitzahl' }).fill('45991');
  await page.getByRole('textbox', { name: 'Ort' }).fill('Musterstadt');
  await page.getByRole('textbox', { name: 'Breitengrad' }).fill('51,5');
  await page.getByRole('textbox', { name: 'Längengrad' }).fill('7.45');
  await page.getByRole('button', { name: 'Anlegen', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} wurde angelegt.` })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Suche' }).fill(name);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('list', { name: 'Organisationen' }).getByText(name)).toBeVisible();
});
