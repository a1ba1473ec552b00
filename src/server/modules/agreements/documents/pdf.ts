/**
 * The agreement as a printable PDF (A4, German): title page with the parties, numbered
 * sections, the responsibilities matrix as a table, signature blocks, and on every page a
 * footer "Seite x von y" (pages are buffered so that the total is known when footers are drawn).
 * Sections are PDF bookmarks, so long agreements are navigable in any viewer.
 */

import { registerFonts } from '../../../documents/pdf-fonts';
import {
  artifact,
  body,
  bold,
  COLOR,
  contentWidth,
  type Doc,
  ensureSpace,
  FONT,
  hairline,
  muted,
  PAGE,
  type Struct,
  TYPE,
  tag,
} from '../../../documents/pdf-layout';
import { collect, loadPdfKit } from '../../../documents/pdfkit';
import {
  cleanModel,
  documentSubject,
  footerLabel,
  LABELS,
  metaLines,
  pageLabel,
  partyConnector,
  partyDetailLines,
  sectionHeading,
  servicesPlacement,
} from './format';
import type { AgreementDocumentModel, AgreementDocumentSection } from './model';
import { drawServicesTable, drawSignatures } from './pdf-table';

export async function renderAgreementPdf(input: AgreementDocumentModel): Promise<Buffer> {
  const model = cleanModel(input);
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    tagged: true,
    info: {
      Title: model.title,
      Subject: documentSubject(model),
      Author: model.parties.map((p) => p.name).join(', '),
      Creator: 'Familiennetz',
      CreationDate: model.generatedAt,
    },
  });
  const done = collect(doc);
  registerFonts(doc);

  const root = doc.struct('Document');
  doc.addStructure(root);
  drawTitlePage(doc, root, model);
  doc.addPage();
  drawSections(doc, root, model);
  drawSignatureSection(doc, root, model);
  root.end();
  drawPageFurniture(doc, model);
  doc.end();
  return done;
}

function drawTitlePage(doc: Doc, root: Struct, model: AgreementDocumentModel): void {
  const width = contentWidth(doc);
  const left = doc.page.margins.left;
  doc.y = doc.page.margins.top + 40;
  tag(doc, root, 'H1', () => bold(doc, TYPE.title).text(model.title, left, doc.y, { width, lineGap: 3 }));
  doc.moveDown(0.8);
  for (const [label, value] of metaLines(model))
    tag(doc, root, 'P', () => {
      muted(doc, TYPE.body).text(`${label}: `, { continued: true });
      body(doc).text(value);
    });
  if (model.draft) {
    doc.moveDown(0.8);
    tag(doc, root, 'P', () => bold(doc).fillColor(COLOR.draft).text(LABELS.draftNotice));
  }
  doc.moveDown(1.5);
  artifact(doc, () => hairline(doc, left, doc.y, left + width));
  doc.moveDown(1);
  tag(doc, root, 'P', () => muted(doc, TYPE.body).text(LABELS.between));
  model.parties.forEach((party, i) => {
    const connector = partyConnector(i, model.parties.length);
    const details = partyDetailLines(party);
    // Keep connector, name and details of one party together on a page.
    const lines = body(doc).heightOfString(['Äg', ...details].join('\n'), { width, lineGap: TYPE.lineGap });
    ensureSpace(doc, lines + (connector ? 2 : 1) * doc.currentLineHeight(true) + 8);
    if (connector) tag(doc, root, 'P', () => muted(doc, TYPE.body).text(connector));
    doc.moveDown(0.5);
    tag(doc, root, 'P', () => bold(doc, 12).text(party.name, { width }));
    if (details.length > 0)
      tag(doc, root, 'P', () => {
        body(doc);
        for (const line of details) doc.text(line, { width, lineGap: TYPE.lineGap });
      });
    doc.moveDown(0.8);
  });
}

function drawSections(doc: Doc, root: Struct, model: AgreementDocumentModel): void {
  const placement = servicesPlacement(model);
  for (const section of model.sections) {
    drawSection(doc, root, section);
    if (placement === section.number) drawServicesTable(doc, root, model.services);
  }
  if (placement === 'annex') {
    drawHeading(doc, root, LABELS.servicesAnnex);
    drawServicesTable(doc, root, model.services);
  }
}

function drawHeading(doc: Doc, root: Struct, text: string): void {
  // Heading plus about three lines of text, so that a heading never ends a page.
  ensureSpace(doc, 70);
  doc.moveDown(0.6);
  doc.outline.addItem(text);
  tag(doc, root, 'H2', () =>
    bold(doc, TYPE.heading).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) }),
  );
  doc.moveDown(0.4);
}

function drawSection(doc: Doc, root: Struct, section: AgreementDocumentSection): void {
  drawHeading(doc, root, sectionHeading(section));
  for (const paragraph of section.paragraphs)
    tag(doc, root, 'P', () =>
      body(doc).text(paragraph, doc.page.margins.left, doc.y, {
        width: contentWidth(doc),
        lineGap: TYPE.lineGap,
        paragraphGap: 6,
      }),
    );
}

function drawSignatureSection(doc: Doc, root: Struct, model: AgreementDocumentModel): void {
  if (model.signatures.length === 0) return;
  drawHeading(doc, root, LABELS.signatures);
  doc.moveDown(0.6);
  drawSignatures(doc, root, model.signatures);
}

/** Footer on every page, running head and draft marks from page 2 (the title page has its own). */
function drawPageFurniture(doc: Doc, model: AgreementDocumentModel): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Writing into the margins must not make pdfkit start another page.
    const margins = { ...doc.page.margins };
    doc.page.margins = { top: 0, bottom: 0, left: margins.left, right: margins.right };
    const left = margins.left;
    const width = doc.page.width - margins.left - margins.right;
    doc.markContent('Artifact', { type: 'Pagination' });
    const footerY = doc.page.height - margins.bottom + 24;
    hairline(doc, left, footerY - 6, left + width, 0.4);
    muted(doc).text(footerLabel(model), left, footerY, { width, lineBreak: false });
    muted(doc).text(pageLabel(i + 1, range.count), left, footerY, {
      width,
      align: 'right',
      lineBreak: false,
    });
    if (i > 0) {
      // One line only: a long title is cut with an ellipsis rather than pushing into the text.
      const line = muted(doc).currentLineHeight(true);
      muted(doc).text(model.title, left, margins.top - 30, {
        width: width * 0.7,
        height: line,
        ellipsis: true,
      });
      if (model.draft)
        bold(doc, TYPE.small)
          .fillColor(COLOR.draft)
          .text(LABELS.draftNotice, left, margins.top - 30, { width, align: 'right', lineBreak: false });
    }
    if (model.draft) drawWatermark(doc);
    doc.endMarkedContent();
    doc.page.margins = margins;
  }
}

function drawWatermark(doc: Doc): void {
  const { width, height } = doc.page;
  doc.save();
  doc.rotate(-50, { origin: [width / 2, height / 2] });
  doc
    .font(FONT.bold)
    .fontSize(96)
    .fillColor(COLOR.draft)
    .fillOpacity(0.07)
    .text(LABELS.draftWatermark, 0, height / 2 - 48, { width, align: 'center', lineBreak: false });
  doc.restore();
}
