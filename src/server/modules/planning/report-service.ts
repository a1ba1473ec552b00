import type { ServiceContext } from '../../service-context';
import { planningAccess } from './policy/municipality';
import { reportFileName } from './report-format';
import type { PlanningReport } from './report-model';
import { renderReportPdf } from './report-pdf';
import { reportInputsOf } from './report-sources';
import { buildReport } from './report-tables';
import { renderReportXlsx } from './report-xlsx';

/** The use cases of the yearly report: the access check, then the figures, then the file. */
export async function getReport(
  ctx: ServiceContext,
  municipalityId: string,
  year: number,
): Promise<PlanningReport> {
  const { municipality } = await planningAccess(ctx, municipalityId, 'read');
  const inputs = await reportInputsOf(ctx.db, { id: municipality.id, name: municipality.name }, year);
  return buildReport(inputs);
}

export interface ReportFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

export const REPORT_MEDIA_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export async function renderReport(
  ctx: ServiceContext,
  municipalityId: string,
  year: number,
  format: 'pdf' | 'xlsx',
): Promise<ReportFile> {
  const report = await getReport(ctx, municipalityId, year);
  const bytes = format === 'pdf' ? await renderReportPdf(report) : await renderReportXlsx(report);
  return {
    bytes,
    contentType: REPORT_MEDIA_TYPES[format],
    fileName: reportFileName(report.municipality.name, year, format),
  };
}
