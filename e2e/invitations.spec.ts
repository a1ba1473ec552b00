import { expect, test } from '@playwright/test';
import { accounts, invitationLinkFor, signIn, signOut } from './helpers';

test('an organisation admin invites a new person and can revoke the invitation', async ({ page }) => {
  const email = `neu-${Date.now()}@fz-sonnenblume.example`;
  await signIn(page, accounts.sonnenblumeAdmin);
  await expect(page.getByRole('heading', { level: 2, name: 'Einladungen' })).toBeVisible();

  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('combobox', { name: 'Rolle', exact: true }).click();
  await page.getByRole('option', { name: 'Leitung' }).click();
  await page.getByRole('button', { name: 'Einladen' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: `Die Einladung an ${email} wurde verschickt.` }),
  ).toBeVisible();
  const pending = page.getByRole('list', { name: 'Offene Einladungen' });
  await expect(pending.getByText(email)).toBeVisible();
  await expect(pending.getByText(/Leitung/)).toBeVisible();

  await page.getByRole('button', { name: `Einladung an ${email} zurückziehen` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'zurückgezogen' })).toBeVisible();
  await expect(pending.getByText(email)).toHaveCount(0);
});

test('an organisation admin can change a member role and back', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeAdmin);
  const role = page.getByRole('combobox', { name: 'Rolle von Mehmet Aydın' });
  await expect(role).toHaveValue('Fachkraft');
  await role.click();
  await page.getByRole('option', { name: 'Leitung' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mehmet Aydın' })).toBeVisible();
  await expect(role).toHaveValue('Leitung');
  await role.click();
  await page.getByRole('option', { name: 'Fachkraft' }).click();
  await expect(role).toHaveValue('Fachkraft');
});

test('an unknown invitation link says so', async ({ page }) => {
  await page.goto('/einladung/unbekannt-0123456789abcdefghij');
  await expect(page.getByRole('heading', { level: 1, name: 'Einladung' })).toBeVisible();
  await expect(page.getByText('Diese Einladung gibt es nicht.')).toBeVisible();
});

test('removing a member asks first; cancelling keeps them and returns focus', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeAdmin);
  const remove = page.getByRole('button', { name: 'Mehmet Aydın entfernen' });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Mitglied entfernen' });
  await expect(dialog).toContainText(
    'Soll Mehmet Aydın wirklich aus Familienzentrum Sonnenblume entfernt werden?',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(page.getByText('fachkraft@fz-sonnenblume.example')).toBeVisible();
});

test('an invited person follows the e-mail link, creates an account and joins the centre', async ({
  page,
}) => {
  const email = `neu-${Date.now()}@fz-sonnenblume.example`;
  await signIn(page, accounts.sonnenblumeAdmin);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Einladen' }).click();
  await expect(page.getByRole('status').filter({ hasText: email })).toBeVisible();
  await signOut(page);

  await page.goto(await invitationLinkFor(email));
  await expect(
    page.getByText('Sie wurden eingeladen, bei Familienzentrum Sonnenblume als Fachkraft mitzuarbeiten.'),
  ).toBeVisible();
  await page.getByLabel('Ihr Name').fill('Nora Neumann');
  await page.getByRole('textbox', { name: 'Passwort' }).fill('ein-sicheres-passwort');
  await page.getByRole('button', { name: 'Konto anlegen und annehmen' }).click();
  // Accepting signs the new person in and opens their organisation.
  await expect(page.getByRole('heading', { level: 1, name: 'Familienzentrum Sonnenblume' })).toBeVisible();
  await expect(page.getByText('Ihre Rolle: Fachkraft')).toBeVisible();
  await expect(page.getByText('Angemeldet als Nora Neumann')).toBeVisible();
});
