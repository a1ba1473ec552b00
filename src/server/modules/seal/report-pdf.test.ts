import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checklistText } from './report-format';
import { renderSealReportPdf } from './report-pdf';
import { AREA_NAMES, sampleReport } from './report-sample';

/**
 * The report PDF from a hand-made self-check (the renderer alone; report.test.ts checks the route on a real
 * database). Read back with poppler, as the certifier's computer would.
 */
const dir = mkdtempSync(join(tmpdir(), 'familiennetz-seal-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: 'pdfinfo' | 'pdftotext', pdf: Buffer, args: string[] = []): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(`/usr/bin/${tool}`, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
    encoding: 'utf8',
  });
}
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('renderSealReportPdf', () => {
  it('is a tagged German PDF with all 8 areas, criteria, evidence, gaps, warnings, checklist and page numbers', async () => {
    const pdf = await renderSealReportPdf(sampleReport());
    const info = poppler('pdfinfo', pdf);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Selbstcheck Gütesiegel Familienzentrum NRW – Familienzentrum Sonnenblume/);
    const text = flat(poppler('pdftotext', pdf));
    for (const [i, name] of AREA_NAMES.entries()) expect(text).toContain(`Bereich ${i + 1}: ${name}`);
    expect(text).toContain('7 von 8 Bereichen erfüllt');
    expect(text).toContain('6.3 Kriterium 6.3 mit Umlauten äöü');
    expect(text).toContain(
      'Nicht erfüllt: 1 von mindestens 1 Grundkriterien, 1 von mindestens 2 Aufbaukriterien',
    );
    expect(text).toContain('Nächster Schritt: Familienbildung im Partnerverzeichnis suchen');
    expect(text).toContain('läuft vor dem Fälligkeitstermin ab');
    expect(text).toContain('Die Vereinbarung „Alte Absprache“ ist am 30.06.2026 ausgelaufen.');
    expect(text).toContain('Zertifiziert am 01.03.2023, gültig bis 01.03.2027');
    expect(text).toContain('KV-2024-0007');
    expect(text).toContain('nein – erneuern');
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Seite ${pages} von ${pages}`);
  });

  it('tags headings, lists and the checklist table (a screen reader reads them as such)', async () => {
    const structure = poppler('pdfinfo', await renderSealReportPdf(sampleReport()), ['-struct']);
    expect(structure.match(/^\s*H2\b/gm)?.length).toBe(10);
    expect(structure).toMatch(/^\s*H3\b/m);
    expect(structure).toMatch(/^\s*LBody\b/m);
    expect(structure).toMatch(/^\s*Table\b/m);
    expect(structure).toMatch(/^\s*TH\b/m);
  });

  it('writes the checklist as text with the due date, version and parties', () => {
    const text = checklistText(sampleReport());
    expect(text).toContain('Fälligkeitstermin: 01.03.2027');
    expect(text).toContain('[ ] KV-2024-0007 Kooperation Erziehungsberatung');
    expect(text).toContain('Unterzeichnete Fassung: Fassung 2, unterzeichnet 15.01.2024');
    expect(text).toContain('Parteien: Familienzentrum Sonnenblume, Beratungsstelle am Markt');
  });
});
