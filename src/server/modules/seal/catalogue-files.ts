import Papa from 'papaparse';
import type { MessageKey } from '../../http/i18n';
import type { AreaDraft, CatalogueProblem, CriterionDraft, EditionDraft } from './catalogue-validate';

/**
 * The two file formats of a catalogue edition, read into line-numbered drafts (catalogue-validate.ts checks
 * them). JSON is editions/2020.json's shape; CSV has one line per area or criterion, told apart by the column
 * "Satzart" (Bereich/Kriterium or area/criterion), with German or English headers, ";" or "," and an optional
 * byte order mark, as spreadsheets save it.
 */

export type CatalogueFormat = 'json' | 'csv';

/** The format named, else guessed from the file name, else from the first character. */
export function formatOf(content: string, fileName: string, format?: CatalogueFormat): CatalogueFormat {
  if (format) return format;
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.csv$/i.test(fileName)) return 'csv';
  return /^\uFEFF?\s*[{[]/.test(content) ? 'json' : 'csv';
}

export function readCatalogueFile(
  content: string,
  format: CatalogueFormat,
): { draft: EditionDraft; problems: CatalogueProblem[] } {
  const text = content.replace(/^\uFEFF/, '');
  return format === 'json' ? readJson(text) : readCsv(text);
}

// ---------------------------------------------------------------------------------------------- JSON

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * The line where each element of the root's "areas" and "criteria" arrays opens. JSON.parse knows no lines,
 * so this walks the text once, skipping strings, and notes each object that opens directly in one of them.
 */
function elementLines(text: string): Record<'areas' | 'criteria', number[]> {
  const found = { areas: [] as number[], criteria: [] as number[] };
  const stack: string[] = [];
  let line = 1;
  let lastString = '';
  let rootKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      lastString = text.slice(i + 1, j);
      i = j;
    } else if (c === '{' || c === '[') {
      if (stack.length === 1 && c === '[') rootKey = lastString;
      if (stack.length === 2 && c === '{' && (rootKey === 'areas' || rootKey === 'criteria'))
        found[rootKey].push(line);
      stack.push(c);
    } else if (c === '}' || c === ']') stack.pop();
  }
  return found;
}

function readJson(text: string): { draft: EditionDraft; problems: CatalogueProblem[] } {
  const empty: EditionDraft = { key: '', title: '', areas: [], criteria: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8 says "… at position 123 (line 4 column 7)"; the position is enough to count lines.
    const position = /position (\d+)/.exec(String((error as Error).message));
    const line = position ? lineAt(text, Number(position[1])) : 1;
    return { draft: empty, problems: [problem(line, 'seal.catalogue.badJson')] };
  }
  const root = (data ?? {}) as Record<string, unknown>;
  if (
    typeof data !== 'object' ||
    Array.isArray(data) ||
    !Array.isArray(root.areas) ||
    !Array.isArray(root.criteria)
  ) {
    return { draft: empty, problems: [problem(1, 'seal.catalogue.notAnEdition')] };
  }
  const lines = elementLines(text);
  const field = (item: unknown, name: string) =>
    item && typeof item === 'object' ? (item as Record<string, unknown>)[name] : undefined;
  const areas: AreaDraft[] = root.areas.map((a, i) => ({
    line: lines.areas[i] ?? 1,
    number: field(a, 'number'),
    kind: field(a, 'kind'),
    nameDe: field(a, 'nameDe'),
    nameEn: field(a, 'nameEn'),
    minBasic: field(a, 'minBasic'),
    minAdvanced: field(a, 'minAdvanced'),
    minimumsEstimated: field(a, 'minimumsEstimated') ?? false,
  }));
  const criteria: CriterionDraft[] = root.criteria.map((c, i) => ({
    line: lines.criteria[i] ?? 1,
    code: field(c, 'code'),
    area: field(c, 'area'),
    kind: field(c, 'kind'),
    titleDe: field(c, 'titleDe'),
    titleEn: field(c, 'titleEn'),
    hintDe: field(c, 'hintDe'),
    hintEn: field(c, 'hintEn'),
    evidence: field(c, 'evidence'),
    partnerKinds: field(c, 'partnerKinds'),
  }));
  return { draft: { key: root.key, title: root.title, areas, criteria }, problems: [] };
}

const problem = (line: number, message: MessageKey, params: Record<string, string | number> = {}) => ({
  line,
  message,
  params: { line, ...params },
});

// ----------------------------------------------------------------------------------------------- CSV

type Column =
  | 'record'
  | 'code'
  | 'area'
  | 'kind'
  | 'titleDe'
  | 'titleEn'
  | 'hintDe'
  | 'hintEn'
  | 'evidence'
  | 'partnerKinds'
  | 'minBasic'
  | 'minAdvanced'
  | 'minimumsEstimated';

/** Header names after `normalise` (German first: the spelling the template uses). */
const aliases: Record<Column, string[]> = {
  record: ['satzart', 'zeilenart', 'record', 'type'],
  code: ['code', 'kennung', 'nummer', 'kriterium'],
  area: ['bereich', 'area'],
  kind: ['art', 'kind', 'stufe', 'level'],
  titleDe: ['titelde', 'titel', 'namede', 'name', 'titlede'],
  titleEn: ['titelen', 'titleen', 'nameen', 'titelenglisch'],
  hintDe: ['hinweisde', 'hinweis', 'hintde'],
  hintEn: ['hinweisen', 'hinten', 'hinweisenglisch'],
  evidence: ['nachweise', 'nachweis', 'nachweisarten', 'evidence'],
  partnerKinds: ['partnerarten', 'partnerart', 'partnerkinds'],
  minBasic: ['mindestbasis', 'minbasis', 'mindestzahlbasis', 'minbasic'],
  minAdvanced: ['mindestaufbau', 'minaufbau', 'mindestzahlaufbau', 'minadvanced'],
  minimumsEstimated: ['geschaetzt', 'mindestzahlengeschaetzt', 'minimumsestimated', 'estimated'],
};

const required: Column[] = ['record', 'code', 'area', 'kind', 'titleDe', 'titleEn', 'evidence'];

/** "Titel (de)" → "titelde", "Mindestzahl Aufbau" → "mindestzahlaufbau", "min_basic" → "minbasic". */
const normalise = (header: string) =>
  header
    .toLocaleLowerCase('de')
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]/g, '');

const columnOf = (header: string) =>
  (Object.keys(aliases) as Column[]).find((c) => aliases[c].includes(normalise(header)));

const records: Record<string, 'area' | 'criterion'> = {
  bereich: 'area',
  area: 'area',
  kriterium: 'criterion',
  criterion: 'criterion',
};

function readCsv(text: string): { draft: EditionDraft; problems: CatalogueProblem[] } {
  const draft: EditionDraft = { key: '', title: '', areas: [], criteria: [] };
  // Papaparse guesses ";" or "," from the first lines.
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [';', ','] }).data;
  const header = (rows[0] ?? []).map((h) => ({ header: h.trim(), column: columnOf(h) }));
  const problems: CatalogueProblem[] = header
    .filter((h) => !h.column && h.header !== '')
    .map((h) => problem(1, 'seal.catalogue.unknownColumn', { column: h.header }));
  const missing = required.filter((c) => !header.some((h) => h.column === c));
  if (missing.length > 0) {
    problems.push(
      problem(1, 'seal.catalogue.missingColumns', { columns: missing.map((c) => aliases[c][0]).join(', ') }),
    );
  }
  if (problems.length > 0) return { draft, problems };
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== header.length) {
      problems.push(
        problem(line, 'seal.catalogue.cellCount', { cells: cells.length, columns: header.length }),
      );
      return;
    }
    const cell = (column: Column) => {
      const index = header.findIndex((h) => h.column === column);
      return index < 0 ? '' : (cells[index] ?? '').trim();
    };
    const record = records[cell('record').toLocaleLowerCase('de')];
    if (record === 'area') draft.areas.push(areaOf(line, cell));
    else if (record === 'criterion') draft.criteria.push(criterionOf(line, cell));
    else problems.push(problem(line, 'seal.catalogue.unknownRecord', { value: cell('record') }));
  });
  return { draft, problems };
}

/** An area line names the area in "Bereich", its kind in "Art" and its names in the title columns. */
const areaOf = (line: number, cell: (c: Column) => string): AreaDraft => ({
  line,
  number: cell('area'),
  kind: cell('kind'),
  nameDe: cell('titleDe'),
  nameEn: cell('titleEn'),
  minBasic: cell('minBasic'),
  minAdvanced: cell('minAdvanced'),
  minimumsEstimated: cell('minimumsEstimated'),
});

const criterionOf = (line: number, cell: (c: Column) => string): CriterionDraft => ({
  line,
  code: cell('code'),
  area: cell('area'),
  kind: cell('kind'),
  titleDe: cell('titleDe'),
  titleEn: cell('titleEn'),
  hintDe: cell('hintDe'),
  hintEn: cell('hintEn'),
  evidence: cell('evidence'),
  partnerKinds: cell('partnerKinds'),
});
