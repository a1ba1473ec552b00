import { expect, type Page, test } from '@playwright/test';
import { accounts, expectNoViolations, pageOf } from './helpers';

// Issue 19 as people use it: Sonnenblume's lead opens the self-check, finds area 6's two gaps (6.3 no active
// cooperation with a family education centre, 6.6 no minutes) with their next steps, follows the first step into
// the directory, records an active cooperation with the Familienbildungsstätte, and the gap is closed. A partner's
// staff sees no self-check; the planner sees only the aggregated overview.

/** The "Was fehlt" list of the self-check page. */
const missingList = (page: Page) => page.getByRole('list', { name: 'Was fehlt' });

async function openSelfCheck(page: Page) {
  await page.goto('/guetesiegel');
  await expect(page.getByRole('heading', { level: 1, name: 'Gütesiegel-Selbstcheck' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Was fehlt' })).toBeVisible();
}

test('Sonnenblume’s lead closes the gap 6.3 by recording an active cooperation with family education', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const lead = await pageOf(browser, accounts.sonnenblumeLead);
  await openSelfCheck(lead);

  // Area 6's two gaps, each with its next step as a link.
  const gap63 = missingList(lead).getByRole('listitem').filter({ hasText: 'Kriterium 6.3' });
  const gap66 = missingList(lead).getByRole('listitem').filter({ hasText: 'Kriterium 6.6' });
  await expect(gap63).toBeVisible();
  await expect(gap66).toBeVisible();
  await expect(gap66.getByRole('link', { name: /Protokoll .*hochladen/ })).toBeVisible();
  await expect(
    missingList(lead)
      .getByRole('listitem')
      .filter({ hasText: /Kriterium 6\.[1245]\b/ }),
  ).toHaveCount(0);
  // Area 6 is not met; its accordion item is open at first and lists the criterion without evidence.
  await expect(lead.getByRole('button', { name: /Bereich 6: .* nicht erfüllt/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expectNoViolations(lead);

  // The step leads into the directory, filtered to family education.
  await gap63.getByRole('link', { name: /Familienbildung/ }).click();
  await expect(lead).toHaveURL(/\/partner\?.*family_education/);
  await lead
    .getByRole('link', { name: /Ev\. Familienbildungsstätte Musterstadt/ })
    .first()
    .click();
  await lead.getByRole('button', { name: 'Zu meinem Netzwerk hinzufügen' }).click();
  await lead.getByRole('radio', { name: 'Aktiv' }).check();
  await lead.getByRole('button', { name: 'Speichern' }).click();
  await expect(lead.getByText('Gespeichert. Status: „Aktiv“.')).toBeVisible();

  // Back at the self-check: 6.3 has its evidence, 6.6 is still missing.
  await openSelfCheck(lead);
  await expect(gap66).toBeVisible();
  await expect(gap63).toHaveCount(0);
  const area6 = lead.getByRole('region', { name: /Bereich 6:/ });
  const criterion63 = area6.getByRole('listitem').filter({ hasText: /^6\.3/ });
  await expect(criterion63.getByText('Nachweis vorhanden')).toBeVisible();
  await expect(
    criterion63.getByRole('link', { name: /Ev\. Familienbildungsstätte Musterstadt/ }),
  ).toBeVisible();
});

test('the lead records minutes as a note for 6.6 and the gap closes; the form names what is missing', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const lead = await pageOf(browser, accounts.sonnenblumeLead);
  await openSelfCheck(lead);
  await missingList(lead)
    .getByRole('link', { name: /Protokoll .*hochladen/ })
    .click();
  const form = lead.getByRole('form', { name: 'Nachweis hinzufügen' });
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Nachweis speichern' }).click();
  await expect(form.getByText('Bitte eine PDF-Datei wählen.')).toBeVisible();
  await expect(form.getByText('Bitte mindestens ein Kriterium wählen.')).toBeVisible();

  await form.getByRole('radio', { name: 'Notiz' }).check();
  await form.getByRole('textbox', { name: 'Titel' }).fill('Protokoll Netzwerktreffen');
  await form
    .getByRole('textbox', { name: 'Notiz' })
    .fill('Treffen aller Partner, Protokoll im Ordner Netzwerk.');
  await form.getByLabel(/Kriterien, für die der Nachweis zählt/).fill('6.6');
  await lead.getByRole('option', { name: /^6\.6 / }).click();
  // The choice list stays open for more criteria (and covers the button): close it as a person would.
  await lead.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Nachweis speichern' }).click();
  await expect(lead.getByText('„Protokoll Netzwerktreffen“ wurde gespeichert.')).toBeVisible();
  await expect(missingList(lead).getByRole('listitem').filter({ hasText: 'Kriterium 6.6' })).toHaveCount(0);
  await expect(
    lead.getByRole('list', { name: 'Eigene Nachweise' }).getByText('Protokoll Netzwerktreffen'),
  ).toBeVisible();
  await expectNoViolations(lead);
});

test('a partner’s staff sees no self-check of Sonnenblume', async ({ browser }) => {
  const lead = await pageOf(browser, accounts.sonnenblumeLead);
  const centres = await (await lead.request.get('/api/v1/seal/centres')).json();
  const sonnenblume = centres.items.find((c: { name: string }) => c.name === 'Familienzentrum Sonnenblume');
  expect(sonnenblume).toBeTruthy();

  const partner = await pageOf(browser, accounts.partnerStaff);
  await expect(partner.getByRole('link', { name: 'Gütesiegel' })).toHaveCount(0);
  await partner.goto(`/guetesiegel?centre=${sonnenblume.id}`);
  await expect(partner.getByRole('heading', { level: 1, name: 'Gütesiegel-Selbstcheck' })).toBeVisible();
  await expect(partner.getByRole('alert')).toBeVisible();
  await expect(partner.getByRole('heading', { name: 'Was fehlt' })).toHaveCount(0);
  const response = await partner.request.get(`/api/v1/seal/centres/${sonnenblume.id}/self-check`);
  expect([403, 404]).toContain(response.status());
});

test('the planner sees the overview of Musterstadt, with no documents', async ({ browser }) => {
  const planner = await pageOf(browser, accounts.planner);
  await planner.goto('/planung/guetesiegel');
  await expect(planner.getByRole('heading', { level: 1, name: 'Gütesiegel' })).toBeVisible();
  const table = planner.getByRole('table', { name: /Gütesiegel je Familienzentrum und Verbund/ });
  await expect(table.getByRole('rowheader', { name: /Familienzentrum Sonnenblume/ })).toBeVisible();
  await expect(planner.getByText(/Rezertifizierungen in den nächsten 12 Monaten/).first()).toBeVisible();
  await expect(planner.getByRole('link', { name: /PDF|ZIP/ })).toHaveCount(0);
  await expectNoViolations(planner);
});
