import { expect, type Page, test } from '@playwright/test';
import { accounts, expectNoViolations, invitationLinkFor, mailedLinkFor, signIn, signOut } from './helpers';

const firstPassword = 'ein-sicheres-passwort';
const newPassword = 'Kaffee mit Milch am Morgen';

/** A new person of their own (the demo accounts keep the demo password for the other specs). */
async function createPerson(page: Page, email: string) {
  await signIn(page, accounts.sonnenblumeAdmin);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Einladen' }).click();
  await expect(page.getByRole('status').filter({ hasText: email })).toBeVisible();
  await signOut(page);
  await page.goto(await invitationLinkFor(email));
  await page.getByLabel('Ihr Name').fill('Rita Reset');
  // A well-known password is refused by the server, under the field.
  await page.getByRole('textbox', { name: 'Passwort' }).fill('123456789012');
  await page.getByRole('button', { name: 'Konto anlegen und annehmen' }).click();
  await expect(page.getByText('Dieses Passwort ist zu bekannt')).toBeVisible();
  await page.getByRole('textbox', { name: 'Passwort' }).fill(firstPassword);
  await page.getByRole('button', { name: 'Konto anlegen und annehmen' }).click();
  await expect(page.getByText('Angemeldet als Rita Reset')).toBeVisible();
  await signOut(page);
}

async function signInWith(page: Page, email: string, password: string) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
}

test('a person who forgot the password sets a new one by e-mail link, once', async ({ page }) => {
  test.setTimeout(90_000);
  const email = `reset-${Date.now()}@fz-sonnenblume.example`;
  await createPerson(page, email);

  await page.goto('/anmelden');
  await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Passwort vergessen' })).toBeVisible();
  await expectNoViolations(page);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Link anfordern' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Wenn es für ${email} ein Konto gibt` }),
  ).toBeVisible();
  await expectNoViolations(page);

  const link = await mailedLinkFor(email, '/passwort-zuruecksetzen/');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' })).toBeVisible();
  // The rules are there before anything is sent, and read out with the field.
  const field = page.getByRole('textbox', { name: 'Neues Passwort', exact: true });
  await expect(field).toHaveAccessibleDescription(/mindestens 12 Zeichen lang/);
  await expectNoViolations(page);

  await field.fill('reset-sagt-hallo-2024');
  await page.getByRole('textbox', { name: 'Neues Passwort wiederholen' }).fill('reset-sagt-hallo-2024');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(field).toHaveAccessibleDescription(/E-Mail-Adresse und Namen daraus nicht enthalten/);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations(page);

  await field.fill(newPassword);
  await page.getByRole('textbox', { name: 'Neues Passwort wiederholen' }).fill(newPassword);
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ihr Passwort ist geändert.' })).toBeVisible();
  await expectNoViolations(page);

  // The link works only once.
  await page.goto(link);
  await field.fill('Tee mit Zitrone am Abend');
  await page.getByRole('textbox', { name: 'Neues Passwort wiederholen' }).fill('Tee mit Zitrone am Abend');
  await page.getByRole('button', { name: 'Passwort speichern' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet.',
  );
  await expect(page.getByRole('link', { name: 'Neuen Link anfordern' })).toBeVisible();
  await expectNoViolations(page);

  // The old password no longer works, the new one does.
  await signInWith(page, email, firstPassword);
  await expect(page.getByRole('alert')).toContainText('E-Mail-Adresse oder Passwort ist falsch.');
  await signInWith(page, email, newPassword);
  await expect(page.getByText('Angemeldet als Rita Reset')).toBeVisible();
});
