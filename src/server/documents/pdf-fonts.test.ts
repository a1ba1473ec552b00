import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfFonts, registerFonts } from './pdf-fonts';
import { type Doc, FONT } from './pdf-layout';
import { collect, loadPdfKit } from './pdfkit';

const dir = mkdtempSync(join(tmpdir(), 'pdf-fonts-'));

/** One small PDF with `text`, and the text pdftotext (poppler, an independent reader) extracts from it. */
async function extracted(name: string, text: string): Promise<string> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument() as unknown as Doc;
  registerFonts(doc);
  const bytes = collect(doc);
  doc.font(FONT.regular).text(text);
  doc.end();
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await bytes);
  return execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).trim();
}

describe('the embedded PDF fonts', () => {
  it.skipIf(!pdfFonts().embedded)(
    'keep every letter extractable in a document made after one with umlauts (CI lost each "U")',
    async () => {
      expect(await extracted('umlauts', 'Übergang, Öffnungszeiten, Ärztin')).toBe(
        'Übergang, Öffnungszeiten, Ärztin',
      );
      expect(await extracted('plain', 'Unterstützung im Umfeld, Ort und Arzt')).toBe(
        'Unterstützung im Umfeld, Ort und Arzt',
      );
    },
  );
});
