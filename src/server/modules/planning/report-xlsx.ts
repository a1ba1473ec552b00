/**
 * The yearly report as an XLSX workbook: a first sheet "Bericht" with title and introduction, then one
 * sheet per table with German headers in row 1, numbers as numbers (with a number format, "–" cells stay
 * empty so that sums in Excel work) and the header row frozen.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { excelFormat } from './report-format';
import type { PlanningReport, ReportTable } from './report-model';

type ExcelJs = typeof import('exceljs');

// exceljs is large: loaded with the first workbook, not at server start.
let excel: Promise<ExcelJs> | undefined;

async function loadExcel(): Promise<ExcelJs> {
  excel ??= import('exceljs').then((m) => ((m as { default?: ExcelJs }).default ?? m) as ExcelJs);
  return excel;
}

export async function renderReportXlsx(report: PlanningReport): Promise<Buffer> {
  const { Workbook: WorkbookClass } = await loadExcel();
  const workbook: Workbook = new WorkbookClass();
  workbook.creator = 'Familiennetz';
  workbook.title = report.title;
  workbook.subject = `Bericht für den Jugendhilfeausschuss ${report.year}`;
  workbook.created = new Date(report.generatedAt);
  addCoverSheet(workbook, report);
  for (const table of report.tables) addTableSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addCoverSheet(workbook: Workbook, report: PlanningReport): void {
  const sheet = workbook.addWorksheet('Bericht');
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 100;
  sheet.addRow([report.title]).font = { bold: true, size: 14 };
  sheet.addRow(['Gemeinde', report.municipality.name]);
  sheet.addRow(['Berichtsjahr', report.year]);
  sheet.addRow(['Vergleichsjahr', report.previousYear]);
  sheet.addRow(['Stand', new Date(report.generatedAt)]).getCell(2).numFmt = 'dd.mm.yyyy hh:mm';
  sheet.addRow([]);
  for (const sentence of report.introduction) sheet.addRow([sentence]);
  sheet.addRow([]);
  sheet.addRow(['Tabellenblatt', 'Inhalt']).font = { bold: true };
  for (const table of report.tables) sheet.addRow([table.sheet, `${table.title}: ${table.description}`]);
}

function addTableSheet(workbook: Workbook, table: ReportTable): void {
  const sheet: Worksheet = workbook.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: c.kind === 'text' ? 32 : Math.max(12, c.label.length + 2),
    style: excelFormat(c) ? { numFmt: excelFormat(c) } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const row of table.rows) sheet.addRow(row.map((v) => v ?? undefined));
  if (table.total) sheet.addRow(table.total.map((v) => v ?? undefined)).font = { bold: true };
  if (table.rows.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}
