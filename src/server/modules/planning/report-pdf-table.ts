/**
 * One report table in the PDF, tagged Table > TR > TH/TD so that screen readers read it as a table. Like
 * the agreement's table, rows are measured first; a row that no longer fits starts a new page, where the
 * header row is drawn again as decoration (read once, from the first page).
 */
import {
  artifact,
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
import { formatCell } from './report-format';
import type { ReportColumn, ReportTable } from './report-model';
import { type Column, drawHeader, layoutHeader, PAD, SIZE } from './report-pdf-header';

/** Text columns share what the numbers leave; numbers get equal narrow columns. */
function columnsOf(doc: Doc, columns: ReportColumn[]): Column[] {
  const total = contentWidth(doc);
  const texts = columns.filter((c) => c.kind === 'text').length;
  const numbers = columns.length - texts;
  const numberWidth = numbers === 0 ? 0 : Math.min(70, (total * 0.82) / numbers);
  const textWidth = texts === 0 ? 0 : (total - numbers * numberWidth) / texts;
  let x = doc.page.margins.left;
  return columns.map((c) => {
    const numeric = c.kind !== 'text';
    const column = { x, width: numeric ? numberWidth : textWidth, numeric };
    x += column.width;
    return column;
  });
}

interface Row {
  texts: string[];
  height: number;
  total: boolean;
}

function layoutRow(doc: Doc, texts: string[], cols: Column[], kind: 'body' | 'total'): Row {
  const font = kind === 'body' ? FONT.regular : FONT.bold;
  doc.font(font).fontSize(SIZE);
  const heights = texts.map((text, i) =>
    doc.heightOfString(text || ' ', { width: (cols[i]?.width ?? 0) - 2 * PAD, lineGap: 1 }),
  );
  return {
    texts,
    height: Math.max(...heights) + 2 * PAD,
    total: kind === 'total',
  };
}

function drawRow(doc: Doc, row: Row, cols: Column[], y: number, tr: Struct): number {
  const left = cols[0]?.x ?? 0;
  const right = left + cols.reduce((s, c) => s + c.width, 0);
  if (row.total)
    artifact(doc, () =>
      doc
        .save()
        .rect(left, y, right - left, row.height)
        .fill(COLOR.headerFill)
        .restore(),
    );
  row.texts.forEach((text, i) => {
    const col = cols[i];
    if (!col) return;
    const draw = () => {
      doc
        .font(row.total ? FONT.bold : FONT.regular)
        .fontSize(SIZE)
        .fillColor(COLOR.text);
      doc.text(text, col.x + PAD, y + PAD, {
        width: col.width - 2 * PAD,
        lineGap: 1,
        align: col.numeric ? 'right' : 'left',
      });
    };
    // The first cell of a row names the district: a row header for screen readers.
    if (i === 0) tr.add(doc.struct('TH', { scope: 'Row' } as object, draw));
    else tag(doc, tr, 'TD', draw);
  });
  artifact(doc, () => {
    doc.save().lineWidth(0.5).strokeColor(COLOR.rule);
    doc.rect(left, y, right - left, row.height).stroke();
    for (const col of cols.slice(1))
      doc
        .moveTo(col.x, y)
        .lineTo(col.x, y + row.height)
        .stroke();
    doc.restore();
  });
  return row.height;
}

function drawTaggedRow(doc: Doc, table: Struct, row: Row, cols: Column[], y: number): number {
  const tr = doc.struct('TR');
  table.add(tr);
  const height = drawRow(doc, row, cols, y, tr);
  tr.end();
  return height;
}

export function drawReportTable(doc: Doc, root: Struct, table: ReportTable): void {
  const cols = columnsOf(doc, table.columns);
  const header = layoutHeader(doc, table.columns, cols);
  const cells = (values: ReportTable['rows'][number]) =>
    values.map((v, i) => formatCell(table.columns[i]?.kind ?? 'text', v));
  const rows = table.rows.map((r) => layoutRow(doc, cells(r), cols, 'body'));
  if (table.total) rows.push(layoutRow(doc, cells(table.total), cols, 'total'));
  ensureSpace(doc, header.height + (rows[0]?.height ?? 0));
  const struct = doc.struct('Table');
  root.add(struct);
  let y = doc.y;
  y += drawHeader(doc, header, cols, y, struct);
  for (const row of rows) {
    if (y + row.height > bottomLimit(doc)) {
      doc.addPage();
      y = doc.page.margins.top;
      y += drawHeader(doc, header, cols, y);
    }
    y += drawTaggedRow(doc, struct, row, cols, y);
  }
  struct.end();
  doc.x = doc.page.margins.left;
  doc.y = y + TYPE.body;
}
