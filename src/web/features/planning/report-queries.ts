import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type PlanningReport =
  paths['/api/v1/planning/report']['get']['responses'][200]['content']['application/json'];
export type ReportTable = PlanningReport['tables'][number];

/** The report's tables as JSON: the page's preview of what the PDF and the XLSX contain. */
export function usePlanningReport(municipalityId: string, year: number) {
  return useQuery({
    queryKey: ['planning', 'report', municipalityId, year],
    queryFn: () =>
      unwrap(api.GET('/api/v1/planning/report', { params: { query: { municipalityId, year } } })),
  });
}

/** The download address of the report file (the browser sends the session cookie). */
export function reportFileUrl(format: 'pdf' | 'xlsx', municipalityId: string, year: number): string {
  const query = new URLSearchParams({ municipalityId, year: String(year) });
  return `/api/v1/planning/report.${format}?${query.toString()}`;
}
