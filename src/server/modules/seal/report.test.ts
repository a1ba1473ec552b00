import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { buildTestApp, type TestApp } from '../../test/build-app';
import { AT, buildReportWorld } from './test-report-world';

/**
 * GET /seal/centres/{id}/report.pdf and bundle.zip on a real database, read back with the tools a certifier's
 * computer has: poppler for the PDFs, unzip for the archive, python's csv module for angebote.csv.
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof buildReportWorld>>;
let areaNames: string[];
const dir = mkdtempSync(join(tmpdir(), 'familiennetz-seal-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  t = await buildTestApp();
  w = await buildReportWorld(t);
  areaNames = (
    await queryRows<{ name: string }>(
      t.db,
      sql`select a.name_de as name from seal_areas a join seal_editions e on e.id = a.edition_id
          where e.key = '2020' order by a.number`,
    )
  ).map((r) => r.name);
});

const get = (file: 'report.pdf' | 'bundle.zip', cookie?: string, query = `at=${AT}`, id = w.sonnenblume.id) =>
  t.request({
    method: 'GET',
    url: `/api/v1/seal/centres/${id}/${file}?${query}`,
    cookie,
    // The files go to the certifier: German whatever the browser asks for.
    headers: { 'accept-language': 'en' },
  });

function save(name: string, bytes: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
const tool = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('GET /seal/centres/{id}/report.pdf', () => {
  it('is a tagged German PDF listing all 8 areas, the evidence, the ended agreement as a warning', async () => {
    const response = await get('report.pdf', w.people.sonnenblumeLead);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="Guetesiegel-Selbstcheck-Familienzentrum-Sonnenblume-2026\.pdf"$/,
    );
    const file = save('report.pdf', response.rawPayload);
    expect(tool('/usr/bin/pdfinfo', [file])).toMatch(/Tagged:\s+yes/);
    const text = flat(tool('/usr/bin/pdftotext', [file, '-']));
    expect(areaNames).toHaveLength(8);
    for (const [i, name] of areaNames.entries()) expect(text).toContain(`Bereich ${i + 1}: ${name}`);
    expect(text).toContain('Zertifiziert am 01.03.2023, gültig bis 01.03.2027');
    expect(text).toContain('Angebot: Elterncafé; offen für alle');
    expect(text).toContain('Vereinbarung: Beratung im Familienzentrum');
    expect(text).toContain('Dokument: Protokoll Netzwerktreffen März');
    expect(text).toContain('Alte Sprechstunde');
    expect(text).toMatch(/Seite 1 von \d+/);
  });
});

describe('GET /seal/centres/{id}/bundle.zip', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    const response = await get('bundle.zip', w.people.sonnenblumeStaff);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const zip = save('bundle.zip', response.rawPayload);
    expect(tool('/usr/bin/unzip', ['-t', zip])).toMatch(/No errors detected/);
    const out = join(dir, 'bundle');
    tool('/usr/bin/unzip', ['-q', zip, '-d', out]);
    files = new Map(
      (readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => [f, join(out, f)]),
    );
  });

  it('holds the tagged report, the checklist, the offerings, the signed agreements and the manual files', () => {
    const names = [...files.keys()].filter(
      (f) => f.endsWith('.pdf') || f.endsWith('.csv') || f.endsWith('.txt'),
    );
    const { counselling, rooms, ended } = w.agreements;
    expect(names.sort()).toEqual(
      [
        'Guetesiegel-Selbstcheck-Familienzentrum-Sonnenblume-2026.pdf',
        'angebote.csv',
        'checkliste.txt',
        `Vereinbarungen/Kooperationsvereinbarung-${counselling.reference}-v1-unterzeichnet-1-scan-unterschrieben.pdf`,
        `Vereinbarungen/Kooperationsvereinbarung-${rooms.reference}-v1.pdf`,
        `Nachweise/Protokoll-Netzwerktreffen-Maerz-${w.protocolId.slice(0, 8)}.pdf`,
      ].sort(),
    );
    expect(names.join()).not.toContain(ended.reference);
    const report = files.get('Guetesiegel-Selbstcheck-Familienzentrum-Sonnenblume-2026.pdf') as string;
    expect(tool('/usr/bin/pdfinfo', [report])).toMatch(/Tagged:\s+yes/);
    // The agreement without a scan is the version in force as the agreements module renders it.
    const rendered = files.get(`Vereinbarungen/Kooperationsvereinbarung-${rooms.reference}-v1.pdf`) as string;
    expect(flat(tool('/usr/bin/pdftotext', [rendered, '-']))).toContain('Räume für die Kita Regenbogen');
  });

  it('angebote.csv is semicolon CSV with a BOM and German headers that python reads', () => {
    const csv = files.get('angebote.csv') as string;
    expect(readFileSync(csv).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = JSON.parse(
      tool('/usr/bin/python3', [
        '-c',
        'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=";"))))',
        csv,
      ]),
    ) as string[][];
    expect(rows[0]).toEqual([
      'Angebot',
      'Einrichtung',
      'Kriterien',
      'Termine im Prüfzeitraum',
      'Erster Termin',
      'Letzter Termin',
      'Link',
    ]);
    // Three sessions in 2026 (one in 2025 and a cancelled one do not count); the ";" in the title survives.
    expect(rows.slice(1)).toEqual([
      [
        'Elterncafé; offen für alle',
        'Familienzentrum Sonnenblume',
        '1.1, 6.2',
        '3',
        '03.02.2026',
        '08.09.2026',
        expect.stringMatching(new RegExp(`/angebote/verwalten/${w.offeringId}$`)),
      ],
    ]);
  });

  it('checkliste.txt asks per agreement: valid at the due date, signed version, parties', () => {
    const text = readFileSync(files.get('checkliste.txt') as string, 'utf8');
    const { counselling, rooms, ended } = w.agreements;
    expect(text).toContain('Fälligkeitstermin: 01.03.2027');
    expect(text).toContain(`[x] ${counselling.reference} Beratung im Familienzentrum`);
    expect(text).toContain(`[ ] ${rooms.reference} Räume für die Kita Regenbogen`);
    expect(text).toContain('Gültig bei Fälligkeit: nein – erneuern');
    expect(text).toContain('Unterzeichnete Fassung: Fassung 1, unterzeichnet 01.01.2025');
    expect(text).toContain(
      'Parteien: Stadt Musterstadt (für Familienzentrum Sonnenblume), AWO Musterstadt (für Familienzentrum Regenbogen)',
    );
    expect(text).not.toContain(ended.reference);
  });
});

describe('who may download the report and the bundle', () => {
  it('401 anonymous, 403 other centre, partner and planner, 404 unknown, 400 bad date', async () => {
    for (const file of ['report.pdf', 'bundle.zip'] as const) {
      expect((await get(file)).statusCode).toBe(401);
      expect((await get(file, w.people.regenbogenLead)).statusCode).toBe(403);
      expect((await get(file, w.people.counsellingLead)).statusCode).toBe(403);
      expect((await get(file, w.people.planner)).statusCode).toBe(403);
      const unknown = await get(file, w.people.sonnenblumeLead, '', '00000000-0000-4000-8000-000000000000');
      expect(unknown.statusCode).toBe(404);
      const bad = await get(file, w.people.sonnenblumeLead, 'at=2026-13-01');
      expect(bad.statusCode).toBe(400);
      expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});
