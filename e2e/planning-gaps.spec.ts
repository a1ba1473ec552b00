import { expect, test } from '@playwright/test';
import { accounts, expectNoViolations, pageOf } from './helpers';

// Issue 18 as the planner uses it: the gap list names Südpark without family education, the two Elterncafés for
// 0–3 on Tuesday mornings 800 m apart are an overlap, the matrix says it in words, and a gap becomes a task.
test('gaps, overlaps and the matrix; a gap becomes a planning task', async ({ browser }) => {
  test.setTimeout(90_000);
  const planner = await pageOf(browser, accounts.planner);
  await planner.goto('/planung/luecken');
  await expect(planner.getByRole('heading', { level: 1, name: 'Lücken und Überschneidungen' })).toBeVisible();
  const gaps = planner.getByRole('list', { name: /^Lücken/ });
  await planner.getByLabel('Art der Lücke').selectOption('no_cooperation');
  const suedpark = gaps
    .getByRole('listitem')
    .filter({ hasText: 'Keine aktive Kooperation mit Familienbildung' })
    .filter({ hasText: 'Sozialraum Südpark' });
  await expect(suedpark).toHaveCount(1);
  await expect(suedpark.getByRole('link', { name: 'Passende Partner im Verzeichnis suchen' })).toBeVisible();

  const overlap = planner
    .getByRole('list', { name: /^Überschneidungen/ })
    .getByRole('listitem')
    .filter({ hasText: 'Elterncafé: Familienzentrum Sonnenblume' })
    .filter({ hasText: 'Elterncafé am Stadtpark: Grundschule am Stadtpark' });
  await expect(overlap).toContainText('0,8 km voneinander entfernt');
  await expect(overlap).toContainText('Di.,');
  const matrix = planner.getByRole('table', { name: 'Familienzentren und vorrangige Partner' });
  await expect(matrix.getByRole('row', { name: /Familienzentrum Regenbogen/ })).toContainText(
    'keine aktive Kooperation',
  );
  await expectNoViolations(planner);

  await suedpark.getByRole('button', { name: /Aufgabe anlegen/ }).click();
  const dialog = planner.getByRole('dialog', { name: 'Planungsaufgabe anlegen' });
  await expect(dialog.getByRole('textbox', { name: 'Titel' })).toHaveValue(
    'Keine aktive Kooperation mit Familienbildung – Sozialraum Südpark',
  );
  await dialog.getByLabel('Fällig am').fill('2027-03-31');
  await expectNoViolations(planner);
  await dialog.getByRole('button', { name: 'Aufgabe anlegen' }).click();
  await expect(planner.getByRole('status').filter({ hasText: 'ist angelegt' })).toBeVisible();
  await expect(suedpark.getByText('Aufgabe angelegt')).toBeVisible();
});
