import Papa from 'papaparse';
import type { MessageKey } from '../../http/i18n';
import type { NeedFigureKey } from './district-figures';

/**
 * The CSV of need figures a planner gets from the municipal statistics office: one line per district and
 * year. German spreadsheets write semicolons and decimal commas; both separators and both decimal marks
 * are read. Columns are recognised by name (German or English, case, spaces and signs ignored); a figure
 * column left out keeps the stored figure, an empty cell means "unknown".
 */

export type CsvColumn = 'district' | 'year' | NeedFigureKey;

/** Spelling-tolerant header names (after `normalise`). */
const aliases: Record<CsvColumn, string[]> = {
  district: ['sozialraum', 'district', 'bezirk', 'stadtteil', 'name'],
  year: ['jahr', 'year'],
  childrenUnder3: ['kinderunter3', 'kinder03', 'kinder0bis3', 'childrenunder3', 'children03'],
  children3To6: ['kinder3bis6', 'kinder36', 'kinder3bisunter6', 'children3to6', 'children36'],
  sgb2SharePercent: [
    'sgbiianteil',
    'sgb2anteil',
    'anteilsgbii',
    'anteilsgb2',
    'sgb2share',
    'sgb2sharepercent',
  ],
  singleParentHouseholds: [
    'alleinerziehende',
    'alleinerziehendehaushalte',
    'haushaltealleinerziehender',
    'singleparenthouseholds',
    'singleparents',
  ],
  migrationSharePercent: [
    'migrationsanteil',
    'migrationshintergrund',
    'anteilmigrationshintergrund',
    'migrationshare',
    'migrationsharepercent',
  ],
};

const counts = ['childrenUnder3', 'children3To6', 'singleParentHouseholds'] as const;
const shares = ['sgb2SharePercent', 'migrationSharePercent'] as const;

/** Header text to its comparable form: "SGB-II-Anteil %" → "sgbiianteil", "Kinder 0–3" → "kinder03". */
export function normalise(header: string): string {
  return header
    .toLocaleLowerCase('de')
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/\(.*?\)|prozent|percent|in%/g, '')
    .replace(/[^a-z0-9]/g, '');
}

const columnOf = (header: string): CsvColumn | undefined => {
  const key = normalise(header);
  return (Object.keys(aliases) as CsvColumn[]).find((c) => aliases[c].includes(key));
};

export interface CsvLine {
  line: number;
  district: string;
  year: number;
  /** Only the figure columns the file has: null = empty cell (unknown). */
  figures: Partial<Record<NeedFigureKey, number | null>>;
}

export interface CsvProblem {
  line: number;
  message: MessageKey;
  params: Record<string, string | number>;
}

const MAX_COUNT = 10_000_000;

/** "1.234", "1 234" or "1234" → 1234; anything else (decimals, negatives, words) → NaN. */
function parseCount(raw: string): number {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return Number(compact.replaceAll('.', ''));
  return /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
}

/** "12,5", "12.5" or "12,5 %" → 12.5, rounded to one decimal like the column. */
function parsePercent(raw: string): number {
  const compact = raw.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(compact) ? Math.round(Number(compact) * 10) / 10 : Number.NaN;
}

/** Parses the file; `defaultYear` is used when there is no year column. Problems carry 1-based lines. */
export function parseNeedFiguresCsv(
  text: string,
  defaultYear?: number,
): { lines: CsvLine[]; problems: CsvProblem[] } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows = parsed.data;
  const header = rows[0] ?? [];
  const problems: CsvProblem[] = [];
  const columns = header.map((h) => ({ header: h.trim(), column: columnOf(h) }));
  for (const c of columns) {
    if (!c.column && c.header !== '') {
      problems.push({ line: 1, message: 'planning.csv.unknownColumn', params: { column: c.header } });
    }
  }
  const has = (column: CsvColumn) => columns.some((c) => c.column === column);
  const missing = (['district', 'year'] as const).filter(
    (c) => !has(c) && !(c === 'year' && defaultYear !== undefined),
  );
  if (!columns.some((c) => c.column && c.column !== 'district' && c.column !== 'year')) {
    missing.push(...([...counts, ...shares] as never[]));
  }
  if (missing.length > 0) {
    problems.push({
      line: 1,
      message: 'planning.csv.missingColumns',
      params: { columns: missing.map((m) => aliases[m][0]).join(', ') },
    });
  }
  if (problems.length > 0) return { lines: [], problems };
  const lines: CsvLine[] = [];
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const parsedLine = parseLine(cells, columns, line, defaultYear, problems);
    if (parsedLine) lines.push(parsedLine);
  });
  if (lines.length === 0 && problems.length === 0) {
    problems.push({ line: 1, message: 'planning.csv.empty', params: {} });
  }
  return { lines, problems };
}

function parseLine(
  cells: string[],
  columns: { header: string; column: CsvColumn | undefined }[],
  line: number,
  defaultYear: number | undefined,
  problems: CsvProblem[],
): CsvLine | null {
  if (cells.length !== columns.length) {
    problems.push({
      line,
      message: 'planning.csv.cellCount',
      params: { cells: cells.length, columns: columns.length },
    });
    return null;
  }
  const before = problems.length;
  const result: CsvLine = { line, district: '', year: defaultYear ?? 0, figures: {} };
  columns.forEach(({ header, column }, index) => {
    const raw = (cells[index] ?? '').trim();
    if (column === 'district') result.district = raw;
    else if (column === 'year') {
      const year = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
      if (year >= 2000 && year <= 2100) result.year = year;
      else problems.push({ line, message: 'planning.csv.badYear', params: { value: raw } });
    } else if (column) {
      const value = figureOf(column, raw);
      if (Number.isNaN(value)) {
        const message = (counts as readonly string[]).includes(column)
          ? 'planning.csv.badCount'
          : 'planning.csv.badPercent';
        problems.push({ line, message, params: { column: header, value: raw } });
      } else result.figures[column] = value;
    }
  });
  if (result.district === '') {
    problems.push({ line, message: 'planning.csv.noDistrict', params: {} });
  }
  return problems.length === before ? result : null;
}

/** An empty cell is null (unknown); a count is a whole number ≥ 0, a share a percentage 0–100. */
function figureOf(column: NeedFigureKey, raw: string): number | null {
  if (raw === '' || raw === '-' || raw === '–') return null;
  if ((counts as readonly string[]).includes(column)) {
    const n = parseCount(raw);
    return n <= MAX_COUNT ? n : Number.NaN;
  }
  const p = parsePercent(raw);
  return p <= 100 ? p : Number.NaN;
}
