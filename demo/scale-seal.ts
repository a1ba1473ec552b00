import { sql } from 'drizzle-orm';
import { type Database, type Executor, queryRows } from '../src/server/db/client';
import { collect, loadPdfKit } from '../src/server/documents/pdfkit';
import { currentEditionId } from '../src/server/modules/seal/edition-read';

/**
 * The quality seal for the NRW-sized set (issue 19 §9): a certification cycle for every family centre outside
 * a Verbund and for every Verbund (members are checked within theirs), due dates spread evenly over the four
 * years ahead (so about a quarter fall due within 12 months); manual evidence (notes, a few small PDFs) for
 * about 40 % of the subjects and their member centres; and the offerings' criteria codes by template (a set
 * generated before this keeps its offerings and gets the codes by update). Set-based SQL, hashes of ids for a
 * reproducible spread. Fills only an empty seal_cycles table.
 */

/** Criteria codes per offering template (scale-offerings.ts titles), only codes every edition 2020 has. */
export const SEAL_CODES_BY_TEMPLATE: Record<string, readonly string[]> = {
  Elterncafé: ['2.1', '5.3'],
  'Offene Erziehungsberatung': ['1.1', '1.3'],
  'Elternkurs Starke Eltern – starke Kinder': ['2.2', '6.2'],
  Krabbelgruppe: ['2.1'],
  'Infoabend Schulstart': ['5.2'],
  Hebammensprechstunde: ['1.3'],
  Vorlesestunde: ['2.5'],
  'Eltern-Kind-Turnen': ['2.4', '5.3'],
  'Musikalische Früherziehung': ['2.4'],
  Migrationsberatung: ['1.4', '5.4'],
  Vätertreff: ['2.1', '6.2'],
  'Frühstück für Alleinerziehende': ['1.4', '4.2'],
  Babyschwimmen: ['2.4'],
  'Erste Hilfe am Kind': ['1.2'],
  'Deutschkurs für Mütter': ['2.5', '5.4'],
  'Infoabend Kindertagespflege': ['3.1'],
};

const MANUAL_TITLES = [
  'Protokoll Netzwerktreffen',
  'Halbjahresprogramm',
  'Elternbefragung',
  'Jahresziele',
  'Konzeption',
  'Fortbildungsplan',
  'Sozialraumanalyse',
];

/** One small PDF shared by every generated document (the bench measures reads, not storage). */
async function samplePdf(): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Nachweis' } });
  const bytes = collect(doc);
  doc.font('Helvetica-Bold').fontSize(16).text('Nachweis Gütesiegel');
  doc.moveDown().font('Helvetica').fontSize(11).text('Generiertes Dokument für den NRW-Datensatz.');
  doc.end();
  return bytes;
}

/** Offerings without criteria get their template's codes (sets generated before the seal existed). */
async function backfillOfferingCodes(db: Executor): Promise<number> {
  const values = sql.join(
    Object.entries(SEAL_CODES_BY_TEMPLATE).map(
      ([title, codes]) => sql`(${title}::text, ${`{${codes.join(',')}}`}::text[])`,
    ),
    sql`, `,
  );
  const rows = await queryRows<{ n: number }>(
    db,
    sql`with updated as (
          update offerings o set seal_criteria = m.codes
            from (values ${values}) m(title, codes)
           where o.title like m.title || ' _' and cardinality(o.seal_criteria) = 0
          returning 1)
        select count(*)::int as n from updated`,
  );
  return rows[0]?.n ?? 0;
}

export async function generateScaleSeal(
  db: Database,
  options: { seed: number; onProgress?: (message: string) => void },
): Promise<number | null> {
  const progress = options.onProgress ?? (() => undefined);
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from seal_cycles`);
  if ((existing?.n ?? 0) > 0) {
    progress('seal: seal_cycles not empty, skipped');
    return null;
  }
  const editionId = await currentEditionId(db);
  if (!editionId) throw new Error('seal: no current catalogue edition (migration 0018)');
  const [coded] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from offerings where cardinality(seal_criteria) > 0`,
  );
  if ((coded?.n ?? 0) === 0) {
    progress('seal: offerings without criteria codes, adding them (one update of every offering) …');
    progress(`seal: criteria codes on ${await backfillOfferingCodes(db)} offerings`);
    // The update left a dead version of every row: the finder's index-only scans need the visibility map back.
    await db.execute(sql`vacuum (analyze) offerings`);
  }
  const pdf = await samplePdf();
  const salt = String(options.seed);
  await db.transaction(async (tx) => {
    // Due dates uniform over the 1461 days ahead: a quarter within 12 months. Certified four years before.
    await tx.execute(sql`
      insert into seal_cycles (organization_id, edition_id, certified_on, valid_until, review_year, note)
      select o.id, ${editionId}::uuid, (d.valid_until - interval '4 years')::date, d.valid_until,
             extract(year from d.valid_until)::int - 1, ''
        from organizations o
        cross join lateral (select current_date + 1 + abs(hashtext(o.id::text || ${salt})) % 1461 as valid_until) d
       where o.type = 'network' or (o.type = 'family_centre' and o.network_id is null)`);
    // 1–3 items for ~40 % of the centres and Verbünde (a Verbund's members hold their own), document-kind
    // criteria of the edition; every tenth a PDF, every fifth expiring within the next 2½ years.
    await tx.execute(sql`
      insert into seal_manual_evidence (organization_id, kind, title, note, criteria, effective_on, expires_on,
                                        file, file_name, file_size)
      select o.id, case when h.v % 10 = 0 then 'document' else 'note' end,
             (string_to_array(${MANUAL_TITLES.join('|')}, '|'))[1 + h.v % ${MANUAL_TITLES.length}],
             'Generierter Nachweis', array[c.codes[1 + h.v % cardinality(c.codes)]],
             current_date - (h.v % 700), case when h.v % 5 = 0 then current_date + (h.v % 900) end,
             case when h.v % 10 = 0 then ${pdf}::bytea end,
             case when h.v % 10 = 0 then 'nachweis.pdf' end,
             case when h.v % 10 = 0 then ${pdf.length}::int end
        from organizations o
        cross join generate_series(1, 3) k
        cross join lateral (select abs(hashtext(o.id::text || ${salt} || k)) as v) h
        cross join (select array_agg(code order by position) as codes from seal_criteria
                     where edition_id = ${editionId}::uuid and 'document' = any(evidence)) c
       where o.type in ('network', 'family_centre')
         and abs(hashtext(o.id::text || ${salt} || 'm')) % 100 < 40
         and k <= 1 + abs(hashtext(o.id::text || ${salt} || 'n')) % 3`);
  });
  await db.execute(sql`analyze seal_cycles`);
  await db.execute(sql`analyze seal_manual_evidence`);
  const [count] = await queryRows<{ cycles: number; due: number; evidence: number }>(
    db,
    sql`select (select count(*)::int from seal_cycles) as cycles,
               (select count(*)::int from seal_cycles where valid_until < current_date + 365) as due,
               (select count(*)::int from seal_manual_evidence) as evidence`,
  );
  progress(
    `seal: ${count?.cycles ?? 0} cycles (${count?.due ?? 0} due within 12 months), ${count?.evidence ?? 0} manual evidence items`,
  );
  return count?.cycles ?? 0;
}
