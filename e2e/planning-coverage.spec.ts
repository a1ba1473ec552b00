import { expect, test } from '@playwright/test';
import { type Account, accounts, expectNoViolations, signIn } from './helpers';

/** The Landesjugendamt's demo account (README, demo accounts). */
const stateOffice = {
  email: 'planung@landesjugendamt.example',
  name: 'Dr. Ulrike Sommer',
  organization: 'Landesjugendamt (Demo)',
} as unknown as Account;

test('the planner sees coverage per district with trends, and the quarters by target group', async ({
  page,
}) => {
  await signIn(page, accounts.planner);
  await page.goto('/planung');
  const table = page.getByRole('table', { name: 'Versorgung je Sozialraum' });
  await expect(table.getByRole('rowheader', { name: 'Nordviertel' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Kommune gesamt' })).toBeVisible();
  // Every figure says its trend in words too, not by the arrow alone.
  await expect(table.getByText(/als im Vorjahr|wie im Vorjahr/).first()).toBeAttached();
  const quarters = page.getByRole('table', { name: 'Angebote je Quartal' });
  await expect(
    quarters.getByRole('rowheader', { name: 'Familien mit Kindern von 0 bis 3 Jahren' }),
  ).toBeVisible();
  await expectNoViolations(page);
});

test('the Landesjugendamt sees one row per municipality', async ({ page }) => {
  await signIn(page, stateOffice);
  await page.getByRole('link', { name: 'Landesübersicht' }).click();
  const table = page.getByRole('table', { name: 'Kommunen' });
  await expect(table.getByRole('rowheader', { name: 'Musterstadt' })).toBeVisible();
  await expect(table.getByText('Nordviertel')).toHaveCount(0);
  await expectNoViolations(page);
});
