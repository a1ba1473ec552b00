/**
 * The responsibilities matrix and the signature blocks of the PDF. The table is drawn by hand
 * (pdfkit's own table does not repeat its header row on a new page): each row is measured
 * first, and a row that no longer fits starts a new page with the header row drawn again.
 */

import {
  artifact,
  body,
  bold,
  bottomLimit,
  COLOR,
  contentWidth,
  type Doc,
  ensureSpace,
  FONT,
  hairline,
  muted,
  type Struct,
  TYPE,
  tag,
} from '../../../documents/pdf-layout';
import { LABELS, SERVICE_COLUMNS, serviceCells, signaturePlaceDate } from './format';
import type { AgreementDocumentService, AgreementDocumentSignature } from './model';

const PAD = 4;

interface Column {
  x: number;
  width: number;
}

function columns(doc: Doc): Column[] {
  const total = contentWidth(doc);
  let x = doc.page.margins.left;
  return SERVICE_COLUMNS.map((c) => {
    const column = { x, width: total * c.width };
    x += column.width;
    return column;
  });
}

const MIN_CELL_SIZE = 7;

/**
 * German compounds ("Erziehungsberatungsstelle") are often wider than a narrow column and there
 * is no hyphenation: such a cell gets a smaller type size (down to 7 pt) instead of a word split
 * in the middle.
 */
function cellFontSize(doc: Doc, text: string, width: number, font: string): number {
  doc.font(font).fontSize(TYPE.table);
  // Measured with the following space: pdfkit moves a space that no longer fits onto the next
  // line, which would indent it.
  const widest = Math.max(0, ...text.split(/\s+/).map((word) => doc.widthOfString(`${word} `)));
  if (widest <= width) return TYPE.table;
  return Math.max(MIN_CELL_SIZE, Math.floor(((TYPE.table * width * 0.98) / widest) * 10) / 10);
}

interface Cell {
  text: string;
  size: number;
  width: number;
}

function layoutCells(doc: Doc, texts: readonly string[], cols: Column[], font: string): Cell[] {
  return texts.map((text, i) => {
    const width = (cols[i]?.width ?? 0) - 2 * PAD;
    return { text, width, size: cellFontSize(doc, text, width, font) };
  });
}

function rowHeight(doc: Doc, cells: readonly Cell[], font: string): number {
  const heights = cells.map((cell) =>
    doc
      .font(font)
      .fontSize(cell.size)
      .heightOfString(cell.text || ' ', { width: cell.width, lineGap: 1 }),
  );
  return Math.max(...heights) + 2 * PAD;
}

interface Row {
  cells: Cell[];
  font: string;
  height: number;
  header: boolean;
}

function layoutRow(doc: Doc, texts: readonly string[], cols: Column[], header: boolean): Row {
  const font = header ? FONT.bold : FONT.regular;
  const cells = layoutCells(doc, texts, cols, font);
  // A single row taller than a page would never fit: clip it to one page rather than loop.
  const maxHeight = bottomLimit(doc) - doc.page.margins.top;
  return { cells, font, header, height: Math.min(rowHeight(doc, cells, font), maxHeight) };
}

/** `tr` undefined: a repeated header row, marked as decoration so it is read only once. */
function drawRow(doc: Doc, row: Row, cols: Column[], y: number, tr: Struct | undefined): number {
  const { cells, font, height, header } = row;
  const left = cols[0]?.x ?? 0;
  const right = left + cols.reduce((sum, c) => sum + c.width, 0);
  if (header)
    artifact(doc, () =>
      doc
        .save()
        .rect(left, y, right - left, height)
        .fill(COLOR.headerFill)
        .restore(),
    );
  cells.forEach((cell, i) => {
    const col = cols[i];
    if (!col) return;
    const draw = () => {
      if (!cell.text) return;
      doc.font(font).fontSize(cell.size).fillColor(COLOR.text);
      doc.text(cell.text, col.x + PAD, y + PAD, {
        width: cell.width,
        height: height - 2 * PAD,
        lineGap: 1,
        align: i === cells.length - 1 && !header ? 'right' : 'left',
        ellipsis: true,
      });
    };
    if (tr) tag(doc, tr, header ? 'TH' : 'TD', draw);
    else artifact(doc, draw, 'Pagination');
  });
  artifact(doc, () => {
    doc.save().lineWidth(0.5).strokeColor(COLOR.rule);
    doc.rect(left, y, right - left, height).stroke();
    for (const col of cols.slice(1))
      doc
        .moveTo(col.x, y)
        .lineTo(col.x, y + height)
        .stroke();
    doc.restore();
  });
  return height;
}

function drawTaggedRow(doc: Doc, table: Struct, row: Row, cols: Column[], y: number): number {
  const tr = doc.struct('TR');
  table.add(tr);
  const height = drawRow(doc, row, cols, y, tr);
  tr.end();
  return height;
}

export function drawServicesTable(
  doc: Doc,
  root: Struct,
  services: readonly AgreementDocumentService[],
): void {
  const cols = columns(doc);
  const header = layoutRow(
    doc,
    SERVICE_COLUMNS.map((c) => c.label),
    cols,
    true,
  );
  const rows = services.map((service) => layoutRow(doc, serviceCells(service), cols, false));
  doc.moveDown(0.5);
  // The header must never stand alone at the foot of a page.
  ensureSpace(doc, header.height + (rows[0]?.height ?? 0));
  const table = doc.struct('Table');
  root.add(table);
  let y = doc.y;
  y += drawTaggedRow(doc, table, header, cols, y);
  for (const row of rows) {
    if (y + row.height > bottomLimit(doc)) {
      doc.addPage();
      y = doc.page.margins.top;
      y += drawRow(doc, header, cols, y, undefined);
    }
    y += drawTaggedRow(doc, table, row, cols, y);
  }
  table.end();
  doc.x = doc.page.margins.left;
  doc.y = y + TYPE.body;
}

const SIGNATURE_GAP = 24;
const SIGNING_SPACE = 34;

function whoSigns(signature: AgreementDocumentSignature): string {
  return [signature.name, signature.role].filter(Boolean).join(', ');
}

/** Mirrors drawSignatureBlock's vertical steps, so that a block is never split by a page break. */
function signatureBlockHeight(doc: Doc, signature: AgreementDocumentSignature, width: number): number {
  const party = bold(doc).heightOfString(signature.party, { width });
  const line = body(doc).heightOfString(signaturePlaceDate(signature) || 'Äg', { width });
  const who = body(doc).heightOfString(whoSigns(signature) || 'Äg', { width });
  const small = muted(doc).heightOfString('Äg', { width });
  return party + 6 + line + 3 + small + SIGNING_SPACE + 3 + who + 1 + small;
}

function drawSignatureBlock(
  doc: Doc,
  root: Struct,
  signature: AgreementDocumentSignature,
  x: number,
  y: number,
  width: number,
): void {
  tag(doc, root, 'P', () => bold(doc).text(signature.party, x, y, { width }));
  const placeDate = signaturePlaceDate(signature);
  const placeY = doc.y + 6;
  tag(doc, root, 'P', () => body(doc).text(placeDate || ' ', x, placeY, { width }));
  const placeRule = doc.y + 1;
  artifact(doc, () => hairline(doc, x, placeRule, x + width));
  tag(doc, root, 'P', () => muted(doc).text(LABELS.placeDate, x, placeRule + 2, { width }));
  const signRule = doc.y + SIGNING_SPACE;
  artifact(doc, () => hairline(doc, x, signRule, x + width));
  const who = whoSigns(signature);
  tag(doc, root, 'P', () => {
    if (who) body(doc).text(who, x, signRule + 3, { width });
    else muted(doc).text(LABELS.nameRole, x, signRule + 2, { width });
  });
  const signedAt = signature.signedAt;
  if (signedAt)
    tag(doc, root, 'P', () =>
      muted(doc).text(`${LABELS.signedOn} ${signaturePlaceDate({ signedAt })}`, x, doc.y + 1, { width }),
    );
}

/** Two blocks side by side, rows kept whole on one page. */
export function drawSignatures(
  doc: Doc,
  root: Struct,
  signatures: readonly AgreementDocumentSignature[],
): void {
  const width = (contentWidth(doc) - SIGNATURE_GAP) / 2;
  const left = doc.page.margins.left;
  for (let i = 0; i < signatures.length; i += 2) {
    const pair = signatures.slice(i, i + 2);
    const height = Math.max(...pair.map((s) => signatureBlockHeight(doc, s, width)));
    ensureSpace(doc, height);
    const y = doc.y;
    pair.forEach((s, j) => {
      drawSignatureBlock(doc, root, s, left + j * (width + SIGNATURE_GAP), y, width);
    });
    doc.x = left;
    doc.y = y + height + TYPE.body * 1.5;
  }
}
