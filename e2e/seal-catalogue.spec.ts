import { expect, test } from '@playwright/test';
import { accounts, expectNoViolations, pageOf } from './helpers';

// Issue 19 §1 as an instance admin and a centre lead use it: the catalogue page shows edition 2020 (area 6 with
// its partner kinds, estimated minimums marked); a CSV with a duplicate code and a missing area is refused
// with line numbers (in the page and as the API's 400) and the old edition stays as it was.
const header =
  'Satzart;Code;Bereich;Art;Titel (de);Titel (en);Nachweise;Partnerarten;Mindestzahl Basis;Mindestzahl Aufbau';
const area = (n: number) => `Bereich;;${n};Leistungsbereich;Bereich ${n};Area ${n};;;1;0`;
const criterion = (code: string, areaNumber: number) =>
  `Kriterium;${code};${areaNumber};Basis;Kriterium ${code};Criterion ${code};Angebot|Kooperation;Familienbildung;;`;

// Line 4 repeats 1.1 (line 3); line 5 is a criterion of area 3, which the file does not define.
const broken = `\uFEFF${[header, area(1), criterion('1.1', 1), criterion('1.1', 1), criterion('3.1', 3), area(2), criterion('2.1', 2)].join('\r\n')}\r\n`;
const valid = `\uFEFF${[header, area(1), criterion('1.1', 1), area(2), criterion('2.1', 2)].join('\r\n')}\r\n`;

test('the catalogue in words; a broken CSV is refused by line and changes nothing', async ({ browser }) => {
  // Axe over 8 areas and 40 criteria, twice, takes a while on a loaded machine.
  test.slow();
  const admin = await pageOf(browser, accounts.instanceAdmin);
  await admin.goto('/guetesiegel/katalog');
  await expect(admin.getByRole('heading', { level: 1, name: 'Gütesiegel: Kriterienkatalog' })).toBeVisible();
  const area6 = admin.getByRole('region', { name: 'Bereich 6: Kooperation und Organisation' });
  await expect(area6).toContainText('Erfüllt mit mindestens 4 Basis- und 2 Aufbaukriterien');
  await expect(area6).toContainText('geschätzt');
  await expect(area6.locator('li[data-code="6.3"]')).toContainText(
    'Aktive Kooperation mit einer Familienbildungsstätte',
  );
  await expect(area6.locator('li[data-code="6.3"]')).toContainText(
    'nur mit Partnern der Art: Familienbildung',
  );
  await expect(admin.getByText('40 Kriterien')).toBeVisible();

  await admin.locator('input[type="file"]').setInputFiles({
    name: 'katalog-2025.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(broken),
  });
  await admin.getByRole('textbox', { name: 'Bezeichnung der Ausgabe' }).fill('2025');
  await admin.getByRole('button', { name: 'Datei prüfen' }).click();
  const problems = admin.getByTestId('import-problems');
  await expect(problems).toContainText('Zeile 4: Kriterium 1.1 steht schon in Zeile 3.');
  await expect(problems).toContainText(
    'Zeile 5: Kriterium 3.1 gehört zu Bereich 3, der in der Datei nicht angelegt ist.',
  );
  await expect(admin.getByRole('button', { name: /importieren/ })).toHaveCount(0);
  await expectNoViolations(admin);

  // The import itself answers 400 with the same lines and writes nothing.
  const refused = await admin.request.post('/api/v1/seal/editions', {
    data: { content: broken, fileName: 'katalog-2025.csv', key: '2025' },
  });
  expect(refused.status()).toBe(400);
  const problem = await refused.json();
  expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(['line.4', 'line.5']);
  const list = await (await admin.request.get('/api/v1/seal/editions')).json();
  expect(list.editions.map((e: { key: string; current: boolean }) => [e.key, e.current])).toContainEqual([
    '2020',
    true,
  ]);
  expect(list.editions.some((e: { key: string }) => e.key === '2025')).toBe(false);
});

test('a valid CSV is checked, then imported beside 2020 without becoming current', async ({ browser }) => {
  test.slow();
  const admin = await pageOf(browser, accounts.instanceAdmin);
  await admin.goto('/guetesiegel/katalog');
  const key = `e2e-${Date.now()}`;
  await admin.locator('input[type="file"]').setInputFiles({
    name: 'katalog.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(valid),
  });
  await admin.getByRole('textbox', { name: 'Bezeichnung der Ausgabe' }).fill(key);
  await admin.getByRole('button', { name: 'Datei prüfen' }).click();
  await expect(admin.getByText('Die Datei ist in Ordnung: 2 Bereiche, 2 Kriterien.')).toBeVisible();
  await admin.getByRole('button', { name: `Ausgabe „${key}“ importieren` }).click();
  await expect(admin.getByText(`Ausgabe „${key}“ wurde importiert.`)).toBeVisible();
  await admin.getByRole('link', { name: 'Ausgabe ansehen' }).click();
  await expect(admin.getByText('2 Kriterien')).toBeVisible();
  await expect(admin.getByText('Diese Ausgabe ist nicht die aktuelle.')).toBeVisible();
  const current = await (await admin.request.get('/api/v1/seal/editions/current')).json();
  expect(current.key).toBe('2020');
  await expectNoViolations(admin);
});

test('a centre lead reads the catalogue on a phone but cannot import', async ({ browser }) => {
  test.slow();
  const lead = await pageOf(browser, accounts.sonnenblumeLead);
  await lead.setViewportSize({ width: 375, height: 800 });
  await lead.goto('/guetesiegel/katalog');
  await expect(
    lead.getByRole('region', { name: 'Bereich 8: Leistungsentwicklung und Selbstevaluation' }),
  ).toBeVisible();
  await expect(lead.getByRole('heading', { name: 'Neue Ausgabe importieren' })).toHaveCount(0);
  const width = await lead.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await lead.screenshot({ path: 'test-results/seal-catalogue-375.png', fullPage: false });
  await expectNoViolations(lead);
  const refused = await lead.request.post('/api/v1/seal/editions/preview', {
    data: { content: valid, key: 'x' },
  });
  expect(refused.status()).toBe(403);
});
