import { expect, test } from '@playwright/test';
import { accounts, expectNoViolations, signIn } from './helpers';

// Issue 18 §5: the planner opens the network of Musterstadt, reads the figures, narrows it to a district and
// finds the same in the tables the chart stands for.
test('the planner reads the network of Musterstadt', async ({ page }) => {
  await signIn(page, accounts.planner);
  await page.goto('/planung/netzwerk');
  await expect(page.getByRole('heading', { level: 1, name: 'Netzwerk' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Netzwerkgrafik mit \d+ Organisationen/ })).toHaveAttribute(
    'data-drawn',
    'true',
  );
  await expect(page.getByRole('heading', { name: /^Partner für 3 oder mehr Familienzentren/ })).toBeVisible();
  const organisations = page.getByRole('table', { name: /^Organisationen/ });
  await expect(organisations.getByRole('rowheader', { name: 'Familienzentrum Sonnenblume' })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole('combobox', { name: 'Sozialraum' }).click();
  await page.getByRole('option', { name: 'Südpark' }).click();
  await expect(page).toHaveURL(/district=/);
  await expect(organisations.getByRole('rowheader', { name: 'Familienzentrum Sonnenblume' })).toBeHidden();
  await expect(
    page
      .getByRole('table', { name: /^Verbindungen/ })
      .getByRole('row')
      .nth(1),
  ).toBeVisible();
});
