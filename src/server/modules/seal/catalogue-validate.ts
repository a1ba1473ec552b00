import type { MessageKey } from '../../http/i18n';
import type { SealCriterionKind, SealEvidenceKind, sealAreaKinds } from './schema';

/**
 * The whole-file check of a catalogue edition (JSON or CSV, decision 017). Both readers turn their file into
 * raw drafts that remember their line; this checks every draft and the file as a whole, and either returns
 * the clean edition or every problem with its line — never the first problem only, so an admin fixes a file
 * in one go. Values are accepted in German or English ("Aufbau" = advanced, "Vereinbarung" = agreement).
 */

type Raw = unknown;

export interface AreaDraft {
  line: number;
  number: Raw;
  kind: Raw;
  nameDe: Raw;
  nameEn: Raw;
  minBasic: Raw;
  minAdvanced: Raw;
  minimumsEstimated: Raw;
}

export interface CriterionDraft {
  line: number;
  code: Raw;
  area: Raw;
  kind: Raw;
  titleDe: Raw;
  titleEn: Raw;
  hintDe: Raw;
  hintEn: Raw;
  evidence: Raw;
  partnerKinds: Raw;
}

export interface EditionDraft {
  key: Raw;
  title: Raw;
  areas: AreaDraft[];
  criteria: CriterionDraft[];
}

/** A problem of the file: `line` is 1-based, null for what belongs to no line (the edition's key). */
export interface CatalogueProblem {
  line: number | null;
  message: MessageKey;
  params: Record<string, string | number>;
}

export interface AreaInput {
  number: number;
  kind: (typeof sealAreaKinds)[number];
  nameDe: string;
  nameEn: string;
  minBasic: number;
  minAdvanced: number;
  minimumsEstimated: boolean;
}

export interface CriterionInput {
  code: string;
  area: number;
  kind: SealCriterionKind;
  titleDe: string;
  titleEn: string;
  hintDe: string;
  hintEn: string;
  evidence: SealEvidenceKind[];
  partnerKinds: string[];
}

export interface EditionInput {
  key: string;
  title: string;
  areas: AreaInput[];
  criteria: CriterionInput[];
}

/** Words (lower case, German or English) to the stored value. */
const areaKindWords: Record<string, AreaInput['kind']> = {
  performance: 'performance',
  leistung: 'performance',
  leistungsbereich: 'performance',
  structure: 'structure',
  struktur: 'structure',
  strukturbereich: 'structure',
};
const criterionKindWords: Record<string, SealCriterionKind> = {
  basic: 'basic',
  basis: 'basic',
  grund: 'basic',
  basiskriterium: 'basic',
  advanced: 'advanced',
  aufbau: 'advanced',
  aufbaukriterium: 'advanced',
};
const evidenceWords: Record<string, SealEvidenceKind> = {
  offering: 'offering',
  angebot: 'offering',
  agreement: 'agreement',
  vereinbarung: 'agreement',
  kooperationsvereinbarung: 'agreement',
  cooperation: 'cooperation',
  kooperation: 'cooperation',
  room: 'room',
  raum: 'room',
  raumvergabe: 'room',
  document: 'document',
  dokument: 'document',
};
const yes = new Set(['true', 'ja', 'yes', 'x', '1']);
const no = new Set(['false', 'nein', 'no', '0', '']);

const text = (value: Raw): string =>
  typeof value === 'string' ? value.trim() : value == null ? '' : String(value);
const word = (value: Raw) => text(value).toLocaleLowerCase('de');

/** "3", 3 → 3; blank → undefined; anything else → NaN. */
function integer(value: Raw): number | undefined {
  const raw = text(value);
  if (raw === '') return undefined;
  return /^\d{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
}

/** A list as an array or as text separated by "|", "," or ";" (cells of a CSV). */
function list(value: Raw): string[] {
  const items = Array.isArray(value) ? value.map(text) : text(value).split(/[|,;]/);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export interface PartnerKind {
  key: string;
  labelDe: string;
  labelEn: string;
}

/**
 * Checks an edition draft. `partnerKinds` are the directory's kinds (a criterion may name one by key or
 * label); `takenKeys` the editions already stored (a key is never reused: editions are not edited).
 */
export function validateEdition(
  draft: EditionDraft,
  partnerKinds: PartnerKind[],
  takenKeys: string[],
): { edition: EditionInput | null; problems: CatalogueProblem[] } {
  const problems: CatalogueProblem[] = [];
  const key = text(draft.key);
  const title = text(draft.title);
  if (key === '') problems.push({ line: null, message: 'seal.catalogue.noKey', params: {} });
  else if (key.length > 40) problems.push({ line: null, message: 'seal.catalogue.keyTooLong', params: {} });
  else if (takenKeys.includes(key))
    problems.push({ line: null, message: 'seal.catalogue.keyTaken', params: { key } });
  if (title === '') problems.push({ line: null, message: 'seal.catalogue.noTitle', params: {} });
  const areas = checkAreas(draft.areas, problems);
  const criteria = checkCriteria(draft.criteria, areas, partnerKinds, problems);
  checkAreaCounts(draft.areas, areas, draft.criteria, problems);
  if (draft.criteria.length === 0)
    problems.push({ line: null, message: 'seal.catalogue.noCriteria', params: {} });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length > 0) return { edition: null, problems };
  return {
    edition: { key, title, areas: [...areas.values()].sort((a, b) => a.number - b.number), criteria },
    problems,
  };
}

function checkAreas(drafts: AreaDraft[], problems: CatalogueProblem[]): Map<number, AreaInput> {
  const areas = new Map<number, AreaInput>();
  const lineOf = new Map<number, number>();
  for (const d of drafts) {
    const before = problems.length;
    const add = (message: MessageKey, params: Record<string, string | number> = {}) =>
      problems.push({ line: d.line, message, params: { line: d.line, ...params } });
    const number = integer(d.number);
    if (number === undefined) add('seal.catalogue.areaNumberMissing');
    else if (Number.isNaN(number) || number < 1 || number > 20)
      add('seal.catalogue.badAreaNumber', { value: text(d.number) });
    else if (lineOf.has(number))
      add('seal.catalogue.duplicateArea', { area: number, other: lineOf.get(number) ?? 0 });
    const kind = areaKindWords[word(d.kind)];
    if (!kind) add('seal.catalogue.badAreaKind', { value: text(d.kind) });
    if (text(d.nameDe) === '' || text(d.nameEn) === '') add('seal.catalogue.blankAreaName');
    const minBasic = integer(d.minBasic) ?? 0;
    const minAdvanced = integer(d.minAdvanced) ?? 0;
    if (Number.isNaN(minBasic)) add('seal.catalogue.badMinimum', { value: text(d.minBasic) });
    if (Number.isNaN(minAdvanced)) add('seal.catalogue.badMinimum', { value: text(d.minAdvanced) });
    const estimated = flag(d.minimumsEstimated);
    if (estimated === undefined) add('seal.catalogue.badFlag', { value: text(d.minimumsEstimated) });
    if (number !== undefined && !Number.isNaN(number) && !lineOf.has(number)) lineOf.set(number, d.line);
    if (problems.length > before || number === undefined || !kind) continue;
    areas.set(number, {
      number,
      kind,
      nameDe: text(d.nameDe),
      nameEn: text(d.nameEn),
      minBasic,
      minAdvanced,
      minimumsEstimated: estimated ?? false,
    });
  }
  return areas;
}

function flag(value: Raw): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const w = word(value);
  return yes.has(w) ? true : no.has(w) ? false : undefined;
}

function checkCriteria(
  drafts: CriterionDraft[],
  areas: Map<number, AreaInput>,
  partnerKinds: PartnerKind[],
  problems: CatalogueProblem[],
): CriterionInput[] {
  const kindOf = new Map<string, string>();
  for (const k of partnerKinds) {
    for (const name of [k.key, k.labelDe, k.labelEn]) kindOf.set(name.toLocaleLowerCase('de'), k.key);
  }
  const lineOfCode = new Map<string, number>();
  const criteria: CriterionInput[] = [];
  for (const d of drafts) {
    const before = problems.length;
    const add = (message: MessageKey, params: Record<string, string | number> = {}) =>
      problems.push({ line: d.line, message, params: { line: d.line, ...params } });
    const code = text(d.code);
    const other = lineOfCode.get(code);
    if (code === '') add('seal.catalogue.noCode');
    else if (!/^\d{1,2}\.\d{1,2}$/.test(code)) add('seal.catalogue.badCode', { code });
    else if (other !== undefined) add('seal.catalogue.duplicateCode', { code, other });
    else lineOfCode.set(code, d.line);
    const area = integer(d.area);
    if (area === undefined) add('seal.catalogue.missingArea', { code });
    else if (Number.isNaN(area) || !areas.has(area))
      add('seal.catalogue.unknownArea', { code, area: text(d.area) });
    else if (/^\d{1,2}\.\d{1,2}$/.test(code) && Number(code.split('.')[0]) !== area)
      add('seal.catalogue.codeNotInArea', { code, area });
    const kind = criterionKindWords[word(d.kind)];
    if (!kind) add('seal.catalogue.badKind', { code, value: text(d.kind) });
    if (text(d.titleDe) === '' || text(d.titleEn) === '') add('seal.catalogue.blankTitle', { code });
    const evidence = list(d.evidence).map((e) => ({
      raw: e,
      kind: evidenceWords[e.toLocaleLowerCase('de')],
    }));
    if (evidence.length === 0) add('seal.catalogue.noEvidence', { code });
    for (const e of evidence.filter((e) => !e.kind))
      add('seal.catalogue.badEvidence', { code, value: e.raw });
    const partners = list(d.partnerKinds).map((p) => ({
      raw: p,
      key: kindOf.get(p.toLocaleLowerCase('de')),
    }));
    for (const p of partners.filter((p) => !p.key))
      add('seal.catalogue.badPartnerKind', { code, value: p.raw });
    if (problems.length > before || area === undefined || !kind) continue;
    criteria.push({
      code,
      area,
      kind,
      titleDe: text(d.titleDe),
      titleEn: text(d.titleEn),
      hintDe: text(d.hintDe),
      hintEn: text(d.hintEn),
      evidence: [...new Set(evidence.map((e) => e.kind as SealEvidenceKind))],
      partnerKinds: [...new Set(partners.map((p) => p.key as string))],
    });
  }
  return criteria;
}

/**
 * An area's minimums cannot ask for more criteria than it has, and an area without criteria is a mistake.
 * Counted over the criteria lines as written (one with another problem still counts), so a bad title does
 * not also report its area as short.
 */
function checkAreaCounts(
  drafts: AreaDraft[],
  areas: Map<number, AreaInput>,
  criteria: CriterionDraft[],
  problems: CatalogueProblem[],
) {
  const done = new Set<number>();
  for (const d of drafts) {
    const area = areas.get(integer(d.number) ?? -1);
    if (!area || done.has(area.number)) continue;
    done.add(area.number);
    const own = criteria.filter((c) => integer(c.area) === area.number);
    const basic = own.filter((c) => criterionKindWords[word(c.kind)] === 'basic').length;
    const advanced = own.filter((c) => criterionKindWords[word(c.kind)] === 'advanced').length;
    const params = { line: d.line, area: area.number, basic, advanced };
    if (own.length === 0)
      problems.push({ line: d.line, message: 'seal.catalogue.areaWithoutCriteria', params });
    else if (area.minBasic > basic || area.minAdvanced > advanced) {
      problems.push({
        line: d.line,
        message: 'seal.catalogue.minimumAboveCount',
        params: { ...params, minBasic: area.minBasic, minAdvanced: area.minAdvanced },
      });
    }
  }
}
