import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMusterstadt } from '../../../../demo/load-musterstadt';
import { queryRows } from '../../db/client';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildOrganization } from '../../test/factories';

/**
 * The yearly report on Musterstadt's demo data. The acceptance: Südpark (its only centre,
 * Regenbogen, has no family-education cooperation) shows as a gap in the report's JSON, PDF and XLSX;
 * recording an active cooperation removes it from all three.
 */
let t: TestApp;
let municipalityId: string;
let planner: string;
const dir = mkdtempSync(join(tmpdir(), 'familiennetz-planning-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const idOf = async (table: 'organizations' | 'districts', name: string) =>
  (
    await queryRows<{ id: string }>(t.db, sql`select id from ${sql.identifier(table)} where name = ${name}`)
  )[0]?.id ?? '';

beforeAll(async () => {
  t = await buildTestApp();
  await loadMusterstadt(t.db, { now: new Date('2026-11-25T12:00:00Z') });
  municipalityId = (
    await queryRows<{ id: string }>(t.db, sql`select id from municipalities where name = 'Musterstadt'`)
  )[0]?.id as string;
  planner = await t.signIn('planung@jugendamt-musterstadt.example');
}, 180_000);

const url = (path: string, query = `municipalityId=${municipalityId}&year=2026`) =>
  `/api/v1/planning/${path}?${query}`;
const get = (path: string, cookie?: string, query?: string) =>
  t.request({ method: 'GET', url: url(path, query), cookie });

/** The command line tools a committee member's computer would use, on the bytes we send. */
function run(tool: string, args: string[], bytes: Buffer): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync(tool, [...args, file, ...(tool.endsWith('pdftotext') ? ['-'] : [])], {
    encoding: 'utf8',
  });
}

async function xlsxRows(bytes: Buffer, sheet: string): Promise<unknown[][]> {
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

const FAMILY_EDUCATION_GAP = 'Keine aktive Kooperation mit Familienbildung';

describe('GET /planning/report(.pdf|.xlsx): who may read it', () => {
  it('answers 401, 403 for a centre lead and another municipality’s planner, 404 unknown, 400 bad year', async () => {
    const lead = await t.signIn('leitung@fz-sonnenblume.example');
    const otherOffice = await buildOrganization(t.db, { type: 'youth_office' });
    const otherPlanner = await t.signInAsNewMember('planner', otherOffice.id);
    for (const path of ['report', 'report.pdf', 'report.xlsx']) {
      expect((await get(path)).statusCode).toBe(401);
      expect((await get(path, lead)).statusCode).toBe(403);
      expect((await get(path, otherPlanner)).statusCode).toBe(403);
      const unknown = 'municipalityId=00000000-0000-4000-8000-000000000000&year=2026';
      expect((await get(path, planner, unknown)).statusCode).toBe(404);
    }
    const bad = await t.request({
      method: 'GET',
      url: url('report', `municipalityId=${municipalityId}&year=1999`),
      cookie: planner,
      headers: { 'accept-language': 'en' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Please give a report year between 2001 and 2100.');
  });

  it('the OpenAPI document declares the files with their media types', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    const ok = (path: string) => doc.paths[path].get.responses['200'];
    expect(Object.keys(ok('/api/v1/planning/report.pdf').content)).toEqual(['application/pdf']);
    expect(Object.keys(ok('/api/v1/planning/report.xlsx').content)).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
  });
});

describe('the report of Musterstadt 2026 as JSON, PDF and XLSX', () => {
  it('compares need and coverage per district with 2025', async () => {
    const res = await get('report', planner);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ year: 2026, previousYear: 2025, municipality: { name: 'Musterstadt' } });
    const need = report.tables.find((table: { key: string }) => table.key === 'need');
    expect(need.columns.slice(0, 3).map((c: { label: string }) => c.label)).toEqual([
      'Sozialraum',
      'Kinder 0–3 2026',
      'Kinder 0–3 2025',
    ]);
    expect(need.rows).toHaveLength(8);
    // The demo has need figures for both years: every district has children under 3 in both.
    for (const row of need.rows) expect([typeof row[1], typeof row[2]]).toEqual(['number', 'number']);
    const network = report.tables.find((table: { key: string }) => table.key === 'network');
    expect(network.total[1]).toBe(8);
  });

  it('shows Südpark’s missing family-education cooperation in all three; an active one closes it', async () => {
    const hasGap = (rows: unknown[][], status = 'besteht seit 2025') =>
      rows.some(
        (r) =>
          r[0] === 'Südpark' &&
          r[1] === 'ganzer Sozialraum' &&
          r[2] === FAMILY_EDUCATION_GAP &&
          r[3] === status,
      );
    const before = (await get('report', planner)).json();
    const gaps = before.tables.find((table: { key: string }) => table.key === 'gaps');
    expect(hasGap(gaps.rows)).toBe(true);
    const pdf = (await get('report.pdf', planner)).rawPayload;
    const text = run('/usr/bin/pdftotext', ['-layout'], pdf);
    expect(text).toMatch(/Südpark\s+ganzer Sozialraum\s+Keine aktive Kooperation mit Familienbildung/);
    expect(hasGap(await xlsxRows((await get('report.xlsx', planner)).rawPayload, 'Lücken'))).toBe(true);

    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/centres/${await idOf('organizations', 'Familienzentrum Regenbogen')}/relationships/${await idOf('organizations', 'AWO Familienbildungswerk')}`,
      cookie: await t.signIn('leitung@fz-regenbogen.example'),
      payload: { status: 'active' },
    });
    expect(put.statusCode, put.body).toBe(201);

    // 2026 has no such gap any more; 2025 had it, so the report lists it as closed this year.
    const afterRows = (await get('report', planner))
      .json()
      .tables.find((table: { key: string }) => table.key === 'gaps').rows;
    expect(hasGap(afterRows)).toBe(false);
    expect(hasGap(afterRows, 'geschlossen 2026')).toBe(true);
    const textAfter = run('/usr/bin/pdftotext', ['-layout'], (await get('report.pdf', planner)).rawPayload);
    expect(textAfter).toMatch(
      /Südpark\s+ganzer Sozialraum\s+Keine aktive Kooperation mit Familienbildung\s+geschlossen 2026/,
    );
    const xlsxAfter = await xlsxRows((await get('report.xlsx', planner)).rawPayload, 'Lücken');
    expect(hasGap(xlsxAfter)).toBe(false);
    expect(hasGap(xlsxAfter, 'geschlossen 2026')).toBe(true);
  });

  it('the PDF is tagged, German, A4 landscape, with headings, tables and page numbers', async () => {
    const res = await get('report.pdf', planner);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="Jugendhilfeplanung-Musterstadt-2026.pdf"',
    );
    const pdf = res.rawPayload;
    const info = run('/usr/bin/pdfinfo', [], pdf);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+841\.8\d x 595\.2\d pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Jugendhilfeplanung Musterstadt: Bericht 2026/);
    expect(pdf.toString('latin1')).toContain('/Lang (de-DE)');
    const text = run('/usr/bin/pdftotext', ['-layout'], pdf);
    for (const phrase of ['Bedarf', 'Lücken', 'Kinder 0–3', 'Vergleich mit 2025', 'Seite 1 von'])
      expect(text).toContain(phrase);
    const structure = run('/usr/bin/pdfinfo', ['-struct'], pdf);
    for (const element of ['Document', 'H1', 'H2', 'Table', 'TR', 'TD', '/ColSpan 2', '/Scope /Row'])
      expect(structure).toContain(element);
  });

  it('the XLSX has a sheet per table, German headers and numbers as numbers', async () => {
    const res = await get('report.xlsx', planner);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const { Workbook } = (await import('exceljs')).default;
    const workbook = new Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Bericht',
      'Übersicht',
      'Bedarf',
      'Kooperationen',
      'Angebote',
      'Lücken',
    ]);
    const need = await xlsxRows(res.rawPayload, 'Bedarf');
    expect(need[0]?.slice(0, 3)).toEqual(['Sozialraum', 'Kinder 0–3 2026', 'Kinder 0–3 2025']);
    expect(typeof need[1]?.[1]).toBe('number');
    expect(need.at(-1)?.[0]).toBe('Gesamt');
  });
});
