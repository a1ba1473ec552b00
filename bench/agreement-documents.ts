/**
 * Agreement documents: rendering a ten-page cooperation agreement (two parties, 13 sections,
 * a 38-row responsibilities matrix over two pages, signature blocks) in process, without HTTP
 * or database, as `GET /api/v1/agreements/{id}/document.pdf|docx` does after loading it.
 *
 * Goals (issue 7):
 *   - PDF  (pdfkit, embedded TrueType font): median and p95 < 500 ms
 *   - DOCX (docx):                            median and p95 < 300 ms
 *
 * The first render of each kind (module import, font parsing, JIT) is measured separately and not
 * counted; the rounds alternate PDF and DOCX so that background load affects both alike. Beside
 * wall time the process CPU time per render is printed: on a busy machine it still shows what one
 * render costs (the goals are judged on wall time).
 */

import { pdfFonts } from '../src/server/documents/pdf-fonts';
import { renderAgreementDocx } from '../src/server/modules/agreements/documents/docx';
import { renderAgreementPdf } from '../src/server/modules/agreements/documents/pdf';
import { sampleAgreementModel } from '../src/server/modules/agreements/documents/sample';
import { heading, median, ms, percentile, printTable, type SummaryRow } from './lib/report';

export const AGREEMENT_DOCUMENT_GOALS = { pdfMs: 500, docxMs: 300 };

export interface AgreementDocumentsResult {
  firstPdfMs: number;
  firstDocxMs: number;
  pdfMs: number[];
  docxMs: number[];
  pdfCpuMs: number[];
  docxCpuMs: number[];
  pdfBytes: number;
  docxBytes: number;
  pdfPages: number;
  embeddedFont: boolean;
}

async function timed(render: () => Promise<Buffer>): Promise<{ ms: number; cpuMs: number; bytes: Buffer }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const bytes = await render();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, bytes };
}

/** Page count from the PDF's page tree (pdfkit writes one /Type /Pages with /Count). */
function pdfPageCount(pdf: Buffer): number {
  const match = /\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'));
  return match ? Number(match[1]) : Number.NaN;
}

export async function benchAgreementDocuments(options: {
  runs: number;
}): Promise<{ result: AgreementDocumentsResult; rows: SummaryRow[] }> {
  heading('Agreement documents: 10-page agreement as PDF and DOCX (in process)');
  const model = sampleAgreementModel();
  const firstPdf = await timed(() => renderAgreementPdf(model));
  const firstDocx = await timed(() => renderAgreementDocx(model));
  const result: AgreementDocumentsResult = {
    firstPdfMs: firstPdf.ms,
    firstDocxMs: firstDocx.ms,
    pdfMs: [],
    docxMs: [],
    pdfCpuMs: [],
    docxCpuMs: [],
    pdfBytes: firstPdf.bytes.length,
    docxBytes: firstDocx.bytes.length,
    pdfPages: pdfPageCount(firstPdf.bytes),
    embeddedFont: pdfFonts().embedded,
  };
  for (let i = 0; i < options.runs; i++) {
    const pdf = await timed(() => renderAgreementPdf(model));
    result.pdfMs.push(pdf.ms);
    result.pdfCpuMs.push(pdf.cpuMs);
    const docx = await timed(() => renderAgreementDocx(model));
    result.docxMs.push(docx.ms);
    result.docxCpuMs.push(docx.cpuMs);
  }
  console.log(
    `  PDF ${result.pdfPages} pages, ${Math.round(result.pdfBytes / 1024)} KiB, ` +
      `${result.embeddedFont ? 'embedded TrueType font' : 'Helvetica fallback (no TrueType font found)'}; ` +
      `DOCX ${Math.round(result.docxBytes / 1024)} KiB; ${options.runs} rounds\n`,
  );
  const line = (name: string, first: number, samples: number[], cpu: number[], goal: number) => [
    name,
    ms(first, 1),
    ms(median(samples), 1),
    ms(percentile(samples, 95), 1),
    ms(Math.max(...samples), 1),
    ms(median(cpu), 1),
    `< ${goal} ms`,
  ];
  printTable(
    ['document', 'first', 'median', 'p95', 'max', 'CPU median', 'goal'],
    [
      line('PDF', result.firstPdfMs, result.pdfMs, result.pdfCpuMs, AGREEMENT_DOCUMENT_GOALS.pdfMs),
      line('DOCX', result.firstDocxMs, result.docxMs, result.docxCpuMs, AGREEMENT_DOCUMENT_GOALS.docxMs),
    ],
  );
  const row = (metric: string, samples: number[], goal: number): SummaryRow => {
    const p95 = percentile(samples, 95);
    return {
      benchmark: 'agreement documents',
      metric,
      value: ms(p95, 1),
      goal: `< ${goal} ms`,
      isMet: p95 < goal,
    };
  };
  return {
    result,
    rows: [
      row(`PDF, ${result.pdfPages} pages: p95`, result.pdfMs, AGREEMENT_DOCUMENT_GOALS.pdfMs),
      row('DOCX, same agreement: p95', result.docxMs, AGREEMENT_DOCUMENT_GOALS.docxMs),
    ],
  };
}
