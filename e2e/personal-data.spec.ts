import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { accounts, expectNoViolations, invitationLinkFor, signIn } from './helpers';

test('a signed-in person downloads their data as a JSON file', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeStaff);
  await page.getByRole('link', { name: 'Mein Konto' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Auskunft über Ihre Daten' })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/personal-data-section.png', fullPage: true });
  await expectNoViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Meine Daten herunterladen' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^personal-data-mehmet-aydin-\d{4}-\d\d-\d\d\.json$/);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(data.account.user.email).toBe(accounts.sonnenblumeStaff.email);
  expect(data.account.memberships[0].organizationName).toBe(accounts.sonnenblumeStaff.organization);
});

test('an organisation admin deletes a member after confirming, and the list says what happened', async ({
  page,
  playwright,
}) => {
  const email = `loeschen-${Date.now()}@fz-sonnenblume.example`;
  await signIn(page, accounts.sonnenblumeAdmin);
  const origin = new URL(page.url()).origin;
  const me = await (await page.request.get('/api/v1/me')).json();
  const organizationId: string = me.memberships[0].organizationId;
  const invited = await page.request.post(`/api/v1/organizations/${organizationId}/invitations`, {
    data: { email, role: 'staff' },
    headers: { origin },
  });
  expect(invited.status()).toBe(201);
  const token = (await invitationLinkFor(email)).split('/').pop();
  // Accepting in a separate context: the new person's cookie must not replace the admin's.
  const anonymous = await playwright.request.newContext({ baseURL: origin });
  const accepted = await anonymous.post(`/api/v1/invitations/by-token/${token}/accept`, {
    data: { name: 'Erika Löschbar', password: 'Blaue Kaffeetasse am Fenster 42' },
    headers: { origin },
  });
  expect(accepted.status()).toBe(200);
  await anonymous.dispose();

  await page.goto('/organisation');
  await page
    .getByRole('button', { name: 'Erika Löschbar löschen (Konto und personenbezogene Daten)' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Person löschen' });
  await expect(dialog).toContainText('Pseudonym');
  await page.screenshot({ path: 'test-results/erase-member-dialog.png' });
  await expectNoViolations(page);
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Das Konto von Erika Löschbar wurde gelöscht' }),
  ).toContainText('Gelöschte Person');
  await expect(page.getByText(email)).toHaveCount(0);
  await page.screenshot({ path: 'test-results/erase-member-done.png', fullPage: true });
});
