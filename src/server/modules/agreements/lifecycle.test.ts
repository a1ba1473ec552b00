import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, testConfig } from '../../test/build-app';
import { buildOrganization } from '../../test/factories';
import { organizations } from '../accounts/schema';
import { outbox } from '../outbox/schema';
import { computeAttentionReasons } from './attention';
import { advanceByDate } from './date-steps';
import { addDays, todayInBerlin } from './lifecycle';
import { sendDueReminders } from './reminders';
import { agreements } from './schema';
import { type AgreementWorld, buildAgreementWorld, consultationParties } from './test-factories';
import { checkVerbundMembership } from './verbund-check';

let t: TestApp;
let w: AgreementWorld;
const today = todayInBerlin();

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildAgreementWorld(t);
});

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  t.request({ method, url: `/api/v1${url}`, cookie, ...(payload && { payload }) });

async function createAgreement(title: string, term: object, parties = consultationParties(w)) {
  const res = await api('POST', '/agreements', w.people.sonnenblumeLead, { title, parties, term });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

async function setRow(id: string, values: Partial<typeof agreements.$inferInsert>) {
  await t.db.update(agreements).set(values).where(eq(agreements.id, id));
}

async function rowOf(id: string) {
  const [row] = await t.db.select().from(agreements).where(eq(agreements.id, id));
  if (!row) throw new Error('missing');
  return row;
}

describe('reminders', () => {
  it('mails the leads of the parties once before the review date, never twice', async () => {
    const id = await createAgreement('Erinnerungstest Überprüfung', { startDate: '2025-01-01' });
    await setRow(id, { status: 'active', reviewDate: addDays(today, 10) });
    const config = testConfig();
    expect(await sendDueReminders(t.db, config)).toBeGreaterThanOrEqual(1);
    const mails = await t.db
      .select()
      .from(outbox)
      .where(sql`${outbox.payload}::text like ${'%Erinnerungstest Überprüfung%'}`);
    // The 60- and 14-day thresholds are both reached: one mail per recipient, for the nearer one.
    expect(mails).toHaveLength(2);
    expect(JSON.stringify(mails[0]?.payload)).toContain('in 14 Tagen');
    await sendDueReminders(t.db, config);
    const again = await t.db
      .select()
      .from(outbox)
      .where(sql`${outbox.payload}::text like ${'%Erinnerungstest Überprüfung%'}`);
    expect(again).toHaveLength(2);
  });

  it('reminds of the notice deadline 60 days ahead', async () => {
    const id = await createAgreement('Erinnerungstest Kündigung', {
      startDate: '2025-01-01',
      endDate: '2027-12-31',
    });
    // Notice period 3 months: the deadline is 3 months before the end, here 50 days from today.
    const end = addDays(today, 50);
    await setRow(id, {
      status: 'active',
      endDate: end,
      noticePeriodMonths: 0,
    });
    await sendDueReminders(t.db, testConfig());
    const mails = await t.db
      .select()
      .from(outbox)
      .where(sql`${outbox.payload}::text like ${'%Erinnerungstest Kündigung%'}`);
    expect(mails.length).toBe(2);
    expect(JSON.stringify(mails[0]?.payload)).toContain('Kündigungsfrist');
  });
});

describe('date steps', () => {
  it('signed → active from the start date; review date → review due; end date → ended or renewed', async () => {
    const signed = await createAgreement('Datum: beginnt', { startDate: '2025-06-01' });
    await setRow(signed, { status: 'signed', inForceVersion: 1 });
    const review = await createAgreement('Datum: Überprüfung', { startDate: '2025-06-01' });
    await setRow(review, { status: 'active', reviewDate: addDays(today, -1) });
    const ending = await createAgreement('Datum: endet', {
      startDate: '2025-01-01',
      endDate: addDays(today, -2),
    });
    await setRow(ending, { status: 'active' });
    const renewing = await createAgreement('Datum: verlängert', {
      startDate: '2025-01-01',
      endDate: addDays(today, -2),
    });
    await setRow(renewing, { status: 'active', autoRenewal: true, renewalMonths: 12 });
    await advanceByDate(t.db);
    expect((await rowOf(signed)).status).toBe('active');
    expect((await rowOf(review)).status).toBe('review_due');
    expect((await rowOf(ending)).status).toBe('ended');
    const renewed = await rowOf(renewing);
    expect(renewed.status).toBe('active');
    expect(renewed.endDate && renewed.endDate > today).toBe(true);
  });

  it('a due review completed without changes sets the next review date', async () => {
    const id = await createAgreement('Überprüfung erledigt', { startDate: '2025-01-01' });
    await setRow(id, { status: 'review_due', reviewDate: addDays(today, -3), inForceVersion: 1 });
    const { version } = await rowOf(id);
    const res = await api('POST', `/agreements/${id}/transitions`, w.people.counsellingLead, {
      version,
      to: 'active',
      nextReviewDate: addDays(today, 365),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().term.reviewDate).toBe(addDays(today, 365));
  });
});

describe('needs amendment and attention', () => {
  it('a facility leaving the Verbund flags the agreement with the reason', async () => {
    const verbund = await buildOrganization(t.db, {
      municipalityId: w.municipalityId,
      type: 'network',
      name: 'Verbund Nordviertel',
      providerId: w.city.id,
    });
    const member = await buildOrganization(t.db, {
      municipalityId: w.municipalityId,
      name: 'Kita Pusteblume',
      providerId: w.city.id,
      networkId: verbund.id,
    });
    const id = await createAgreement('Verbund-Kooperation', { startDate: '2025-01-01' }, [
      {
        organizationId: w.city.id,
        facilityIds: [verbund.id, w.sonnenblume.id],
        representative: { name: 'A. Beispiel', role: 'Trägervertretung' },
      },
      {
        organizationId: w.city.id,
        facilityIds: [w.counselling.id],
        representative: { name: 'K. Wolf', role: 'Leitung' },
      },
    ]);
    await setRow(id, { status: 'active', inForceVersion: 1 });
    expect(await checkVerbundMembership(t.db)).toBe(0);
    await t.db.update(organizations).set({ networkId: null }).where(eq(organizations.id, member.id));
    expect(await checkVerbundMembership(t.db)).toBe(1);
    // Idempotent: the same reason is not flagged again.
    expect(await checkVerbundMembership(t.db)).toBe(0);
    const res = await api('GET', `/agreements/${id}`, w.people.sonnenblumeLead);
    expect(res.json().needsAmendment).toMatchObject({
      reason: 'verbund_member_left',
      detail: 'Kita Pusteblume',
    });
    const attention = await api(
      'GET',
      `/agreements/attention?organizationId=${w.sonnenblume.id}`,
      w.people.sonnenblumeLead,
    );
    const item = attention.json().items.find((i: { agreement: { id: string } }) => i.agreement.id === id);
    expect(item.reasons[0]).toMatchObject({ code: 'needs_amendment', detail: 'Kita Pusteblume' });
  });

  it('planners get the municipality list; others get 403', async () => {
    const planner = await api(
      'GET',
      `/agreements/attention?municipalityId=${w.municipalityId}`,
      w.people.planner,
    );
    expect(planner.statusCode).toBe(200);
    expect(planner.json().items.length).toBeGreaterThan(0);
    const lead = await api(
      'GET',
      `/agreements/attention?municipalityId=${w.municipalityId}`,
      w.people.sonnenblumeLead,
    );
    expect(lead.statusCode).toBe(403);
    const foreign = await api(
      'GET',
      `/agreements/attention?organizationId=${w.sonnenblume.id}`,
      w.people.regenbogenLead,
    );
    expect(foreign.statusCode).toBe(403);
    const both = await api(
      'GET',
      `/agreements/attention?organizationId=${w.sonnenblume.id}&municipalityId=${w.municipalityId}`,
      w.people.planner,
    );
    expect(both.statusCode).toBe(400);
  });

  it('computeAttentionReasons: review soon, notice deadline, nothing for ended', async () => {
    const id = await createAgreement('Reine Funktion', { startDate: '2025-01-01' });
    const row = { ...(await rowOf(id)), status: 'active' as const, reviewDate: addDays(today, 30) };
    expect(computeAttentionReasons(row, today).map((r) => r.code)).toEqual(['review_soon']);
    expect(computeAttentionReasons({ ...row, status: 'ended' }, today)).toEqual([]);
    const listed = await api(
      'GET',
      '/agreements?needsAttention=true&status=active',
      w.people.sonnenblumeLead,
    );
    expect(listed.statusCode).toBe(200);
  });
});

describe('framework agreement', () => {
  it('the planner creates one agreement per counselling centre × family centre, once', async () => {
    const payload = {
      districtId: w.district.id,
      term: { startDate: '2026-08-01', reviewDate: '2027-07-31' },
    };
    expect((await api('POST', '/agreements/framework', w.people.sonnenblumeLead, payload)).statusCode).toBe(
      403,
    );
    const res = await api('POST', '/agreements/framework', w.people.planner, payload);
    expect(res.statusCode).toBe(201);
    expect(res.json().created).toBe(2);
    const again = await api('POST', '/agreements/framework', w.people.planner, payload);
    expect(again.statusCode).toBe(422);
    const theirs = await api('GET', `/agreements?type=basic_cooperation`, w.people.regenbogenLead);
    expect(theirs.json().items).toHaveLength(1);
    expect(theirs.json().items[0]).toMatchObject({
      frameworkId: res.json().frameworkId,
      sharedWithYouthOffice: true,
    });
    const one = await api('GET', `/agreements/${theirs.json().items[0].id}`, w.people.planner);
    expect(one.json().content.sections.purpose).toContain('Jugendhilfeplanung');
  });
});

describe('templates', () => {
  it('a Träger keeps its own copy; only its leads edit it', async () => {
    const list = await api('GET', '/agreement-templates', w.people.sonnenblumeLead);
    const builtIn = list.json().items.find((x: { key: string }) => x.key === 'room_use');
    expect(builtIn.permissions.edit).toBe(false);
    const copy = await api('POST', '/agreement-templates', w.people.sonnenblumeLead, {
      ownerOrganizationId: w.city.id,
      copyOf: builtIn.id,
      type: 'room_use',
      title: 'Raumnutzung (Stadt Musterstadt)',
    });
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({
      owner: { id: w.city.id },
      builtIn: false,
      permissions: { edit: true },
    });
    expect(copy.json().sections.rooms).toBe(builtIn.sections.rooms);
    const edit = await api('PATCH', `/agreement-templates/${copy.json().id}`, w.people.regenbogenLead, {
      version: 1,
      title: 'Übernommen',
    });
    // Regenbogen does not see the city's template at all (as GET answers): 404, not 403 (decision 013).
    expect(edit.statusCode).toBe(404);
    const staff = await api('PATCH', `/agreement-templates/${copy.json().id}`, w.people.sonnenblumeStaff, {
      version: 1,
      title: 'Übernommen',
    });
    expect(staff.statusCode).toBe(403);
    const ok = await api('PATCH', `/agreement-templates/${copy.json().id}`, w.people.sonnenblumeLead, {
      version: 1,
      sections: { costs: 'Unentgeltlich.' },
    });
    expect(ok.json()).toMatchObject({ version: 2, sections: { costs: 'Unentgeltlich.' } });
    const regenbogen = await api('GET', '/agreement-templates', w.people.regenbogenLead);
    expect(regenbogen.json().items.map((x: { id: string }) => x.id)).not.toContain(copy.json().id);
  });
});

describe('concurrent writers', () => {
  it('two edits of the same version: one wins, the other gets 409, nothing is lost silently', async () => {
    const id = await createAgreement('Gleichzeitig bearbeitet', { startDate: '2026-02-01' });
    const { version } = await rowOf(id);
    const edit = (cookie: string, costs: string) =>
      api('PATCH', `/agreements/${id}`, cookie, { version, sections: { costs } });
    const results = await Promise.all([
      edit(w.people.sonnenblumeLead, 'Fassung A'),
      edit(w.people.counsellingLead, 'Fassung B'),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)?.json();
    const stored = await api('GET', `/agreements/${id}`, w.people.sonnenblumeLead);
    expect(stored.json().content.sections.costs).toBe(winner.content.sections.costs);
    expect(stored.json().version).toBe(version + 1);
  });
});
