import { expect, test } from '@playwright/test';
import { accounts, expectNoViolations, pageOf } from './helpers';

// Issue 18 §7 as a planner uses it: the yearly report page with the year, the downloads and the preview,
// where Südpark's missing family-education cooperation shows as a gap.
test('the planner previews the yearly report and downloads the PDF and the XLSX', async ({ browser }) => {
  test.setTimeout(90_000);
  const planner = await pageOf(browser, accounts.planner);
  await planner.goto('/planung/bericht?year=2026');
  await expect(
    planner.getByRole('heading', {
      level: 1,
      // The accessible name leaves out the soft hyphens that let the title break on phones.
      name: 'Jahresbericht für den Jugendhilfeausschuss',
    }),
  ).toBeVisible();
  await expect(planner.getByText('Verglichen mit 2025')).toBeVisible();
  const gaps = planner.getByRole('table', { name: 'Lücken' });
  await expect(
    gaps.getByRole('row', { name: /Südpark ganzer Sozialraum Keine aktive Kooperation mit Familienbildung/ }),
  ).toBeVisible();
  await expect(
    planner.getByRole('table', { name: 'Bedarf' }).getByRole('columnheader', { name: 'Kinder 0–3' }),
  ).toBeVisible();
  await expectNoViolations(planner);

  const [pdf] = await Promise.all([
    planner.waitForEvent('download'),
    planner.getByRole('link', { name: 'Bericht als PDF' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe('Jugendhilfeplanung-Musterstadt-2026.pdf');
  const [xlsx] = await Promise.all([
    planner.waitForEvent('download'),
    planner.getByRole('link', { name: 'Tabellen als Excel-Datei (XLSX)' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe('Jugendhilfeplanung-Musterstadt-2026.xlsx');

  await planner.getByRole('combobox', { name: 'Berichtsjahr' }).click();
  await planner.getByRole('option', { name: '2025' }).click();
  await expect(planner).toHaveURL(/year=2025/);
  await expect(planner.getByText('Verglichen mit 2024')).toBeVisible();
});
