import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { accounts, expectNoViolations, pageOf } from './helpers';

// Issue 17 as people use it: a centre's lead weighs a cooperation and records "go"; the centre and the
// Erziehungsberatungsstelle agree on 20 h/month of consultation hours in a centre of Nordviertel, where the EB has
// 20 h/month for all its centres; the EB's lead, closing the signed agreement, is warned with the month and the
// figures, goes on anyway, and the EB's capacity page shows the months over capacity.

async function json(
  request: APIRequestContext,
  method: 'get' | 'post' | 'patch',
  url: string,
  data?: object,
) {
  const { baseURL } = test.info().project.use;
  const response = await request[method](url, { data, headers: { origin: new URL(baseURL ?? '').origin } });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return response.json();
}

async function organization(request: APIRequestContext, name: string) {
  const { items } = await json(request, 'get', `/api/v1/organizations?q=${encodeURIComponent(name)}`);
  const found = items.find((o: { name: string }) => o.name === name);
  expect(found, name).toBeTruthy();
  return found as { id: string; providerId: string | null };
}

/** An agreement Kunterbunt ↔ EB with `hours` for the EB, signed by both, one step before "signed". */
async function agreementReadyToClose(centre: Page, partner: Page, hours: number) {
  const kunterbunt = await organization(centre.request, 'Familienzentrum Kunterbunt');
  const eb = await organization(centre.request, 'Erziehungsberatungsstelle Musterstadt');
  const party = (o: { id: string; providerId: string | null }, name: string) => ({
    organizationId: o.providerId ?? o.id,
    facilityIds: [o.id],
    representative: { name, role: 'Leitung' },
  });
  const created = await json(centre.request, 'post', '/api/v1/agreements', {
    title: `Sprechstunde der EB im Kunterbunt (${Date.now()})`,
    parties: [party(kunterbunt, accounts.kunterbuntLead.name), party(eb, accounts.partnerLead.name)],
    term: { startDate: '2026-12-01' },
  });
  const [centreParty, partnerParty] = created.parties.map((p: { id: string }) => p.id);
  const edited = await json(centre.request, 'patch', `/api/v1/agreements/${created.id}`, {
    version: created.version,
    services: [
      { partyId: partnerParty, service: 'Offene Sprechstunde', frequency: 'weekly', hoursPerMonth: hours },
    ],
  });
  const url = `/api/v1/agreements/${created.id}/transitions`;
  const review = await json(centre.request, 'post', url, { version: edited.version, to: 'in_review' });
  const ready = await json(partner.request, 'post', url, {
    version: review.version,
    to: 'ready_for_signature',
  });
  for (const [page, partyId] of [
    [centre, centreParty],
    [partner, partnerParty],
  ] as const) {
    await json(page.request, 'post', `/api/v1/agreements/${created.id}/signatures`, {
      version: ready.version,
      partyId,
      signerRole: 'Leitung',
    });
  }
  return created.id as string;
}

test('assessment → agreement → capacity warning', async ({ browser }) => {
  test.setTimeout(120_000);
  const centre = await pageOf(browser, accounts.kunterbuntLead);

  // The centre weighs the cooperation with the EB and records "go".
  await centre.getByRole('link', { name: 'Kooperationen', exact: true }).first().click();
  await expect(centre.getByRole('heading', { level: 1, name: 'Kooperationen' })).toBeVisible();
  await centre
    .getByRole('link', { name: /Erziehungsberatungsstelle Musterstadt/ })
    .first()
    .click();
  await centre.getByRole('link', { name: 'Zur Einschätzung unserer Seite' }).click();
  const start = centre.getByRole('button', { name: 'Einschätzung beginnen' });
  await expect(centre.getByRole('heading', { level: 1 })).toContainText('Einschätzung');
  if (await start.isVisible()) await start.click();
  await centre
    .getByRole('radiogroup', { name: 'Welchen Nutzen hat sie für unseren eigenen Auftrag?' })
    .getByRole('radio', { name: '5 – voll' })
    .check();
  await centre.getByRole('textbox', { name: 'Durchführung' }).fill('3');
  await centre.getByRole('textbox', { name: 'Vorbereitung' }).fill('1');
  await centre.getByRole('radio', { name: 'Ja, wir machen mit' }).check();
  await centre.getByLabel('Entschieden am').fill('2026-12-07');
  await centre.getByRole('button', { name: 'Einschätzung speichern' }).click();
  const dialog = centre.getByRole('dialog');
  // Kunterbunt's own hours may or may not suffice: a warning is confirmed, not a refusal.
  if (await dialog.isVisible().catch(() => false))
    await dialog.getByRole('button', { name: 'Trotzdem speichern' }).click();
  await expect(centre.getByText(/Gespeichert \(Stand \d+\)/)).toBeVisible();
  await expectNoViolations(centre);

  // The agreement: 20 h/month of the EB in Nordviertel, where the EB has 20 h for all centres.
  const partner = await pageOf(browser, accounts.partnerLead);
  const agreementId = await agreementReadyToClose(centre, partner, 20);
  await partner.goto(`/vereinbarungen/${agreementId}`);
  await partner.getByRole('button', { name: 'Als unterschrieben abschließen' }).click();
  const warning = partner.getByRole('dialog', { name: 'Mehr Stunden als verfügbar' });
  await expect(warning).toBeVisible();
  await expect(
    warning.getByText(
      /^Erziehungsberatungsstelle Musterstadt, Dezember 2026 \(Nordviertel\): \d+ von 20 Stunden/,
    ),
  ).toBeVisible();
  await expectNoViolations(partner);
  await warning.getByRole('button', { name: 'Trotzdem als unterschrieben abschließen' }).click();
  await expect(partner.getByText('Der Status ist jetzt „Unterschrieben“.')).toBeVisible();

  // The EB's capacity page marks the months over capacity in words, not by colour alone.
  await partner.getByRole('link', { name: 'Kapazität', exact: true }).first().click();
  await expect(partner.getByRole('heading', { level: 1, name: 'Kernauftrag und Kapazität' })).toBeVisible();
  await expect(partner.getByText('Überbucht').first()).toBeVisible();
  await expectNoViolations(partner);

  // The planner sees the EB among the over-committed organisations of Musterstadt.
  const planner = await pageOf(browser, accounts.planner);
  await planner.goto('/planung/kapazitaet');
  await expect(
    planner.getByRole('heading', { level: 1, name: 'Kapazitäten der Organisationen' }),
  ).toBeVisible();
  await expect(
    planner.getByRole('row', { name: /Erziehungsberatungsstelle Musterstadt/ }).getByText(/Überbucht in/),
  ).toBeVisible();
  await expectNoViolations(planner);
});
