import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { renderAgreementDocx } from './docx';
import { agreementDocumentFileName } from './model';
import { renderAgreementPdf } from './pdf';
import { sampleAgreementModel } from './sample';

const dir = mkdtempSync(join(tmpdir(), 'familiennetz-agreement-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: 'pdftotext' | 'pdfinfo', pdf: Buffer, args: string[] = []): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(`/usr/bin/${tool}`, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], {
    encoding: 'utf8',
  });
}

/** The files of a ZIP archive (enough of the format for OOXML: stored or deflated, no ZIP64). */
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

/** Line breaks and hyphen-free re-wrapping by pdftotext must not hide a phrase. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('agreement PDF', () => {
  it('renders a ten-page A4 agreement with parties, sections, table, page numbers and umlauts', async () => {
    const model = sampleAgreementModel();
    const pdf = await renderAgreementPdf(model);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const info = poppler('pdfinfo', pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(info).toMatch(/Page size:\s+595\.2\d x 841\.8\d pts \(A4\)/);
    expect(info).toContain(`Title:           ${model.title}`);

    const text = flat(poppler('pdftotext', pdf));
    for (const party of model.parties) expect(text).toContain(party.name);
    for (const section of model.sections) expect(text).toContain(`§ ${section.number} ${section.title}`);
    expect(text).toContain('Seite 1 von');
    expect(text).toContain(`Seite ${pages} von ${pages}`);
    for (const word of ['Träger', 'Straße', 'Größe', 'Öffentlichkeitsarbeit', '„Grenzen setzen“', '0,5'])
      expect(text).toContain(word);
    expect(text).toContain('vertreten durch Sabine Krüger, Leitung Familienzentrum');
    // The matrix runs over a page break: its header row is printed again on the next page.
    expect(text.split('Häufigkeit').length - 1).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Unterschriften');
    expect(text).toContain('Musterstadt, 10.03.2026');
    expect(text).not.toContain('Entwurf');
  });

  it('marks a draft on every page and puts a matrix without its section into an annex', async () => {
    const model = sampleAgreementModel({
      draft: true,
      statusLabel: 'Entwurf',
      servicesSectionNumber: undefined,
    });
    const pdf = await renderAgreementPdf(model);
    const pages = poppler('pdftotext', pdf)
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const page of pages) expect(flat(page)).toContain('Entwurf – nicht unterzeichnet');
    expect(flat(pages.join(' '))).toContain('Anlage: Leistungen der Parteien');
  });

  it('is tagged for screen readers: headings, paragraphs and the table in reading order', async () => {
    const pdf = await renderAgreementPdf(sampleAgreementModel());
    expect(poppler('pdfinfo', pdf)).toMatch(/Tagged:\s+yes/);
    const structure = poppler('pdfinfo', pdf, ['-struct-text']);
    expect(structure).toMatch(/H1 \(block\)\s+"Kooperationsvereinbarung – Offene Sprechstunde/);
    expect(structure).toMatch(/H2 \(block\)\s+"§ 4 Leistungen der Parteien"/);
    expect(structure).toMatch(/TR\s+TH\s+"Partei"/);
    // The repeated header row and the page numbers are decoration, not content read again.
    expect(structure.split('"Häufigkeit"').length - 1).toBe(1);
    expect(structure).not.toContain('Seite 1 von');
  });

  it('renders a minimal agreement without services or signatures', async () => {
    const model = sampleAgreementModel({
      sections: [{ number: 1, title: 'Gegenstand', paragraphs: ['Zeile eins\nZeile zwei'] }],
      services: [],
      signatures: [],
    });
    const text = flat(poppler('pdftotext', await renderAgreementPdf(model)));
    expect(text).toContain('§ 1 Gegenstand Zeile eins Zeile zwei');
    expect(text).not.toContain('Häufigkeit');
    expect(text).toContain('Seite 2 von 2');
  });
});

describe('agreement DOCX', () => {
  it('is a valid Word document with the same content, headings, a table and page numbers', async () => {
    const model = sampleAgreementModel();
    const docx = await renderAgreementDocx(model);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');

    const { value: raw } = await mammoth.extractRawText({ buffer: docx });
    const text = flat(raw);
    expect(text).toContain(model.title);
    for (const party of model.parties) expect(text).toContain(party.name);
    for (const section of model.sections) expect(text).toContain(`§ ${section.number} ${section.title}`);
    for (const word of ['Träger', 'Straße', 'Größe', '„Grenzen setzen“', 'Musterstadt, 10.03.2026'])
      expect(text).toContain(word);

    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toContain('<table>');
    expect(html).toContain('<h1>§ 1 Vertragsparteien und Vertretung</h1>');
    expect(html).toContain('<h1>Unterschriften</h1>');

    const files = unzip(docx);
    const document = files.get('word/document.xml') ?? '';
    expect(files.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
    expect(document).toContain('<w:tbl>');
    expect(document).toContain('<w:tblHeader');
    const footer = [...files].find(([name]) => name.startsWith('word/footer'))?.[1] ?? '';
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(files.get('word/styles.xml')).toMatch(/<w:lang w:val="de-DE"/);
    expect(files.get('docProps/core.xml')).toContain(model.title);
    expect(document).not.toContain('Entwurf');
  });

  it('marks a draft with a notice and a watermark', async () => {
    const docx = await renderAgreementDocx(sampleAgreementModel({ draft: true }));
    const files = unzip(docx);
    expect(files.get('word/document.xml')).toContain('Entwurf – nicht unterzeichnet');
    const header = [...files].find(([name]) => name.startsWith('word/header'))?.[1] ?? '';
    expect(header).toContain('Entwurf – nicht unterzeichnet');
    expect(header).toContain('ENTWURF');
  });
});

describe('pasted text and multilateral agreements', () => {
  const pasted = sampleAgreementModel({
    parties: [
      ...sampleAgreementModel().parties,
      { name: 'AWO Unterbezirk Musterstadt', facilities: ['AWO Schwangerschafts- und Familienberatung'] },
    ],
    sections: [
      {
        number: 1,
        title: 'Gegenstand\u000b',
        paragraphs: ['Aus Word kopiert:\r\nZeile\u0001 zwei\tmit Tab'],
      },
    ],
    signatures: [
      { party: 'Stadt Musterstadt' },
      { party: 'Caritasverband Musterstadt e.V.' },
      { party: 'AWO Unterbezirk Musterstadt' },
    ],
  });

  it('removes control characters so that the DOCX stays valid XML', async () => {
    const docx = await renderAgreementDocx(pasted);
    const document = unzip(docx).get('word/document.xml') ?? '';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
    expect(document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    // extractRawText drops <w:br/>; the HTML shows the line break.
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toContain('Aus Word kopiert:<br />Zeile zwei mit Tab');
    expect(html).toContain('AWO Unterbezirk Musterstadt');
  });

  it('prints a signature block for each of three parties', async () => {
    const text = flat(poppler('pdftotext', await renderAgreementPdf(pasted)));
    expect(text).toContain('Aus Word kopiert: Zeile zwei mit Tab');
    expect(text.split('Ort, Datum').length - 1).toBe(3);
    expect(text).toContain('AWO Unterbezirk Musterstadt');
  });
});

describe('agreementDocumentFileName', () => {
  it('builds a safe download name', () => {
    expect(agreementDocumentFileName({ reference: 'KV-2026-0012', version: 3 })).toBe(
      'Kooperationsvereinbarung-KV-2026-0012-v3',
    );
    expect(agreementDocumentFileName({ reference: 'KV/Größe 1', version: 1 })).toBe(
      'Kooperationsvereinbarung-KV-Gr-e-1-v1',
    );
  });
});
