import { expect, test } from '@playwright/test';
import { accounts, expectNoViolations, pageOf } from './helpers';

// Issue 18 §6 as people use it: the planner sees the tasks made from gaps and creates one, a centre's lead finds
// the Jugendamt's proposal on the cooperation page and answers it, and the planner sees the answer.
const title = `Elterncafé Nordviertel abstimmen (${Date.now()})`;

test('tasks, a proposal answered on the cooperation page', async ({ browser }) => {
  test.setTimeout(90_000);
  const planner = await pageOf(browser, accounts.planner);
  await planner.goto('/planung/aufgaben');
  await expect(planner.getByRole('heading', { level: 1, name: 'Aufgaben und Abstimmung' })).toBeVisible();
  await expect(planner.getByText('überfällig')).toBeVisible();
  await expect(
    planner.getByRole('link', { name: /keine Kooperation mit der Familienbildung/ }).first(),
  ).toBeVisible();
  await planner.getByRole('textbox', { name: 'Titel' }).fill(title);
  await planner.getByRole('button', { name: 'Aufgabe anlegen' }).click();
  await expect(planner.getByText('Die Aufgabe wurde angelegt.')).toBeVisible();
  await expect(planner.getByText(title)).toBeVisible();
  await expectNoViolations(planner);

  const regenbogen = await pageOf(browser, accounts.regenbogenLead);
  await regenbogen.goto('/kooperationen');
  await regenbogen
    .getByRole('link', { name: /Familienbildungsstätte/ })
    .first()
    .click();
  await expect(regenbogen.getByRole('heading', { name: 'Vorschlag des Jugendamts' })).toBeVisible();
  await expectNoViolations(regenbogen);
  await regenbogen.getByRole('button', { name: 'Annehmen' }).click();
  await expect(
    regenbogen.getByText(/Vorschlag des Jugendamts: Kurs im Familienzentrum \(angenommen\)/),
  ).toBeVisible();

  await planner.reload();
  const accepted = planner.getByRole('listitem').filter({ hasText: 'Familienzentrum Regenbogen' });
  await expect(accepted.getByText('angenommen')).toBeVisible();
});
