/**
 * The fonts for the PDFs (agreements, the planning report). pdfkit's built-in Helvetica only covers WinAnsi; an embedded TrueType
 * font keeps every character of user-written clause texts (umlauts, ß, „“, –, €, names from
 * other alphabets) and makes the text extractable exactly. Debian's Liberation Sans (metric-
 * compatible with Arial, like the DOCX) is preferred, DejaVu Sans next; both come from the
 * fonts-liberation / fonts-dejavu-core packages. Without either, Helvetica still renders German.
 */
import { readFileSync } from 'node:fs';
import { type Doc, FONT } from './pdf-layout';

export interface PdfFonts {
  regular: Buffer | string;
  bold: Buffer | string;
  /** true when a TrueType font is embedded (false: Helvetica fallback). */
  embedded: boolean;
}

const CANDIDATES = [
  {
    regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  },
  {
    regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  },
];

let cached: PdfFonts | undefined;

function tryRead(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Read once per process; the files are a few hundred KB and never change while running. */
export function pdfFonts(): PdfFonts {
  if (cached) return cached;
  for (const candidate of CANDIDATES) {
    const regular = tryRead(candidate.regular);
    const bold = tryRead(candidate.bold);
    if (regular && bold) {
      cached = { regular, bold, embedded: true };
      return cached;
    }
  }
  cached = { regular: 'Helvetica', bold: 'Helvetica-Bold', embedded: false };
  return cached;
}

/**
 * Registers the body fonts under FONT.regular / FONT.bold, parsed afresh for every document. Reusing the
 * parsed fontkit objects of an earlier document saved tens of milliseconds but shared fontkit's glyph cache:
 * a glyph first created while subsetting a composite (the "U" inside "Ü") is cached without its code points,
 * and later documents then wrote no ToUnicode entry for it — pdftotext read "nterstützung" (seen in CI).
 */
export function registerFonts(doc: Doc): void {
  const fonts = pdfFonts();
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
}
