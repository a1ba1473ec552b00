import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, queryRows } from '../src/server/db/client';
import { openTestDatabase } from '../src/server/test/build-app';
import { generateScaleData } from './scale-data';
import { generateScaleOfferings } from './scale-offerings';
import { generateScaleSeal, SEAL_CODES_BY_TEMPLATE } from './scale-seal';

let handle: DatabaseHandle;
const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(handle.db, query);

beforeAll(async () => {
  handle = await openTestDatabase();
  const now = new Date('2026-12-01T12:00:00Z');
  await generateScaleData(handle.db, { municipalities: 3, centres: 120, partners: 200, seed: 7, now });
  await generateScaleOfferings(handle.db, { seed: 7, total: 400 });
}, 120_000);

afterAll(async () => {
  await handle.close();
});

describe('scale generator: quality seal', () => {
  it('codes the offerings by template with criteria of edition 2020', async () => {
    const [unknown] = await rows<{ n: number; coded: number }>(sql`
      select count(*) filter (where exists (
               select 1 from unnest(o.seal_criteria) c(code)
                where not exists (select 1 from seal_criteria s join seal_editions e on e.id = s.edition_id
                                   where e.key = '2020' and s.code = c.code)))::int as n,
             count(*) filter (where cardinality(o.seal_criteria) > 0)::int as coded
        from offerings o`);
    expect(unknown).toEqual({ n: 0, coded: 400 });
    // A set generated before the seal existed: the generator adds the codes.
    await handle.db.execute(sql`update offerings set seal_criteria = '{}'`);
  });

  it('gives every centre outside a Verbund and every Verbund one cycle, due over four years, once', async () => {
    expect(await generateScaleSeal(handle.db, { seed: 7 })).toBeGreaterThan(0);
    const [cycles] = await rows<{
      subjects: number;
      cycles: number;
      members: number;
      bad: number;
      due: number;
    }>(sql`
      select (select count(*)::int from organizations
               where type = 'network' or (type = 'family_centre' and network_id is null)) as subjects,
             (select count(distinct organization_id)::int from seal_cycles) as cycles,
             (select count(*)::int from seal_cycles c join organizations o on o.id = c.organization_id
               where o.network_id is not null) as members,
             (select count(*)::int from seal_cycles
               where valid_until <= current_date or valid_until > current_date + 1461
                  or certified_on <> (valid_until - interval '4 years')::date
                  or review_year <> extract(year from valid_until) - 1) as bad,
             (select count(*)::int from seal_cycles where valid_until < current_date + 365) as due`);
    expect(cycles?.cycles).toBe(cycles?.subjects);
    expect(cycles).toMatchObject({ members: 0, bad: 0 });
    // About a quarter due within 12 months (a hash spread over ~100 subjects).
    expect(cycles?.due).toBeGreaterThan((cycles?.subjects ?? 0) * 0.1);
    expect(cycles?.due).toBeLessThan((cycles?.subjects ?? 0) * 0.45);
    expect(await generateScaleSeal(handle.db, { seed: 7 })).toBeNull();
  });

  it('records manual evidence for a share of the subjects, with document criteria, some as PDFs', async () => {
    const [evidence] = await rows<{ holders: number; subjects: number; wrong: number; pdfs: number }>(sql`
      select count(distinct m.organization_id)::int as holders,
             (select count(*)::int from organizations where type in ('network', 'family_centre')) as subjects,
             count(*) filter (where not exists (
               select 1 from seal_criteria s where s.code = any(m.criteria) and 'document' = any(s.evidence))
               or (m.kind = 'document') <> (m.file is not null))::int as wrong,
             count(*) filter (where convert_from(substring(m.file from 1 for 5), 'UTF8') = '%PDF-')::int as pdfs
        from seal_manual_evidence m`);
    expect(evidence?.wrong).toBe(0);
    expect(evidence?.pdfs).toBeGreaterThan(0);
    expect(evidence?.holders).toBeGreaterThan((evidence?.subjects ?? 0) * 0.2);
    expect(evidence?.holders).toBeLessThan((evidence?.subjects ?? 0) * 0.6);
  });

  it('gave the offerings their template codes again', async () => {
    const coded = await rows<{ title: string; codes: string[] }>(
      sql`select title, seal_criteria as codes from offerings`,
    );
    for (const offering of coded) {
      const template = offering.title.replace(/ \d$/, '');
      expect(offering.codes, offering.title).toEqual(SEAL_CODES_BY_TEMPLATE[template]);
    }
  });
});
