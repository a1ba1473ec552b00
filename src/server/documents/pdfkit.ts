/** Loading pdfkit lazily and collecting a document's bytes, shared by every PDF the server writes. */
import type { Doc } from './pdf-layout';

type PdfKit = typeof import('pdfkit');

// pdfkit takes ~0.2 s to import: loaded on the first document, not at server start.
let pdfkit: Promise<PdfKit> | undefined;

export async function loadPdfKit(): Promise<PdfKit> {
  pdfkit ??= import('pdfkit').then((m) => ((m as { default?: PdfKit }).default ?? m) as PdfKit);
  return pdfkit;
}

/** The document's bytes once `doc.end()` has been called. */
export function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
