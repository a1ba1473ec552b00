/** How the report writes its cells in German (PDF) and which Excel number format each column gets. */
import type { ReportCell, ReportColumn, ReportColumnKind } from './report-model';

const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "–" stands for "no figure" (explained in the introduction), never for zero. */
export const NO_FIGURE = '–';

export function formatCell(kind: ReportColumnKind, value: ReportCell): string {
  if (value === null) return NO_FIGURE;
  if (typeof value === 'string') return value;
  if (kind === 'count') return integer.format(value);
  if (kind === 'percent') return `${oneDecimal.format(value)} %`;
  return oneDecimal.format(value);
}

/** Excel number formats: thousands separators for counts, one decimal for shares and ratios. */
export function excelFormat(column: ReportColumn): string | undefined {
  if (column.kind === 'count') return '#,##0';
  if (column.kind === 'percent' || column.kind === 'ratio') return '0.0';
  return undefined;
}

export function reportFileName(municipalityName: string, year: number, extension: 'pdf' | 'xlsx'): string {
  const name = municipalityName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `Jugendhilfeplanung-${name || 'Bericht'}-${year}.${extension}`;
}

/** The target groups as the report names them (the web app's labels, i18n/de.ts). */
export const TARGET_GROUP_DE: Record<string, string> = {
  expectant_parents: 'werdende Eltern',
  age_0_3: 'Familien mit Kindern von 0 bis 3 Jahren',
  age_3_6: 'Familien mit Kindern von 3 bis 6 Jahren',
  school_children: 'Familien mit Schulkindern',
  fathers: 'Väter',
  single_parents: 'Alleinerziehende',
  migrant_families: 'Familien mit Einwanderungsgeschichte',
  all_families: 'alle Familien',
};
