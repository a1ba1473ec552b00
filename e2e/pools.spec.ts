import { expect, test } from '@playwright/test';
import { accounts, expectNoViolations, pageOf } from './helpers';

// Issue 17 §6 as people use it: the planner creates a pool, the partner confirms its hours, a centre asks for a
// share, the planner allocates (an over-allocation is named before sending) and produces the framework
// agreements; the centre then sees its own hours and nothing of the other centres.
const title = `EB Musterstadt: 40 h für Altstadt und Am Hafen (${Date.now()})`;

test('a pool from creation to the framework agreements', async ({ browser }) => {
  test.setTimeout(120_000);
  const planner = await pageOf(browser, accounts.planner);
  await planner.getByRole('link', { name: 'Stundenpools' }).click();
  await expect(planner.getByRole('heading', { level: 1, name: 'Stundenpools' })).toBeVisible();
  await planner.getByRole('link', { name: 'Neuen Pool anlegen' }).click();
  await expect(planner.getByRole('heading', { level: 1, name: 'Neuer Stundenpool' })).toBeVisible();
  await planner.getByRole('textbox', { name: 'Titel' }).fill(title);
  await planner.getByRole('combobox', { name: 'Partner' }).fill('Erziehungsberatung');
  await planner.getByRole('option', { name: 'Erziehungsberatungsstelle Musterstadt' }).click();
  await planner.getByRole('textbox', { name: 'Stunden pro Monat' }).fill('40');
  await planner.getByLabel('Gültig ab').fill('2027-01-01');
  await planner.getByLabel('Gültig bis').fill('2027-12-31');
  await planner.getByRole('combobox', { name: 'Bezirke' }).click({ force: true });
  await planner.getByRole('option', { name: 'Altstadt' }).click();
  await planner.getByRole('option', { name: 'Am Hafen' }).click();
  await planner.keyboard.press('Escape');
  await expectNoViolations(planner);
  await planner.getByRole('button', { name: 'Pool anlegen' }).click();
  await expect(planner.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const poolUrl = planner.url();
  await expect(
    planner.getByText('Zuteilen geht, sobald der Partner die Stunden bestätigt hat.'),
  ).toBeVisible();

  const partner = await pageOf(browser, accounts.partnerLead);
  await partner.goto(poolUrl);
  await partner.getByRole('button', { name: 'Stunden bestätigen' }).click();
  await expect(partner.getByText(/^Bestätigt am/)).toBeVisible();

  const centre = await pageOf(browser, accounts.sonnenblumeLead);
  await centre.goto(poolUrl);
  await centre.getByRole('textbox', { name: 'Gewünschte Stunden pro Monat' }).fill('12');
  await centre.getByRole('textbox', { name: 'Begründung' }).fill('Viele Anfragen zu Trennung und Scheidung.');
  await centre.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(centre.getByText('Die Anfrage ist gespeichert.')).toBeVisible();
  await expectNoViolations(centre);

  await planner.reload();
  await expect(planner.getByText('Viele Anfragen zu Trennung und Scheidung.')).toBeVisible();
  const sonnenblume = planner.getByRole('textbox', {
    name: 'Zugeteilte Stunden für Familienzentrum Sonnenblume',
  });
  const wirbelwind = planner.getByRole('textbox', { name: /^Zugeteilte Stunden für DRK-Familienzentrum/ });
  await sonnenblume.fill('30');
  await wirbelwind.fill('15');
  await expect(
    planner.getByText('Zu viel zugeteilt: 45 h/Monat, der Pool hat 40. Bitte um 5 h verringern.'),
  ).toBeVisible();
  await wirbelwind.fill('10');
  await expect(planner.getByText('Summe: 40 von 40 h/Monat')).toBeVisible();
  await planner.getByRole('button', { name: 'Zuteilung speichern' }).click();
  await expect(planner.getByText('Die Zuteilung ist gespeichert.')).toBeVisible();
  await expectNoViolations(planner);
  await planner.getByRole('button', { name: 'Rahmenvereinbarungen erstellen' }).click();
  await expect(planner.getByText('2 Vereinbarungen erstellt.')).toBeVisible();
  await planner
    .getByRole('link', { name: /Familienzentrum Sonnenblume$/ })
    .first()
    .click();
  await expect(planner.getByRole('heading', { level: 1 })).toContainText('Familienzentrum Sonnenblume');

  await centre.reload();
  await expect(centre.getByText('Zugeteilt: 30 h/Monat')).toBeVisible();
  await expect(centre.getByText(/Wirbelwind/)).toHaveCount(0);
});
