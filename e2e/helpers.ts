import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';

export const demoPassword = 'familiennetz-demo';

export const accounts = {
  sonnenblumeLead: {
    email: 'leitung@fz-sonnenblume.example',
    name: 'Sabine Krüger',
    organization: 'Familienzentrum Sonnenblume',
  },
  sonnenblumeStaff: {
    email: 'fachkraft@fz-sonnenblume.example',
    name: 'Mehmet Aydın',
    organization: 'Familienzentrum Sonnenblume',
  },
  sonnenblumeAdmin: {
    email: 'verwaltung@fz-sonnenblume.example',
    name: 'Claudia Hoffmann',
    organization: 'Familienzentrum Sonnenblume',
  },
  regenbogenLead: {
    email: 'leitung@fz-regenbogen.example',
    name: 'Jana Petersen',
    organization: 'Familienzentrum Regenbogen',
  },
  partnerStaff: {
    email: 'beratung@eb-musterstadt.example',
    name: 'Katharina Wolf',
    organization: 'Erziehungsberatungsstelle Musterstadt',
  },
  partnerLead: {
    email: 'leitung@eb-musterstadt.example',
    name: 'Dr. Martin Engel',
    organization: 'Erziehungsberatungsstelle Musterstadt',
  },
  kunterbuntLead: {
    email: 'leitung@fz-kunterbunt.example',
    name: 'Oliver Hartmann',
    organization: 'Familienzentrum Kunterbunt',
  },
  planner: {
    email: 'planung@jugendamt-musterstadt.example',
    name: 'Thomas Becker',
    organization: 'Jugendamt Musterstadt',
  },
  instanceAdmin: { email: 'admin@familiennetz.example', name: 'Lena Schulz', organization: null },
} as const;

export type Account = (typeof accounts)[keyof typeof accounts];

/**
 * Signs in as `account` without the form (that is tested in sign-in.spec.ts): a fresh session from the sign-in
 * API in the page's cookie jar (page.request shares the browser context's cookies and user agent), then the
 * page the form would lead to. A session of its own for each call, so that a test signing out (or out
 * everywhere) ends no other test's session.
 */
export async function signIn(page: Page, account: Account) {
  const { baseURL } = test.info().project.use;
  if (!baseURL) throw new Error('signIn needs the project to set baseURL');
  const origin = new URL(baseURL).origin;
  const response = await page.request.post('/api/auth/sign-in/email', {
    data: { email: account.email, password: demoPassword },
    headers: { origin },
  });
  expect(response.status(), `sign-in of ${account.email}`).toBe(200);
  await page.goto(account.organization ? '/organisation' : '/verwaltung/organisationen');
  await expect(page.getByText(`Angemeldet als ${account.name}`)).toBeVisible();
}

/** Signs in through the form (German UI) and waits for the page the app leads to. */
export async function signInWithForm(page: Page, account: Account) {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByRole('textbox', { name: 'Passwort', exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByText(`Angemeldet als ${account.name}`)).toBeVisible();
  // The header knows the person before the next page has loaded its texts and code: wait until the sign-in
  // form is gone, or a test may type into its e-mail field.
  await expect(page.getByRole('button', { name: 'Anmelden', exact: true })).toBeHidden();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Abmelden' }).click();
  // Signed out, wherever that leaves us: a page that needs a sign-in moves to /anmelden, which has no header link.
  await expect(page.getByRole('button', { name: 'Abmelden' })).toBeHidden();
}

/** The invitation link of the newest e-mail to `email` in the project's server's MAIL_DIR (the outbox sends every 5 s). */
export function invitationLinkFor(email: string): Promise<string> {
  return mailedLinkFor(email, '/einladung/');
}

/** The path of the first link under `pathPrefix` in the newest e-mail to `email` that has one. */
export async function mailedLinkFor(email: string, pathPrefix: string): Promise<string> {
  const dir = String(test.info().project.metadata.mailDir ?? '');
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const files = existsSync(dir) ? readdirSync(dir).sort().reverse() : [];
    for (const file of files) {
      // Quoted-printable: join soft line breaks, then decode =XX.
      const eml = readFileSync(join(dir, file), 'utf8')
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
      const link = eml.includes(`To: ${email}`)
        ? eml.match(new RegExp(`https?://\\S+${pathPrefix}[\\w-]+`))?.[0]
        : undefined;
      if (link) return new URL(link).pathname;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no e-mail to ${email} with a link to ${pathPrefix} in ${dir}`);
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe finds nothing against WCAG 2.1 A/AA on the page as it is now, once any dialog has faded in. */
export async function expectNoViolations(page: Page) {
  // A dialog fading in has its colours mixed with the page below: axe would measure the contrast mid-way. The
  // transition may not have started yet when the dialog appears, so wait until every dialog is fully opaque.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[role="dialog"]')].every((dialog) => {
      for (let node: Element | null = dialog; node; node = node.parentElement) {
        if (getComputedStyle(node).opacity !== '1') return false;
      }
      return dialog.getAnimations({ subtree: true }).length === 0;
    }),
  );
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(
    results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
  ).toEqual([]);
}

/** A page of its own browser context (German), signed in as `account`: several people side by side. */
export async function pageOf(browser: Browser, account: Account) {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}
