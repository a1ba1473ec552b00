/**
 * The header of a report table in the PDF. Comparison tables get two header rows: the figure once over
 * both of its years ("Kinder 0–3" over "2026 | 2025"), the district column spanning both rows. The cells
 * are tagged TH with Scope, ColSpan and RowSpan, so a screen reader announces "Kinder 0–3, 2025" for a
 * cell, as in an HTML table.
 */
import { artifact, COLOR, type Doc, FONT, type Struct } from '../../documents/pdf-layout';
import type { ReportColumn } from './report-model';

export const PAD = 3.5;
export const SIZE = 8.5;

export interface Column {
  x: number;
  width: number;
  numeric: boolean;
}

interface HeaderCell {
  text: string;
  first: number;
  colSpan: number;
  rowSpan: number;
}

/** Rows of header cells; a grouped column pair makes a second row. */
function headerCells(columns: ReportColumn[]): HeaderCell[][] {
  if (!columns.some((c) => c.group))
    return [columns.map((c, i) => ({ text: c.label, first: i, colSpan: 1, rowSpan: 1 }))];
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  columns.forEach((c, i) => {
    if (!c.group) top.push({ text: c.label, first: i, colSpan: 1, rowSpan: 2 });
    else {
      const last = top[top.length - 1];
      if (last && columns[last.first]?.group === c.group) last.colSpan++;
      else top.push({ text: c.group, first: i, colSpan: 1, rowSpan: 1 });
      bottom.push({ text: String(c.year ?? c.label), first: i, colSpan: 1, rowSpan: 1 });
    }
  });
  return [top, bottom];
}

const spanWidth = (cols: Column[], cell: HeaderCell) =>
  cols.slice(cell.first, cell.first + cell.colSpan).reduce((s, c) => s + c.width, 0);

export interface Header {
  rows: HeaderCell[][];
  heights: number[];
  height: number;
}

export function layoutHeader(doc: Doc, columns: ReportColumn[], cols: Column[]): Header {
  const rows = headerCells(columns);
  doc.font(FONT.bold).fontSize(SIZE);
  const heights = rows.map(
    (row) =>
      Math.max(
        ...row
          .filter((cell) => cell.rowSpan === 1)
          .map((cell) =>
            doc.heightOfString(cell.text, { width: spanWidth(cols, cell) - 2 * PAD, lineGap: 1 }),
          ),
      ) +
      2 * PAD,
  );
  return { rows, heights, height: heights.reduce((a, b) => a + b, 0) };
}

function tagHeaderCell(doc: Doc, tr: Struct, cell: HeaderCell, draw: () => void): void {
  const th = doc.struct('TH', {}, draw);
  // pdfkit sets Scope only; ColSpan/RowSpan join it in the same Table attribute object.
  const data = (th as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
  data.A = {
    O: 'Table',
    Scope: 'Column',
    ...(cell.colSpan > 1 && { ColSpan: cell.colSpan }),
    ...(cell.rowSpan > 1 && { RowSpan: cell.rowSpan }),
  };
  tr.add(th);
}

/** Draws the header at `y`; `table` undefined: a repeat on a later page, decoration only. */
export function drawHeader(doc: Doc, header: Header, cols: Column[], y: number, table?: Struct): number {
  const left = cols[0]?.x ?? 0;
  const right = left + cols.reduce((s, c) => s + c.width, 0);
  artifact(doc, () =>
    doc
      .save()
      .rect(left, y, right - left, header.height)
      .fill(COLOR.headerFill)
      .restore(),
  );
  let rowY = y;
  header.rows.forEach((row, r) => {
    const tr = table ? doc.struct('TR') : undefined;
    if (tr) table?.add(tr);
    for (const cell of row) {
      const x = cols[cell.first]?.x ?? left;
      const width = spanWidth(cols, cell);
      const height = cell.rowSpan > 1 ? header.height : (header.heights[r] ?? 0);
      const draw = () =>
        doc
          .font(FONT.bold)
          .fontSize(SIZE)
          .fillColor(COLOR.text)
          .text(cell.text, x + PAD, rowY + PAD, { width: width - 2 * PAD, lineGap: 1 });
      if (tr) tagHeaderCell(doc, tr, cell, draw);
      else artifact(doc, draw, 'Pagination');
      artifact(doc, () =>
        doc.save().lineWidth(0.5).strokeColor(COLOR.rule).rect(x, rowY, width, height).stroke().restore(),
      );
    }
    tr?.end();
    rowY += header.heights[r] ?? 0;
  });
  return header.height;
}
