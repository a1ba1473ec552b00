import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/server/db/client';
import type { SelfCheck } from '../src/server/modules/seal/schemas';
import { buildTestApp, type TestApp } from '../src/server/test/build-app';
import { loadMusterstadt } from './load-musterstadt';
import { readMusterstadt } from './musterstadt-data';
import { anchoredOfferings, planCycles, readMusterstadtSeal } from './musterstadt-seal';

// Musterstadt's quality seal as Sonnenblume's lead meets it on /guetesiegel: a re-certification due within
// four months, evidence in all eight areas, exactly 6.3 and 6.6 open in area 6, the ended TuS agreement a
// warning and not evidence.
let t: TestApp;
const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.db, query);
const orgId = async (name: string) =>
  (await rows<{ id: string }>(sql`select id from organizations where name = ${name}`))[0]?.id ?? '';

beforeAll(async () => {
  t = await buildTestApp({ signInRateLimit: 1000 });
  await loadMusterstadt(t.db);
});

const selfCheck = async (centre: string, email: string): Promise<SelfCheck> => {
  const cookie = await t.signIn(email);
  const response = await t.request({
    method: 'GET',
    url: `/api/v1/seal/centres/${await orgId(centre)}/self-check`,
    cookie,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

describe('Musterstadt quality seal', () => {
  it('gives every centre outside the Verbund and the Verbund a cycle, Sonnenblume’s due within 4 months', async () => {
    const cycles = await rows<{ name: string; member: boolean; valid_until: string; n: number }>(sql`
      select o.name, o.network_id is not null as member, max(c.valid_until)::text as valid_until,
             count(c.id)::int as n
        from organizations o left join seal_cycles c on c.organization_id = o.id
       where o.type in ('family_centre', 'network') group by o.id order by o.name`);
    expect(cycles.filter((c) => c.member).every((c) => c.n === 0)).toBe(true);
    expect(cycles.filter((c) => !c.member).every((c) => c.n > 0)).toBe(true);
    expect(cycles.filter((c) => !c.member)).toHaveLength(6);
    const sonnenblume = cycles.find((c) => c.name === 'Familienzentrum Sonnenblume');
    const today = DateTime.now().setZone('Europe/Berlin').toISODate() ?? '';
    const inFourMonths = DateTime.now().setZone('Europe/Berlin').plus({ months: 4 }).toISODate() ?? '';
    const due = sonnenblume?.valid_until ?? '';
    expect(due > today && due <= inFourMonths, due).toBe(true);
    expect(sonnenblume?.n).toBe(2);
  });

  it('shows Sonnenblume evidence in all 8 areas and in area 6 exactly the gaps 6.3 and 6.6, with steps', async () => {
    const check = await selfCheck('Familienzentrum Sonnenblume', 'leitung@fz-sonnenblume.example');
    expect(check.subject.type).toBe('family_centre');
    expect(check.areas).toHaveLength(8);
    for (const area of check.areas)
      expect(area.basicMet + area.advancedMet, `area ${area.number}`).toBeGreaterThan(0);
    const area6 = check.areas.find((a) => a.number === 6);
    expect(area6?.criteria.filter((c) => !c.met).map((c) => c.code)).toEqual(['6.3', '6.6']);
    expect(area6?.met).toBe(false);
    const kinds = (code: string) => area6?.criteria.find((c) => c.code === code)?.evidence.map((e) => e.kind);
    expect(kinds('6.1')).toContain('agreement');
    expect(kinds('6.2')).toContain('offering');
    expect(kinds('6.5')).toContain('room');
    const gaps = check.missing.filter((m) => m.area === 6 && m.code !== null);
    expect(gaps.map((m) => m.code).sort()).toEqual(['6.3', '6.6']);
    expect(gaps.find((m) => m.code === '6.3')?.link).toContain('/partner');
    expect(gaps.find((m) => m.code === '6.6')?.link).toContain('/guetesiegel');
    for (const gap of gaps) expect(gap.step.length).toBeGreaterThan(5);
    // The review-year offerings count: the spring parents' course for 2.3 and 6.2.
    const titles = (code: string) =>
      check.areas
        .flatMap((a) => a.criteria)
        .find((c) => c.code === code)
        ?.evidence.map((e) => e.title) ?? [];
    expect(titles('6.2')).toContain('Elternkurs „Starke Eltern – starke Kinder“ (Frühjahr)');
    expect(titles('8.1')).toContain('Jahresziele des Familienzentrums');
  });

  it('warns about the ended TuS agreement instead of counting it, and flags evidence expiring before the due date', async () => {
    const check = await selfCheck('Familienzentrum Sonnenblume', 'fachkraft@fz-sonnenblume.example');
    const evidence = check.areas.flatMap((a) => a.criteria.flatMap((c) => c.evidence));
    expect(evidence.map((e) => e.title)).not.toContain('Kinderturnen in der Turnhalle');
    expect(check.warnings.filter((w) => w.kind === 'agreementEnded')).toHaveLength(1);
    expect(check.warnings.find((w) => w.kind === 'agreementEnded')?.message).toContain('Kinderturnen');
    const analysis = evidence.find((e) => e.title === 'Sozialraumanalyse Altstadt');
    expect(analysis).toMatchObject({ kind: 'document', expiresBeforeDue: true, hasFile: true });
  });

  it('stores the uploaded evidence as real PDFs', async () => {
    const files = await rows<{ head: string; size: number; file_size: number }>(sql`
      select convert_from(substring(file from 1 for 5), 'UTF8') as head, length(file) as size, file_size
        from seal_manual_evidence where kind = 'document'`);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(file).toMatchObject({ head: '%PDF-', size: file.file_size });
  });

  it('checks a Nordviertel centre within its Verbund, the members’ evidence per facility', async () => {
    const check = await selfCheck('Ev. Familienzentrum Pusteblume', 'leitung@fz-pusteblume.example');
    expect(check.subject).toMatchObject({ type: 'network', name: 'Familienzentrum im Verbund Nordviertel' });
    expect(check.subject.facilities.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Ev. Familienzentrum Pusteblume', 'Kath. Familienzentrum St. Marien']),
    );
    const minutes = check.areas.flatMap((a) => a.criteria).find((c) => c.code === '6.6')?.evidence ?? [];
    expect(minutes.map((e) => e.facility.name)).toEqual(['Kath. Familienzentrum St. Marien']);
  });
});

describe('Sonnenblume’s review-year offerings', () => {
  it('start inside the review year and before the load date, whatever day the demo is loaded', () => {
    const file = readMusterstadtSeal();
    const data = readMusterstadt();
    for (const day of ['2026-01-02', '2026-05-15', '2026-09-30', '2026-10-01', '2026-12-31']) {
      const today = DateTime.fromISO(day, { zone: 'Europe/Berlin' });
      const cycles = planCycles(file, today);
      const current = cycles
        .filter((c) => c.organization === 'fz-sonnenblume')
        .sort((a, b) => b.certifiedOn.toMillis() - a.certifiedOn.toMillis())[0];
      for (const offering of anchoredOfferings(file, cycles, data.familyCentres, today)) {
        const first = today.plus({ days: offering.schedule.startInDays });
        expect(first.year, `${day} ${offering.key}`).toBe(current?.reviewYear);
        expect(first < today, `${day} ${offering.key}`).toBe(true);
      }
    }
  });
});
