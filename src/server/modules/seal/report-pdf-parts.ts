/**
 * The report's lists and its checklist table, tagged so that screen readers announce them as a list
 * (L > LI > Lbl + LBody) and as a table (Table > TR > TH/TD). Rows are measured first; a row that no longer
 * fits starts a new page, where the header row is drawn again as decoration (read once, on the first page).
 */
import {
  artifact,
  body,
  bottomLimit,
  COLOR,
  contentWidth,
  type Doc,
  ensureSpace,
  FONT,
  type Struct,
  TYPE,
  tag,
} from '../../documents/pdf-layout';
import { CHECKLIST_HEADERS, checklistCells } from './report-format';
import type { ChecklistEntry } from './report-model';

const INDENT = 14;

export function drawList(doc: Doc, root: Struct, items: string[]): void {
  const list = doc.struct('L');
  root.add(list);
  const x = doc.page.margins.left;
  const width = contentWidth(doc) - INDENT;
  for (const text of items) {
    body(doc);
    ensureSpace(doc, doc.heightOfString(text, { width, lineGap: TYPE.lineGap }));
    const y = doc.y;
    const li = doc.struct('LI');
    list.add(li);
    tag(doc, li, 'Lbl', () => body(doc).text('•', x + 3, y, { lineBreak: false }));
    tag(doc, li, 'LBody', () =>
      body(doc).text(text, x + INDENT, y, { width, lineGap: TYPE.lineGap, paragraphGap: 2 }),
    );
    li.end();
  }
  list.end();
  doc.x = x;
}

const PAD = 3.5;
const SIZE = 8.5;
/** Shares of the content width: the agreement and its parties need the room. */
const SHARES = [0.26, 0.26, 0.17, 0.16, 0.15];

interface Col {
  x: number;
  width: number;
}

function columns(doc: Doc): Col[] {
  const total = contentWidth(doc);
  let x = doc.page.margins.left;
  return SHARES.map((share) => {
    const col = { x, width: total * share };
    x += col.width;
    return col;
  });
}

function rowHeight(doc: Doc, texts: readonly string[], cols: Col[], font: string): number {
  doc.font(font).fontSize(SIZE);
  const heights = texts.map((t, i) =>
    doc.heightOfString(t || ' ', { width: (cols[i]?.width ?? 0) - 2 * PAD, lineGap: 1 }),
  );
  return Math.max(...heights) + 2 * PAD;
}

function cellText(doc: Doc, text: string, col: Col, y: number, font: string): void {
  doc
    .font(font)
    .fontSize(SIZE)
    .fillColor(COLOR.text)
    .text(text, col.x + PAD, y + PAD, { width: col.width - 2 * PAD, lineGap: 1 });
}

function rules(doc: Doc, cols: Col[], y: number, height: number, fill: boolean): void {
  const x = cols[0]?.x ?? 0;
  const width = cols.reduce((s, c) => s + c.width, 0);
  artifact(doc, () => {
    doc.save();
    if (fill) doc.rect(x, y, width, height).fill(COLOR.headerFill);
    doc.lineWidth(0.5).strokeColor(COLOR.rule).rect(x, y, width, height).stroke();
    for (const col of cols.slice(1))
      doc
        .moveTo(col.x, y)
        .lineTo(col.x, y + height)
        .stroke();
    doc.restore();
  });
}

/** The header row; `table` undefined: its repeat on a later page, decoration only. */
function drawHeader(doc: Doc, cols: Col[], y: number, table?: Struct): number {
  const height = rowHeight(doc, CHECKLIST_HEADERS, cols, FONT.bold);
  rules(doc, cols, y, height, true);
  const tr = table ? doc.struct('TR') : undefined;
  if (tr) table?.add(tr);
  CHECKLIST_HEADERS.forEach((text, i) => {
    const col = cols[i] as Col;
    const draw = () => cellText(doc, text, col, y, FONT.bold);
    if (tr) tr.add(doc.struct('TH', { scope: 'Column' } as object, draw));
    else artifact(doc, draw, 'Pagination');
  });
  tr?.end();
  return height;
}

export function drawChecklistTable(doc: Doc, root: Struct, entries: ChecklistEntry[]): void {
  const cols = columns(doc);
  const rows = entries.map((entry) => checklistCells(entry));
  ensureSpace(doc, 80);
  const table = doc.struct('Table');
  root.add(table);
  let y = doc.y;
  y += drawHeader(doc, cols, y, table);
  for (const texts of rows) {
    const height = rowHeight(doc, texts, cols, FONT.regular);
    if (y + height > bottomLimit(doc)) {
      doc.addPage();
      y = doc.page.margins.top;
      y += drawHeader(doc, cols, y);
    }
    const tr = doc.struct('TR');
    table.add(tr);
    rules(doc, cols, y, height, false);
    texts.forEach((text, i) => {
      const col = cols[i] as Col;
      const draw = () => cellText(doc, text, col, y, FONT.regular);
      // The agreement names the row: a row header for screen readers.
      if (i === 0) tr.add(doc.struct('TH', { scope: 'Row' } as object, draw));
      else tag(doc, tr, 'TD', draw);
    });
    tr.end();
    y += height;
  }
  table.end();
  doc.x = doc.page.margins.left;
  doc.y = y + TYPE.body;
}
