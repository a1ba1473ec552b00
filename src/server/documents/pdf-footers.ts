import { type Doc, hairline, muted } from './pdf-layout';

/** "Seite x von y", as every report we print numbers its pages. */
const pageLabel = (page: number, pages: number) => `Seite ${page} von ${pages}`;

/**
 * Writes the footer of every buffered page: a hairline, the title (cut with an ellipsis) and "Seite x von y",
 * marked as a pagination artifact so screen readers skip it. `below` is the baseline's distance below the
 * bottom margin. The pages must be buffered (`bufferPages: true`) so the total is known.
 */
export function drawPageFooters(doc: Doc, title: string, below: number): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing into the margin must not make pdfkit start another page.
    const margins = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: margins.left, right: margins.right };
    const x = margins.left;
    const width = doc.page.width - margins.left - margins.right;
    const y = doc.page.height - margins.bottom + below;
    doc.markContent('Artifact', { type: 'Pagination' });
    hairline(doc, x, y - 6, x + width, 0.4);
    muted(doc).text(title, x, y, { width: width * 0.75, lineBreak: false, ellipsis: true });
    muted(doc).text(pageLabel(i + 1, range.count), x, y, { width, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins = margins;
  }
}
