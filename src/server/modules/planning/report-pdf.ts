/**
 * The yearly report as a tagged German PDF (A4 landscape: the comparison tables are wide): title and
 * introduction, then one section per table with a heading (also a bookmark), a sentence and the table.
 * Every page has a footer "Seite x von y" (pages are buffered so that the total is known at the end).
 */
import { registerFonts } from '../../documents/pdf-fonts';
import { drawPageFooters } from '../../documents/pdf-footers';
import {
  artifact,
  body,
  bold,
  contentWidth,
  type Doc,
  ensureSpace,
  hairline,
  muted,
  PAGE,
  type Struct,
  TYPE,
  tag,
} from '../../documents/pdf-layout';
import { collect, loadPdfKit } from '../../documents/pdfkit';
import type { PlanningReport, ReportTable } from './report-model';
import { drawReportTable } from './report-pdf-table';

const MARGINS = { top: 50, bottom: 56, left: 45, right: 45 };

const dateOf = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(iso));

export async function renderReportPdf(report: PlanningReport): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({
    size: PAGE.size,
    layout: 'landscape',
    margins: MARGINS,
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    tagged: true,
    info: {
      Title: report.title,
      Subject: `Bericht für den Jugendhilfeausschuss ${report.year} (Vergleich mit ${report.previousYear})`,
      Author: `Jugendamt ${report.municipality.name}`,
      Creator: 'Familiennetz',
      CreationDate: new Date(report.generatedAt),
    },
  });
  const done = collect(doc);
  registerFonts(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  drawIntroduction(doc, root, report);
  for (const table of report.tables) drawSection(doc, root, table);
  root.end();
  drawPageFooters(doc, report.title, 22);
  doc.end();
  return done;
}

function drawIntroduction(doc: Doc, root: Struct, report: PlanningReport): void {
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  tag(doc, root, 'H1', () => bold(doc, TYPE.title).text(report.title, left, doc.y, { width, lineGap: 3 }));
  doc.moveDown(0.3);
  tag(doc, root, 'P', () =>
    muted(doc, TYPE.body).text(`Stand: ${dateOf(report.generatedAt)}`, left, doc.y, { width }),
  );
  doc.moveDown(0.6);
  for (const sentence of report.introduction)
    tag(doc, root, 'P', () =>
      body(doc).text(sentence, left, doc.y, { width, lineGap: TYPE.lineGap, paragraphGap: 4 }),
    );
  doc.moveDown(0.5);
  artifact(doc, () => hairline(doc, left, doc.y, left + width));
}

function drawSection(doc: Doc, root: Struct, table: ReportTable): void {
  // Heading, sentence and the first rows together: a heading never ends a page.
  ensureSpace(doc, 150);
  doc.moveDown(0.8);
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.outline.addItem(table.title);
  tag(doc, root, 'H2', () => bold(doc, TYPE.heading).text(table.title, left, doc.y, { width }));
  doc.moveDown(0.3);
  tag(doc, root, 'P', () => body(doc).text(table.description, left, doc.y, { width, lineGap: TYPE.lineGap }));
  doc.moveDown(0.4);
  if (table.rows.length === 0) {
    tag(doc, root, 'P', () => muted(doc, TYPE.body).text('Keine Einträge.', left, doc.y, { width }));
    return;
  }
  drawReportTable(doc, root, table);
}
