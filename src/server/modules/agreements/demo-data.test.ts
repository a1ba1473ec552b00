import { beforeAll, describe, expect, it } from 'vitest';
import { loadMusterstadt } from '../../../../demo/load-musterstadt';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { addDays, todayInBerlin } from './lifecycle';
import { agreementStatuses, agreements } from './schema';
import { checkVerbundMembership } from './verbund-check';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp();
  await loadMusterstadt(t.db);
}, 120_000);

describe('Musterstadt agreements (issue 7, item 9)', () => {
  it('has about 30 agreements in every status, reviews due soon, one needing amendment, one framework', async () => {
    const rows = await t.db.select().from(agreements);
    expect(rows.length).toBeGreaterThanOrEqual(28);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(agreementStatuses));
    const today = todayInBerlin();
    const soon = rows.filter(
      (r) =>
        r.status !== 'ended' && r.reviewDate && r.reviewDate >= today && r.reviewDate <= addDays(today, 60),
    );
    expect(soon.length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.needsAmendmentReason)).toHaveLength(1);
    const frameworks = new Set(rows.flatMap((r) => (r.frameworkId ? [r.frameworkId] : [])));
    expect(frameworks.size).toBe(1);
    // The recorded Verbund state matches the flag: the check finds nothing new.
    expect(await checkVerbundMembership(t.db)).toBe(0);
  });

  it('the demo accounts see what concerns them', async () => {
    const lead = await t.signIn('leitung@fz-sonnenblume.example');
    const mine = await t.request({ method: 'GET', url: '/api/v1/agreements?limit=100', cookie: lead });
    expect(mine.json().items.length).toBeGreaterThanOrEqual(6);
    const planner = await t.signIn('planung@jugendamt-musterstadt.example');
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: planner });
    const municipalityId = me.json().memberships[0].municipalityId;
    me.json().memberships[0].organization?.municipalityId ?? me.json().memberships[0].municipalityId;
    const attention = await t.request({
      method: 'GET',
      url: `/api/v1/agreements/attention?municipalityId=${municipalityId}`,
      cookie: planner,
    });
    expect(attention.statusCode).toBe(200);
    const codes = attention
      .json()
      .items.flatMap((i: { reasons: { code: string }[] }) => i.reasons.map((r) => r.code));
    expect(codes).toEqual(
      expect.arrayContaining(['needs_amendment', 'review_soon', 'review_due', 'awaiting_signature']),
    );
    const all = await t.request({ method: 'GET', url: '/api/v1/agreements?limit=100', cookie: planner });
    expect(all.json().items.length).toBeGreaterThanOrEqual(28);
  });

  it('renders a demo agreement as PDF', async () => {
    const lead = await t.signIn('leitung@fz-sonnenblume.example');
    const list = await t.request({ method: 'GET', url: '/api/v1/agreements?status=active', cookie: lead });
    const id = list.json().items[0].id;
    const pdf = await t.request({
      method: 'GET',
      url: `/api/v1/agreements/${id}/document.pdf`,
      cookie: lead,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
