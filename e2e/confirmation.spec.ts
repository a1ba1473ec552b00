import { expect, test } from '@playwright/test';
import { DEV_AUTH_SECRET } from '../src/server/config';
import { confirmationToken } from '../src/server/modules/directory/freshness';
import { accounts, expectNoViolations, signIn, signOut } from './helpers';

// The e-mail with the link is sent only for stale profiles, hours after start; the test makes the same signed
// link the server would (the e2e server runs with the development secret).
test('the "still correct?" link confirms a profile once, without signing in', async ({ page }) => {
  await signIn(page, accounts.partnerStaff);
  const me = await (await page.request.get('/api/v1/me')).json();
  const organizationId: string = me.memberships[0].organizationId;
  const profile = await (await page.request.get(`/api/v1/directory/profiles/${organizationId}`)).json();
  await signOut(page);

  const token = confirmationToken(DEV_AUTH_SECRET, organizationId, new Date(profile.profile.lastConfirmedAt));
  await page.goto(`/bestaetigen/${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Angaben bestätigen' })).toBeVisible();
  await expect(page.getByText(`Stimmen die Angaben zu ${accounts.partnerStaff.organization}`)).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole('button', { name: 'Ja, alles ist korrekt' }).click();
  await expect(page.getByText('Vielen Dank!')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Dieser Link wurde bereits verwendet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ja, alles ist korrekt' })).toHaveCount(0);
});
