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

type FontKey = 'regular' | 'bold';

/** fontkit font objects parsed by an earlier document (pdfkit accepts anything with layout()). */
const parsed: Partial<Record<FontKey, PDFKit.Mixins.PDFFontSource>> = {};

function parsedFontOf(doc: Doc): PDFKit.Mixins.PDFFontSource | undefined {
  // pdfkit keeps the fontkit font of the current EmbeddedFont in the private `_font.font`.
  const font = (doc as unknown as { _font?: { font?: { layout?: unknown } } })._font?.font;
  return typeof font?.layout === 'function' ? (font as unknown as PDFKit.Mixins.PDFFontSource) : undefined;
}

/**
 * Registers the body fonts under FONT.regular / FONT.bold. Parsing a TrueType file costs tens
 * of milliseconds per document, so the parsed font objects of the first document are reused;
 * each document still embeds its own subset. Unknown pdfkit internals → parse every time.
 */
export function registerFonts(doc: Doc): void {
  const fonts = pdfFonts();
  const entries: [string, FontKey][] = [
    [FONT.regular, 'regular'],
    [FONT.bold, 'bold'],
  ];
  for (const [name, key] of entries) {
    doc.registerFont(name, parsed[key] ?? fonts[key]);
    if (fonts.embedded && !parsed[key]) {
      doc.font(name);
      parsed[key] = parsedFontOf(doc);
    }
  }
}
