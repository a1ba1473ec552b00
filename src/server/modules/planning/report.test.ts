import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { buildDistrict, buildMunicipality, buildOrganization } from '../../test/factories';

let t: TestApp;
let municipalityId: string;
let municipalityName: string;
let planner: string;
const dir = mkdtempSync(join(tmpdir(), 'familiennetz-planning-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  t = await buildTestApp();
  const m = await buildMunicipality(t.db, { name: 'Süderstadt' });
  municipalityId = m.id;
  municipalityName = m.name;
  await buildDistrict(t.db, { municipalityId, name: 'Altstadt-Nord' });
  await buildDistrict(t.db, { municipalityId, name: 'Weststadt' });
  const office = await buildOrganization(t.db, { municipalityId, type: 'youth_office' });
  planner = await t.signInAsNewMember('planner', office.id);
});

const url = (path: string, query = `municipalityId=${municipalityId}&year=2026`) =>
  `/api/v1/planning/${path}?${query}`;

/** The command line tools a committee member's computer would use, on the bytes we send. */
function run(tool: string, args: string[], bytes: Buffer, extension: string): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.${extension}`);
  writeFileSync(file, bytes);
  return execFileSync(tool, [...args, file, ...(tool.endsWith('pdftotext') ? ['-'] : [])], {
    encoding: 'utf8',
  });
}

describe('GET /planning/report(.pdf|.xlsx): who may read it', () => {
  it('answers 401, 403 for a centre lead and another municipality’s planner, 404 unknown, 400 bad year', async () => {
    const centre = await buildOrganization(t.db, { municipalityId });
    const lead = await t.signInAsNewMember('lead', centre.id);
    const otherOffice = await buildOrganization(t.db, { type: 'youth_office' });
    const otherPlanner = await t.signInAsNewMember('planner', otherOffice.id);
    for (const path of ['report', 'report.pdf', 'report.xlsx']) {
      expect((await t.request({ method: 'GET', url: url(path) })).statusCode).toBe(401);
      expect((await t.request({ method: 'GET', url: url(path), cookie: lead })).statusCode).toBe(403);
      expect((await t.request({ method: 'GET', url: url(path), cookie: otherPlanner })).statusCode).toBe(403);
      const unknown = url(path, 'municipalityId=00000000-0000-4000-8000-000000000000&year=2026');
      expect((await t.request({ method: 'GET', url: unknown, cookie: planner })).statusCode).toBe(404);
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
});

describe('the report as JSON, PDF and XLSX', () => {
  it('has a row per district in every comparison table, with the year and the year before', async () => {
    const res = await t.request({ method: 'GET', url: url('report'), cookie: planner });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({
      year: 2026,
      previousYear: 2025,
      municipality: { name: municipalityName },
    });
    const need = report.tables.find((table: { key: string }) => table.key === 'need');
    expect(need.columns.map((c: { label: string }) => c.label).slice(0, 3)).toEqual([
      'Sozialraum',
      'Kinder 0–3 2026',
      'Kinder 0–3 2025',
    ]);
    expect(need.rows.map((r: unknown[]) => r[0])).toEqual(['Altstadt-Nord', 'Weststadt']);
  });

  it('the PDF is tagged, German, A4 landscape, with the tables and page numbers', async () => {
    const res = await t.request({ method: 'GET', url: url('report.pdf'), cookie: planner });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="Jugendhilfeplanung-Suderstadt-2026.pdf"',
    );
    const pdf = res.rawPayload;
    const info = run('/usr/bin/pdfinfo', [], pdf, 'pdf');
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+841\.8\d x 595\.2\d pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Jugendhilfeplanung Süderstadt: Bericht 2026/);
    expect(pdf.toString('latin1')).toContain('/Lang (de-DE)');
    const text = run('/usr/bin/pdftotext', ['-layout'], pdf, 'pdf');
    for (const phrase of ['Bedarf', 'Lücken', 'Altstadt-Nord', 'Kinder 0–3', 'Seite 1 von'])
      expect(text).toContain(phrase);
    const structure = run('/usr/bin/pdfinfo', ['-struct'], pdf, 'pdf');
    for (const element of ['Document', 'H1', 'H2', 'Table', 'TR', 'TH', 'TD'])
      expect(structure).toContain(element);
  });

  it('the XLSX has a sheet per table with German headers', async () => {
    const res = await t.request({ method: 'GET', url: url('report.xlsx'), cookie: planner });
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
    const need = workbook.getWorksheet('Bedarf');
    expect(need?.getRow(1).getCell(2).value).toBe('Kinder 0–3 2026');
    expect(need?.getRow(2).getCell(1).value).toBe('Altstadt-Nord');
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
