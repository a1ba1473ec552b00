import { inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, testConfig } from '../../test/build-app';
import { outbox } from '../outbox/schema';
import { sendDueCycleReminders } from './cycle-reminders';
import { sealCycleReminders, sealCycles } from './schema';
import { buildCycleWorld, type CycleWorld } from './test-cycle-world';

// Reminders of the re-certification (issue 19 §2): 12, 6 and 3 months before validUntil, once each, to the
// leads and admins of the centre (a Verbund's: also its member centres'), in German with the name, the date
// and the link to the self-check. A cycle recorded late mails once, not three times.
let t: TestApp;
let w: CycleWorld;
const config = testConfig();

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 1000 });
  w = await buildCycleWorld(t);
});

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The reminder mails about this subject, in the order queued. */
async function mailsAbout(name: string): Promise<Mail[]> {
  const rows = await t.db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(sql`${outbox.payload}->>'subject' like ${`%Rezertifizierung von ${name} %`}`)
    .orderBy(outbox.createdAt);
  return rows.map((r) => r.payload as Mail);
}

async function cycle(organizationId: string, certifiedOn: string, validUntil: string) {
  const [row] = await t.db
    .insert(sealCycles)
    .values({ organizationId, editionId: w.editionId, certifiedOn, validUntil, reviewYear: 2027 })
    .returning();
  if (!row) throw new Error('no cycle');
  return row;
}

const at = (day: string) => new Date(`${day}T09:00:00+01:00`);
const run = (day: string) => sendDueCycleReminders(t.db, config, at(day));

describe('re-certification reminders', () => {
  it('mails at 12, 6 and 3 months, once each, to the leads and admins, not to staff', async () => {
    const linde = await cycle(w.centres.linde.id, '2024-01-15', '2028-01-15');
    expect(await run('2027-01-14')).toBe(0);
    expect(await run('2027-01-15')).toBe(1);
    expect(await run('2027-01-15')).toBe(0);
    expect(await run('2027-03-01')).toBe(0);
    const first = await mailsAbout('FZ Linde');
    expect(first.map((m) => m.to).sort()).toEqual(
      [w.people.lindeAdmin.email, w.people.lindeLead.email].sort(),
    );
    expect(first[0]?.subject).toBe(
      'Gütesiegel Familienzentrum: Rezertifizierung von FZ Linde bis 15.01.2028',
    );
    expect(first[0]?.text).toContain('In 12 Monaten ist die Rezertifizierung fällig');
    expect(first[0]?.text).toContain(`${config.publicUrl}/guetesiegel?centre=${w.centres.linde.id}`);
    expect(await run('2027-07-15')).toBe(1);
    expect(await run('2027-10-16')).toBe(1);
    expect(await run('2027-12-01')).toBe(0);
    // Past its date the cycle is overdue, not reminded (the self-check warns instead).
    expect(await run('2028-02-01')).toBe(0);
    const all = await mailsAbout('FZ Linde');
    expect(all.map((m) => m.text.match(/In (\d+) Monaten/)?.[1])).toEqual(['12', '12', '6', '6', '3', '3']);
    const recorded = await t.db
      .select()
      .from(sealCycleReminders)
      .where(inArray(sealCycleReminders.cycleId, [linde.id]));
    expect(recorded.map((r) => r.monthsBefore).sort()).toEqual([12, 3, 6]);
  });

  it('a cycle recorded two months before its date mails once (the 3-month reminder), never again', async () => {
    await cycle(w.centres.buche.id, '2023-03-01', '2027-03-01');
    expect(await run('2027-01-05')).toBe(1);
    expect(await run('2027-01-06')).toBe(0);
    const mails = await mailsAbout('FZ Buche');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe(w.people.bucheLead.email);
    expect(mails[0]?.text).toContain('In 3 Monaten');
  });

  it("a Verbund's reminder reaches its own and its member centres' leads", async () => {
    await cycle(w.verbund.id, '2022-05-01', '2026-05-01');
    expect(await run('2025-05-02')).toBe(1);
    const mails = await mailsAbout('Verbund Nord');
    expect(mails.map((m) => m.to).sort()).toEqual(
      [w.people.eicheLead.email, w.people.verbundLead.email].sort(),
    );
    expect(mails[0]?.text).toContain(`/guetesiegel?centre=${w.verbund.id}`);
  });

  it('a later certification replaces the old date; a moved date is reminded afresh', async () => {
    await cycle(w.centres.eiche.id, '2020-06-01', '2024-06-01');
    const renewed = await cycle(w.centres.eiche.id, '2024-05-20', '2028-05-20');
    expect(await run('2024-03-01')).toBe(0);
    expect(await mailsAbout('FZ Eiche')).toEqual([]);
    expect(await run('2027-05-20')).toBe(1);
    await t.db
      .update(sealCycles)
      .set({ validUntil: '2028-08-20' })
      .where(inArray(sealCycles.id, [renewed.id]));
    expect(await run('2027-05-21')).toBe(0);
    expect(await run('2027-08-20')).toBe(1);
    expect((await mailsAbout('FZ Eiche')).map((m) => m.subject)).toEqual([
      'Gütesiegel Familienzentrum: Rezertifizierung von FZ Eiche bis 20.05.2028',
      'Gütesiegel Familienzentrum: Rezertifizierung von FZ Eiche bis 20.08.2028',
    ]);
  });
});
