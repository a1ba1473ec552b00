import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildOrganization } from '../../test/factories';
import type { SelfCheck } from './schemas';
import { AT, buildSealWorld, type SealWorld } from './test-factories';

/** The planner's overview (issue 19 §6): the same area status as the self-check, aggregated, planners only. */

let t: TestApp;
let w: SealWorld;
let planner: string;

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildSealWorld(t);
  const office = await buildOrganization(t.db, { municipalityId: w.m.id, type: 'youth_office' });
  planner = await t.signInAsNewMember('planner', office.id);
}, 60_000);

const overview = (cookie?: string) =>
  t.request({
    method: 'GET',
    url: `/api/v1/seal/overview?municipalityId=${w.m.id}&at=${AT}`,
    ...(cookie && { cookie }),
  });

describe('GET /seal/overview', () => {
  it('shows each area as the self-check decides it, and the cycle dates', async () => {
    const res = await overview(planner);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const item = body.items.find((i: { id: string }) => i.id === w.centre.id);
    expect(item.cycle).toEqual({
      certifiedOn: '2023-03-01',
      validUntil: '2027-03-01',
      reviewYear: 2026,
      edition: '2020',
    });
    expect(item.dueWithin12Months).toBe(true);
    const lead = await t.signIn(w.lead.email);
    const check = (
      await t.request({
        method: 'GET',
        url: `/api/v1/seal/centres/${w.centre.id}/self-check?at=${AT}`,
        cookie: lead,
      })
    ).json() as SelfCheck;
    expect(item.areas).toEqual(
      check.areas.map((a) => ({
        number: a.number,
        met: a.met,
        basicMet: a.basicMet,
        advancedMet: a.advancedMet,
      })),
    );
    expect(item.areas.find((a: { number: number }) => a.number === 6)).toMatchObject({
      met: false,
      basicMet: 3,
    });
    expect(JSON.stringify(body)).not.toContain('Elterncafé');
  });

  it('is the planners’ only: 401 anonymous, 403 for the centre’s lead', async () => {
    expect((await overview()).statusCode).toBe(401);
    expect((await overview(await t.signIn(w.lead.email))).statusCode).toBe(403);
  });
});
