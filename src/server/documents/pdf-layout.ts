/**
 * Page geometry, type sizes and small drawing helpers shared by the PDF parts. All measures are
 * PDF points (1/72 inch); A4 is 595.28 × 841.89.
 */
export type Doc = PDFKit.PDFDocument;

export const PAGE = {
  size: 'A4',
  margins: { top: 72, bottom: 72, left: 65, right: 65 },
} as const;

export const TYPE = {
  title: 22,
  heading: 13,
  body: 10.5,
  small: 9,
  table: 9,
  lineGap: 2.5,
} as const;

export const COLOR = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#8a8f94',
  headerFill: '#e4e8ec',
  draft: '#b3261e',
} as const;

export const FONT = { regular: 'body', bold: 'body-bold' } as const;

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function bottomLimit(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page unless `needed` points still fit below the cursor (keeps headings with text). */
export function ensureSpace(doc: Doc, needed: number): void {
  if (doc.y + needed > bottomLimit(doc)) doc.addPage();
}

export function body(doc: Doc): Doc {
  return doc.font(FONT.regular).fontSize(TYPE.body).fillColor(COLOR.text);
}

export function bold(doc: Doc, size: number = TYPE.body): Doc {
  return doc.font(FONT.bold).fontSize(size).fillColor(COLOR.text);
}

export function muted(doc: Doc, size: number = TYPE.small): Doc {
  return doc.font(FONT.regular).fontSize(size).fillColor(COLOR.muted);
}

export function hairline(doc: Doc, x1: number, y: number, x2: number, width = 0.6): void {
  doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(COLOR.rule).stroke().restore();
}

export type Struct = PDFKit.PDFStructureElement;

/**
 * Adds a tagged structure element (H1, P, TD …) whose content `draw` writes: the PDF is tagged so
 * that screen readers read headings, paragraphs and the table in order (PDF/UA style).
 */
export function tag(doc: Doc, parent: Struct, type: string, draw: () => void): void {
  parent.add(doc.struct(type, {}, draw));
}

/** Decoration (rules, fills, running heads, page numbers, watermark): screen readers skip it. */
export function artifact(doc: Doc, draw: () => void, type?: 'Pagination' | 'Layout'): void {
  doc.markContent('Artifact', type ? { type } : undefined);
  draw();
  doc.endMarkedContent();
}
