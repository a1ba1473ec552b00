import { expect, test } from '@playwright/test';
import { accounts, expectNoViolations, pageOf } from './helpers';

// Issue 18 §1, §2 and §4 as the planner uses them: a GeoJSON with a self-intersecting district is refused
// naming it (and the stored boundaries stay), a CSV line with a bad figure is named by its line, and the map
// colours the districts with a legend and the same figures in a table.
const bowTie = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Altstadt' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [7.436, 51.491],
            [7.466, 51.509],
            [7.466, 51.491],
            [7.436, 51.509],
            [7.436, 51.491],
          ],
        ],
      },
    },
  ],
};

test('districts and need figures: refused imports name the feature and the line', async ({ browser }) => {
  const planner = await pageOf(browser, accounts.planner);
  await planner.goto('/planung/sozialraeume');
  await expect(planner.getByRole('heading', { level: 1, name: 'Sozialräume und Bedarf' })).toBeVisible();
  await expect(planner.getByRole('textbox', { name: 'Kinder unter 3 – Nordviertel' })).not.toHaveValue('');
  // Mantine's file field is a button with a hidden file input beside it.
  await planner.locator('input[type="file"][accept*="geojson"]').setInputFiles({
    name: 'sozialraeume.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(bowTie)),
  });
  await planner.getByRole('button', { name: 'Grenzen einlesen' }).click();
  const alert = planner.getByRole('alert');
  await expect(alert).toContainText('es wurde nichts gespeichert');
  await expect(alert).toContainText('Feature „Altstadt“: das Polygon schneidet sich selbst');
  await expect(planner.getByRole('row', { name: /Altstadt eingelesen am/ })).toBeVisible();

  await planner.getByLabel('oder CSV-Text einfügen').fill('Sozialraum;Jahr;Kinder unter 3\nHeide;2026;viele');
  await planner.getByRole('button', { name: 'CSV einlesen' }).click();
  await expect(
    planner.getByText('Zeile 2, Spalte „Kinder unter 3“: „viele“ ist keine ganze Zahl ≥ 0.'),
  ).toBeVisible();
  await expectNoViolations(planner);
});

test('the map colours the districts by a chosen figure, with legend and table', async ({ browser }) => {
  const planner = await pageOf(browser, accounts.planner);
  await planner.goto('/planung/karte');
  await expect(planner.getByRole('heading', { level: 1, name: 'Karte der Sozialräume' })).toBeVisible();
  await planner.getByRole('combobox', { name: 'Kennzahl' }).click();
  await planner.getByRole('option', { name: 'SGB-II-Anteil (%)' }).click();
  const table = planner.getByRole('table', { name: /SGB-II-Anteil \(%\) je Sozialraum/ });
  await expect(table.getByRole('row')).toHaveCount(9);
  await expect(table.getByRole('row', { name: /Weststadt/ })).toContainText('5 von 5');
  await expect(planner.getByText('Legende: SGB-II-Anteil (%)')).toBeVisible();
  await expect(planner.locator('.planning-map path.leaflet-interactive')).toHaveCount(8);
  await expectNoViolations(planner);
});
