import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { accounts, expectNoViolations, signIn, signOut } from './helpers';

// The offering is developed together (lead → partner → lead), then a family finds it without an account.
// One test: each step needs the previous one.

const title = `Starke Eltern – starke Kinder ${Date.now().toString(36)}`;
const lead = accounts.sonnenblumeLead;
const partner = accounts.partnerStaff;

/** A Monday about five weeks ahead, as YYYY-MM-DD (local date of the test machine, Europe/Berlin). */
function firstSessionDate(): string {
  const day = new Date();
  day.setDate(day.getDate() + 35);
  day.setDate(day.getDate() + ((8 - day.getDay()) % 7));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

async function openOwnOffering(page: Page) {
  await page.getByRole('link', { name: 'Unsere Angebote' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unsere Angebote' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill(title);
  await page.getByRole('button', { name: 'Suchen' }).click();
  await page.getByRole('list', { name: 'Angebote' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function createAndPropose(page: Page) {
  await signIn(page, lead);
  await page.getByRole('link', { name: 'Unsere Angebote' }).first().click();
  await page.getByRole('link', { name: 'Neues Angebot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neues Angebot' })).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole('textbox', { name: 'Titel' }).fill(title);
  await page.getByLabel('Art des Angebots').selectOption('course_series');
  await page
    .getByRole('textbox', { name: 'Beschreibung', exact: true })
    .fill('Ein Kurs für Eltern: Erziehung ohne Stress, mit Austausch und Tipps.');
  await page.getByRole('checkbox', { name: 'Familien mit Kindern von 3 bis 6 Jahren' }).check();

  // Co-organiser: the counselling centre carries content and staff.
  await page.getByRole('button', { name: 'Organisation hinzufügen' }).click();
  const newRow = page.getByRole('combobox', { name: 'Organisation' }).last();
  await newRow.click();
  await newRow.fill('Erziehungsberatung');
  await page.getByRole('option', { name: partner.organization }).click();
  await expect(page.getByText(`Aufgaben von ${partner.organization}`, { exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Inhalt' }).last().check();
  await page.getByRole('checkbox', { name: 'Personal' }).last().check();

  // A weekly course of 8 sessions.
  await page.getByLabel('Datum (erster Termin)').fill(firstSessionDate());
  await page.getByLabel('Beginn (Uhrzeit)').fill('15:00');
  await page.getByLabel('Ende (Uhrzeit)').fill('16:30');
  await page.getByLabel('Wiederholung').selectOption('weekly');
  await page.getByLabel('Anzahl Termine').fill('8');
  await page.getByRole('textbox', { name: 'Straße und Hausnummer' }).fill('Sonnenweg 1');
  await page.getByRole('button', { name: 'Angebot anlegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const matrix = page.getByRole('table', { name: /Wer trägt welche Aufgabe/ });
  await expect(matrix.getByRole('columnheader', { name: partner.organization })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Termine' }).getByRole('listitem')).toHaveCount(8);
  await page.getByRole('button', { name: 'Vorschlagen' }).click();
  await expect(page.getByText('Neuer Status: Vorgeschlagen.')).toBeVisible();
  // Without the partner's consent it cannot be agreed yet (409, shown as a problem).
  await page.getByRole('button', { name: 'Als vereinbart festhalten' }).click();
  await expect(page.getByRole('alert')).toContainText(
    `Es fehlt noch die Zustimmung von: ${partner.organization}`,
  );
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('Vorgeschlagen');
  await signOut(page);
}

async function consentAsPartner(page: Page) {
  await signIn(page, partner);
  await openOwnOffering(page);
  const consents = page.getByRole('region', { name: 'Zustimmungen' });
  await expect(consents).toContainText(`${partner.organization}: Zustimmung steht aus`);
  await consents.getByRole('button', { name: `Für ${partner.organization} zustimmen` }).click();
  // The sessions may take the EB past its hours in some month (depends on today's date): then it is asked to
  // confirm, with the month and its figures, and may go on (a warning, never a refusal).
  const done = consents.getByText('Ihre Zustimmung ist festgehalten.');
  const warning = page.getByRole('dialog', { name: 'Mehr Stunden als verfügbar' });
  await expect(done.or(warning)).toBeVisible();
  if (await warning.isVisible()) {
    await expect(warning).toContainText(
      /Erziehungsberatungsstelle Musterstadt, \S+ \d{4}: [\d,]+ von [\d,]+ Stunden/,
    );
    await warning.getByRole('button', { name: 'Trotzdem zustimmen' }).click();
  }
  await expect(done).toBeVisible();
  await expect(consents).toContainText(`${partner.organization}: Zugestimmt am`);
  await signOut(page);
}

async function agreeAndPublish(page: Page) {
  await signIn(page, lead);
  await openOwnOffering(page);
  await page.getByRole('button', { name: 'Als vereinbart festhalten' }).click();
  await expect(page.getByText('Neuer Status: Vereinbart.')).toBeVisible();
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  await expect(page.getByText('Neuer Status: Veröffentlicht.')).toBeVisible();
  await signOut(page);
}

interface Expected {
  title: string;
  runBy?: string;
  sessions?: number;
  rrule?: boolean;
}

/** As a family without an account: find the offering, open it, check its data and calendar entry, run axe. */
async function findAsFamily(browser: Browser, width: number, expected: Expected | null) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/angebote');
  await expect(page.getByRole('heading', { level: 1, name: 'Angebote für Familien' })).toBeVisible();
  await expect(page.getByText(/Angebote? gefunden/)).toBeVisible();
  await expectNoViolations(page);
  const results = page.getByRole('list', { name: 'Ergebnisse' });
  const wanted = expected ?? { title: (await results.getByRole('link').first().textContent()) ?? '' };
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill(wanted.title);
  await page.getByRole('button', { name: 'Suchen' }).click();
  const item = results.getByRole('listitem').filter({ hasText: wanted.title }).first();
  if (wanted.runBy) await expect(item).toContainText(wanted.runBy);
  await page.screenshot({ path: `test-results/offerings-finder-${width}.png`, fullPage: true });
  await item.getByRole('link', { name: wanted.title }).click();

  await expect(page.getByRole('heading', { level: 1, name: wanted.title })).toBeFocused();
  await expect(page).toHaveTitle(`${wanted.title} – Angebote für Familien – Familiennetz`);
  const dates = page.getByRole('region', { name: 'Termine' }).getByRole('listitem');
  if (wanted.sessions) await expect(dates).toHaveCount(wanted.sessions);
  if (wanted.runBy)
    await expect(page.getByRole('region', { name: 'Wer bietet es an?' })).toContainText(partner.organization);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('Event');
  expect(jsonLd.name).toBe(wanted.title);
  if (wanted.sessions) expect(jsonLd.subEvent).toHaveLength(wanted.sessions);
  await expectNoViolations(page);
  await page.screenshot({ path: `test-results/offerings-detail-${width}.png`, fullPage: true });

  const calendarLink = page.getByRole('link', { name: 'Termin in meinen Kalender' });
  const response = await page.request.get((await calendarLink.getAttribute('href')) ?? '');
  expect(response.headers()['content-type']).toContain('text/calendar');
  const [download] = await Promise.all([page.waitForEvent('download'), calendarLink.click()]);
  const ics = readFileSync((await download.path()) ?? '', 'utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  if (wanted.rrule) expect(ics).toContain('RRULE:FREQ=WEEKLY');
  await context.close();
}

test('a family finds a demo offering, opens it and downloads the calendar entry (axe at 1280 and 375 px)', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  await findAsFamily(browser, 1280, null);
  await findAsFamily(browser, 375, null);
});

test('develop an offering together, publish it, and find it as a family', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await createAndPropose(page);
  await consentAsPartner(page);
  await agreeAndPublish(page);
  const expected = {
    title,
    runBy: 'Veranstaltet von Familienzentrum Sonnenblume mit Erziehungsberatungsstelle Musterstadt',
    sessions: 8,
    rrule: true,
  };
  await findAsFamily(browser, 1280, expected);
  await findAsFamily(browser, 375, expected);
});
