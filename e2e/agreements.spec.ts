import { expect, type Page, test } from '@playwright/test';
import { accounts, expectNoViolations, signIn, signOut } from './helpers';

const counsellingCentre = 'Erziehungsberatungsstelle Musterstadt';
const templateTitle = 'Offene Sprechstunde der Erziehungsberatung im Familienzentrum';

/** Both widths the product must work at; the page is checked by axe at each. */
async function expectAccessibleAtBothWidths(page: Page, name: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: `test-results/agreements/${name}-${width}.png`, fullPage: true });
    await expectNoViolations(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function transition(page: Page, button: string, status: string) {
  await page.getByRole('button', { name: button }).click();
  // Signing may take a party past its staff hours (depends on today's date): then the page asks first.
  const done = page.getByRole('status').filter({ hasText: `Der Status ist jetzt „${status}“.` });
  const warning = page.getByRole('dialog', { name: 'Mehr Stunden als verfügbar' });
  await expect(done.or(warning)).toBeVisible();
  if (await warning.isVisible()) await warning.getByRole('button', { name: /^Trotzdem/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Der Status ist jetzt „${status}“.` }),
  ).toBeVisible();
}

async function signFor(page: Page, role: string) {
  const signatures = page.getByRole('region', { name: 'Unterschriften' });
  await expect(signatures.getByRole('heading', { level: 3, name: /^Für .* unterschreiben$/ })).toBeVisible();
  await signatures.getByRole('textbox', { name: 'Funktion' }).fill(role);
  await signatures.getByRole('button', { name: 'Unterschrift eintragen' }).click();
  await expect(signatures.getByRole('status').filter({ hasText: 'wurde eingetragen' })).toBeVisible();
}

test('create from a template, edit, review, sign as both parties, download the PDF', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, accounts.sonnenblumeLead);
  await page.getByRole('link', { name: 'Vereinbarungen', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kooperationsvereinbarungen' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Braucht Aufmerksamkeit' })).toBeVisible();
  await expectAccessibleAtBothWidths(page, 'list');

  await page.getByRole('link', { name: 'Neue Vereinbarung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neue Kooperationsvereinbarung' })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(templateTitle) }).check();
  const title = `Sprechstunde Erziehungsberatung ${Date.now()}`;
  await page.getByRole('textbox', { name: 'Titel' }).fill(title);
  // The end may not lie before the start: the form says so before anything is sent.
  await page.getByLabel('Beginn').fill('2026-09-01');
  await page.getByRole('checkbox', { name: 'Unbefristet' }).uncheck();
  await page.getByLabel('Ende', { exact: true }).fill('2026-08-01');
  await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
  await expect(page.getByText('Das Ende darf nicht vor dem Beginn liegen.')).toBeVisible();
  await expect(page.getByText('Bitte wählen Sie eine Partnereinrichtung.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Unbefristet' }).check();
  await page.getByLabel('Überprüfung am').fill('2027-06-30');
  const partner = page.getByRole('combobox', { name: 'Partnereinrichtung 1' });
  await partner.fill('Erziehungsberatung');
  await page.getByRole('option', { name: counsellingCentre }).click();
  await expect(page.getByText('Vertragspartei: Stadt Musterstadt')).toBeVisible();
  await expectAccessibleAtBothWidths(page, 'create');
  await page.getByRole('button', { name: 'Entwurf anlegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const agreementUrl = page.url();
  await expect(page.locator('[aria-current="step"]')).toContainText('Entwurf');
  const goals = page.getByRole('region', { name: /Ziele und Zielgruppen/ });
  await goals.getByRole('button', { name: 'Ziele und Zielgruppen bearbeiten' }).click();
  const goalsText = goals.getByRole('textbox', { name: 'Ziele und Zielgruppen', exact: true });
  await expect(goalsText).toBeFocused();
  await goalsText.fill('Eltern aus der Altstadt erhalten ohne Anmeldung Beratung – auch auf Türkisch.');
  await goals.getByRole('button', { name: 'Speichern' }).click();
  await expect(goals.getByRole('status')).toContainText('wurde gespeichert');
  await expect(goals).toContainText('auch auf Türkisch.');
  const services = page.getByRole('table', { name: /Wer leistet was/ });
  await expect(services.getByRole('row')).not.toHaveCount(0);
  await expectAccessibleAtBothWidths(page, 'draft');

  await transition(page, 'Zur Abstimmung geben', 'In Abstimmung');
  await transition(page, 'Zur Unterschrift freigeben', 'Bereit zur Unterschrift');
  // The lead represents the centre's party only: signing is offered for that party, not for the other.
  const signatures = page.getByRole('region', { name: 'Unterschriften' });
  await expect(
    signatures.getByText(
      'Sie können für Stadt Musterstadt (für Familienzentrum Sonnenblume) unterschreiben.',
    ),
  ).toBeVisible();
  await expect(
    signatures.getByText('Für die anderen Parteien unterschreiben deren Leitungen.'),
  ).toBeVisible();
  await expect(
    signatures.getByRole('heading', {
      level: 3,
      name: 'Für Stadt Musterstadt (für Familienzentrum Sonnenblume) unterschreiben',
    }),
  ).toBeVisible();
  await expect(signatures.getByRole('combobox', { name: 'Partei, für die Sie unterschreiben' })).toHaveCount(
    0,
  );
  await signFor(page, 'Leitung des Familienzentrums');
  // Signed for its own party, the lead is not offered to sign for the counselling centre's.
  await expect(signatures.getByRole('heading', { level: 3, name: /unterschreiben$/ })).toHaveCount(0);
  await expect(signatures.getByRole('button', { name: 'Unterschrift eintragen' })).toHaveCount(0);
  // "signed" is refused while the other party has not signed.
  await page.getByRole('button', { name: 'Als unterschrieben abschließen' }).click();
  await expect(page.getByRole('alert')).toContainText(counsellingCentre);
  await expectAccessibleAtBothWidths(page, 'signature');
  await signOut(page);

  await signIn(page, accounts.partnerLead);
  await page.goto(agreementUrl);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await signFor(page, 'Leitung der Beratungsstelle');
  await transition(page, 'Als unterschrieben abschließen', 'Unterschrieben');
  await expect(page.locator('[aria-current="step"]')).toContainText('Unterschrieben');
  await expectAccessibleAtBothWidths(page, 'signed');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'PDF herunterladen' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await page.request.get(
    `${new URL(agreementUrl).pathname.replace('/vereinbarungen/', '/api/v1/agreements/')}/document.pdf`,
  );
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a Jugendamt planner sees the municipality list and an unshared agreement without its content', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, accounts.planner);
  await page.goto('/vereinbarungen');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Vereinbarungen in Jugendamt Musterstadt' }),
  ).toBeVisible();
  await expect(page.getByText('Den Inhalt sehen Sie nur, wenn die Parteien ihn')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Basiskooperation für einen Sozialraum' })).toBeVisible();
  await expectAccessibleAtBothWidths(page, 'planner-list');
  await page.getByRole('link', { name: 'Kinderturnen in der Turnhalle' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kinderturnen in der Turnhalle' })).toBeVisible();
  await expect(page.getByText('nicht mit dem Jugendamt geteilt')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Inhalt' })).toHaveCount(0);
  await expectAccessibleAtBothWidths(page, 'planner-metadata');
  await page.goto('/vereinbarungen/basiskooperation');
  await expect(page.getByRole('combobox', { name: 'Sozialraum' })).toBeVisible();
  await expectAccessibleAtBothWidths(page, 'framework');
});

test("a lead copies a built-in template as the Träger's own and edits its clauses", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, accounts.sonnenblumeLead);
  await page.goto('/vereinbarungen');
  await page.getByRole('link', { name: 'Vorlagen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vorlagen für Vereinbarungen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Mitgelieferte Vorlagen' })).toBeVisible();
  await expectAccessibleAtBothWidths(page, 'templates');

  // A built-in template is read-only for the lead.
  await page.getByRole('link', { name: 'Gemeinsamer Elternkurs', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gemeinsamer Elternkurs' })).toBeVisible();
  await expect(page.getByText('Mitgelieferte Vorlagen ändert nur die Plattformverwaltung.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vorlage speichern' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Zurück zu den Vorlagen' }).click();

  await page.getByRole('button', { name: '„Raumnutzung“ als eigene Vorlage kopieren' }).click();
  const copy = page.getByRole('form', { name: '„Raumnutzung“ als eigene Vorlage kopieren' });
  await expect(copy.getByRole('textbox', { name: 'Titel der eigenen Vorlage' })).toHaveValue(
    'Raumnutzung (Stadt Musterstadt)',
  );
  await copy.getByRole('textbox', { name: 'Titel der eigenen Vorlage' }).fill('');
  await copy.getByRole('button', { name: 'Kopie anlegen' }).click();
  await expect(copy.getByText('Bitte geben Sie einen Titel ein.')).toBeVisible();
  const title = `Raumnutzung Stadt Musterstadt ${Date.now()}`;
  await copy.getByRole('textbox', { name: 'Titel der eigenen Vorlage' }).fill(title);
  await expectNoViolations(page);
  await copy.getByRole('button', { name: 'Kopie anlegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^Stadt Musterstadt$/ })).toBeVisible();
  const costs = page.getByRole('textbox', { name: '6. Kosten' });
  await costs.fill('Die Stadt Musterstadt stellt den Raum unentgeltlich zur Verfügung.');
  await page.getByRole('button', { name: 'Vorlage speichern' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Die Vorlage wurde gespeichert.' })).toBeVisible();
  await expect(costs).toHaveValue('Die Stadt Musterstadt stellt den Raum unentgeltlich zur Verfügung.');
  await expectAccessibleAtBothWidths(page, 'template');

  // Someone else saves in between: the next save is refused with 409 and offers to reload.
  const templateId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const stored = await page.request.get(`/api/v1/agreement-templates/${templateId}`);
  const other = await page.request.patch(`/api/v1/agreement-templates/${templateId}`, {
    headers: { origin: new URL(page.url()).origin },
    data: { version: (await stored.json()).version, sections: { costs: 'Kosten trägt der Träger.' } },
  });
  expect(other.status()).toBe(200);
  await page.getByRole('textbox', { name: '10. Auswertung und Überprüfung' }).fill('Jährlich im Januar.');
  await page.getByRole('button', { name: 'Vorlage speichern' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Neu laden' }).click();
  await expect(costs).toHaveValue('Kosten trägt der Träger.');

  await page.goto('/vereinbarungen/vorlagen');
  const own = page.getByRole('region', { name: 'Eigene Vorlagen' });
  await expect(own.getByRole('link', { name: title })).toBeVisible();
});
