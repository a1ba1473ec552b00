import { expect, type Page, test } from '@playwright/test';
import { DateTime } from 'luxon';
import { accounts, expectNoViolations, signIn, signOut } from './helpers';

// Each journey signs in several people and visits many pages: more than the default 30 s on a shared machine.
test.describe.configure({ timeout: 120_000 });

// A date next week, so that it is in the future whenever the test runs; times are local (Europe/Berlin).
const day = DateTime.now().setZone('Europe/Berlin').plus({ weeks: 1 }).startOf('day');
const isoDay = day.toISODate() ?? '';
const germanWeekday = day.setLocale('de-DE').toFormat('cccc');

/** The Sonnenblume lead adds a room (as demo data may change, the test brings its own). */
async function createRoom(page: Page, roomName: string) {
  await page.getByRole('link', { name: 'Räume', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Räume' })).toBeFocused();
  await page.getByRole('link', { name: 'Raum anlegen' }).click();
  await expect(page.getByRole('textbox', { name: 'Name des Raums' })).toBeFocused();
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByText('Bitte geben Sie einen Namen ein.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Name des Raums' }).fill(roomName);
  await page.getByRole('spinbutton', { name: 'Plätze (Personen)' }).fill('14');
  await page.getByRole('checkbox', { name: 'Kinderwagen-Stellplatz' }).check();
  await page.getByRole('checkbox', { name: 'Stufenloser Zugang' }).check();
  await page.getByRole('textbox', { name: 'Nutzungsregeln' }).fill('Schlüssel im Büro abholen.');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: roomName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Steckbrief' })).toContainText('Kinderwagen-Stellplatz');
  return page.url();
}

test('a partner finds a free Sonnenblume room and requests it; the owner approves; the calendar shows it', async ({
  page,
}) => {
  const roomName = 'Elternraum am Park';
  await signIn(page, accounts.sonnenblumeLead);
  const roomUrl = await createRoom(page, roomName);
  await signOut(page);

  // The counselling centre searches for a room near it on the weekday of next week.
  await signIn(page, accounts.partnerStaff);
  await page.getByRole('link', { name: 'Räume', exact: true }).first().click();
  await page.getByRole('link', { name: 'Raum finden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raum finden' })).toBeFocused();
  await page.getByRole('combobox', { name: 'Umkreis' }).click();
  await page.getByRole('option', { name: 'bis 10 km' }).click();
  await page.getByRole('spinbutton', { name: 'Mindestens Plätze' }).fill('12');
  await page.getByRole('combobox', { name: 'Wochentag' }).click();
  await page.getByRole('option', { name: germanWeekday }).click();
  await page.getByLabel(/^von\b/).fill('15:00');
  await page.getByLabel(/^bis\b/).fill('17:00');
  await page.getByLabel('Ab dem').fill(isoDay);
  await page.getByRole('spinbutton', { name: 'Anzahl Wochen' }).fill('1');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ergebnisse' })).toBeFocused();

  const result = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: roomName }) });
  await expect(result).toContainText('Familienzentrum Sonnenblume');
  await expect(result).toContainText('Auf Anfrage');
  await expect(result).toContainText('Frei an 1 von 1 Terminen');
  await result.getByRole('button', { name: 'Diesen Raum anfragen' }).click();
  await result.getByRole('textbox', { name: 'Wofür?' }).fill('Elternsprechstunde der Beratungsstelle');
  await result.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(result.getByRole('status')).toContainText('1 Termin wurde angefragt.');

  await result.getByRole('link', { name: 'Zu meinen Anfragen' }).click();
  const mine = page.getByRole('region', { name: 'Meine Anfragen' });
  const request = mine.getByRole('listitem').filter({ hasText: 'Elternsprechstunde der Beratungsstelle' });
  await expect(request).toContainText('Angefragt');
  await signOut(page);

  // The owner approves it in the inbox.
  await signIn(page, accounts.sonnenblumeLead);
  await page.goto('/raeume/anfragen');
  const inbox = page.getByRole('region', { name: 'Offene Anfragen für unsere Räume' });
  const incoming = inbox.getByRole('listitem').filter({ hasText: 'Elternsprechstunde der Beratungsstelle' });
  await expect(incoming.first()).toContainText('von Erziehungsberatungsstelle Musterstadt');
  await incoming
    .first()
    .getByRole('button', { name: /^Anfrage von Erziehungsberatungsstelle Musterstadt am .* bestätigen$/ })
    .click();
  await expect(inbox.getByRole('status')).toContainText('Die Anfrage wurde bestätigt.');
  await expect(incoming).toHaveCount(0);

  // The room calendar shows the confirmed booking in its list view, with title and booker for the owner.
  await page.goto(roomUrl);
  await page.getByRole('link', { name: 'Belegungskalender' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Belegung: ${roomName}` })).toBeFocused();
  await page.getByRole('button', { name: 'Nächste Woche' }).click();
  const entries = page.getByRole('region', { name: 'Termine' });
  const booked = entries.getByRole('listitem').filter({ hasText: 'Elternsprechstunde der Beratungsstelle' });
  await expect(booked).toContainText('15:00–17:00 Uhr');
  await expect(booked).toContainText('Bestätigt');
  await expect(booked).toContainText('gebucht von Erziehungsberatungsstelle Musterstadt');
  await signOut(page);

  // Another centre sees only "belegt" in the same slot.
  await signIn(page, accounts.regenbogenLead);
  await page.goto(`${roomUrl}/kalender?date=${isoDay}`);
  const busy = page
    .getByRole('region', { name: 'Termine' })
    .getByRole('listitem')
    .filter({ hasText: '15:00–17:00 Uhr' });
  await expect(busy).toContainText('belegt');
  await expect(busy).not.toContainText('Elternsprechstunde');
  await expect(busy).not.toContainText('Erziehungsberatungsstelle');
});

test('the owner books by keyboard in the calendar; a clashing weekly series books the free dates only', async ({
  page,
}) => {
  await signIn(page, accounts.sonnenblumeLead);
  const roomUrl = await createRoom(page, 'Bewegungsraum');
  await page.goto(`${roomUrl}/kalender?date=${isoDay}`);
  const form = page.getByRole('region', { name: 'Neuer Termin' });
  await form.getByRole('textbox', { name: 'Wofür?' }).fill('Krabbelgruppe');
  await form.getByLabel('Datum').fill(isoDay);
  await form.getByLabel('Beginn').fill('10:00');
  await form.getByLabel('Ende').fill('12:00');
  await form.getByRole('button', { name: 'Buchen' }).press('Enter');
  await expect(form.getByRole('status')).toContainText('1 Termin wurde gebucht.');
  await expect(
    page.getByRole('region', { name: 'Termine' }).getByRole('listitem').filter({ hasText: 'Krabbelgruppe' }),
  ).toContainText('Bestätigt');

  // The same time one week earlier, weekly four times: the second date clashes.
  await form.getByRole('textbox', { name: 'Wofür?' }).fill('Elterncafé');
  await form.getByLabel('Datum').fill(day.minus({ weeks: 1 }).toISODate() ?? '');
  await form.getByLabel('Beginn').fill('11:00');
  await form.getByLabel('Ende').fill('12:30');
  await form.getByRole('checkbox', { name: 'Wöchentlich wiederholen' }).check();
  await form.getByRole('spinbutton', { name: 'Anzahl der Termine' }).fill('4');
  await form.getByRole('button', { name: 'Buchen' }).click();
  const report = form.getByRole('list', { name: 'Prüfung der Termine' });
  await expect(report.getByRole('listitem')).toHaveCount(4);
  await expect(report.getByRole('listitem').nth(1)).toContainText('belegt');
  await form.getByRole('button', { name: 'Freie Termine buchen, die anderen überspringen' }).click();
  await expect(form.getByRole('status')).toContainText('3 Termine wurden gebucht.');
  const skipped = form.getByRole('list', { name: 'Übersprungene Termine' });
  await expect(skipped.getByRole('listitem')).toHaveCount(1);
  await expect(skipped).toContainText(day.setLocale('de-DE').toFormat('d.'));
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 740 },
]) {
  test(`axe on the rooms, room, search and calendar pages (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const roomName = `Mehrzweckraum ${viewport.name}`;
    await signIn(page, accounts.sonnenblumeLead);
    const roomUrl = await createRoom(page, roomName);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await expectNoViolations(page);

    await page.goto('/raeume');
    await expect(page.getByRole('link', { name: roomName, exact: true })).toBeVisible();
    await expectNoViolations(page);

    await page.goto(`${roomUrl}/bearbeiten`);
    await expect(page.getByRole('textbox', { name: 'Name des Raums' })).toHaveValue(roomName);
    await expectNoViolations(page);

    await page.goto(
      `/raeume/suche?radius=10&weekday=${day.weekday}&from=15:00&to=17:00&start=${isoDay}&weeks=4`,
    );
    await expect(page.getByRole('heading', { level: 2, name: 'Ergebnisse' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /gefunden/ })).toBeVisible();
    await expectNoViolations(page);

    await page.goto(`${roomUrl}/kalender?date=${isoDay}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Termine' })).toBeVisible();
    await expectNoViolations(page);
    await page.goto(`/raeume/kalender?view=month&date=${isoDay}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Termine' })).toBeVisible();
    await expectNoViolations(page);

    await page.goto('/raeume/anfragen');
    await expect(page.getByRole('heading', { level: 2, name: 'Meine Anfragen' })).toBeVisible();
    await expectNoViolations(page);
  });
}

test('the owner cancels a date of a weekly series and all following ones in one go', async ({ page }) => {
  await signIn(page, accounts.sonnenblumeLead);
  const roomUrl = await createRoom(page, 'Kursraum Serie');
  await page.goto(`${roomUrl}/kalender?date=${isoDay}`);
  const form = page.getByRole('region', { name: 'Neuer Termin' });
  await form.getByRole('textbox', { name: 'Wofür?' }).fill('Elternkurs');
  await form.getByLabel('Datum').fill(isoDay);
  await form.getByLabel('Beginn').fill('09:00');
  await form.getByLabel('Ende').fill('10:00');
  await form.getByRole('checkbox', { name: 'Wöchentlich wiederholen' }).check();
  await form.getByRole('spinbutton', { name: 'Anzahl der Termine' }).fill('4');
  await form.getByRole('button', { name: 'Buchen' }).click();
  await expect(form.getByRole('status')).toContainText('4 Termine wurden gebucht.');

  // The second date: it and the two after it go, the first stays.
  await page.getByRole('button', { name: 'Nächste Woche' }).click();
  const entries = page.getByRole('region', { name: 'Termine' });
  const second = entries.getByRole('listitem').filter({ hasText: 'Elternkurs' });
  await expect(second).toHaveCount(1);
  await second.getByRole('button', { name: /^Termin am .* stornieren$/ }).click();
  const choice = second.getByRole('radiogroup', { name: 'Was soll storniert werden?' });
  await expect(choice.getByRole('radio', { name: 'Nur diesen Termin' })).toBeChecked();
  await choice
    .getByRole('radio', { name: /^Diesen und alle folgenden Termine der Serie \(3 Termine\)/ })
    .check();
  await expectNoViolations(page);
  await second.getByRole('button', { name: 'Stornierung bestätigen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'storniert' })).toContainText(
    '3 Termine wurden storniert.',
  );
  await expect(entries.getByRole('listitem').filter({ hasText: 'Elternkurs' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Nächste Woche' }).click();
  await expect(entries.getByText('Keine Termine in diesem Zeitraum.')).toBeVisible();

  await page.goto(`${roomUrl}/kalender?date=${isoDay}`);
  await expect(
    page.getByRole('region', { name: 'Termine' }).getByRole('listitem').filter({ hasText: 'Elternkurs' }),
  ).toContainText('Bestätigt');
});

test('a Jugendamt planner sees the room utilisation of the municipality, sortable, per organisation and room', async ({
  page,
}) => {
  await signIn(page, accounts.planner);
  await page.getByRole('link', { name: 'Räume', exact: true }).first().click();
  await page.getByRole('link', { name: 'Zur Raumauslastung der Kommune' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raumauslastung' })).toBeFocused();
  const month = DateTime.now().setZone('Europe/Berlin').setLocale('de-DE').toFormat('LLLL yyyy');
  const byOrganization = page.getByRole('table', { name: `Auslastung nach Organisation, ${month}` });
  await expect(byOrganization).toBeVisible();
  const sonnenblume = byOrganization.getByRole('row').filter({ hasText: 'Familienzentrum Sonnenblume' });
  await expect(sonnenblume).toContainText('%');
  await expect(page.getByText(/buchbaren Stunden gebucht/)).toBeVisible();

  // Sorting by name: the heading tells its order.
  const nameHeader = byOrganization.getByRole('columnheader', { name: /Organisation/ });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  const byRoom = page.getByRole('table', { name: `Auslastung nach Raum, ${month}` });
  await expect(byRoom.getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'So wird gerechnet' })).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: 'test-results/screenshots/rooms-utilisation-planner.png', fullPage: true });
  await expectNoViolations(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await expectNoViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The previous month, then the Jugendamt's own rooms: there are none.
  await page.getByRole('button', { name: 'Voriger Monat' }).click();
  const previous = DateTime.now()
    .setZone('Europe/Berlin')
    .minus({ months: 1 })
    .setLocale('de-DE')
    .toFormat('LLLL yyyy');
  await expect(page.getByRole('heading', { level: 2, name: previous })).toBeVisible();
  await page.getByRole('combobox', { name: 'Bereich' }).click();
  await page.getByRole('option', { name: /^Räume von Jugendamt/ }).click();
  await expect(page.getByText('In diesem Bereich sind noch keine Räume eingetragen.')).toBeVisible();
  await expectNoViolations(page);
});
