import { describe, expect, it } from 'vitest';
import { readCatalogueFile } from './catalogue-files';
import { validateEdition } from './catalogue-validate';
import edition2020 from './editions/2020.json';

const kinds = [
  {
    key: 'counselling',
    labelDe: 'Erziehungs- und Familienberatung',
    labelEn: 'Educational and family counselling',
  },
  { key: 'family_education', labelDe: 'Familienbildung', labelEn: 'Family education' },
  { key: 'childminding', labelDe: 'Kindertagespflege', labelEn: 'Childminding service' },
  { key: 'early_help', labelDe: 'Frühe Hilfen', labelEn: 'Early help' },
  { key: 'jobcenter', labelDe: 'Jobcenter', labelEn: 'Jobcenter' },
  { key: 'primary_school', labelDe: 'Grundschule', labelEn: 'Primary school' },
];

const check = (content: string, format: 'csv' | 'json', key = 'neu') => {
  const read = readCatalogueFile(content, format);
  if (read.problems.length > 0) return { edition: null, problems: read.problems };
  return validateEdition(
    { ...read.draft, key: read.draft.key || key, title: read.draft.title || 'T' },
    kinds,
    ['2020'],
  );
};
const lines = (result: ReturnType<typeof check>) => result.problems.map((p) => [p.line, p.message]);

describe('catalogue files', () => {
  it('reads a comma CSV with English headers, quoted lists and partner kinds by label', () => {
    const csv = [
      'record,code,area,kind,title_de,title_en,evidence,partner_kinds,min_basic,min_advanced,minimums_estimated',
      'area,,1,performance,Beratung,Counselling,,,1,0,yes',
      'criterion,1.1,1,basic,Sprechstunde,Consultation hour,"offering, cooperation",Familienbildung,,,',
    ].join('\n');
    const result = check(csv, 'csv');
    expect(result.problems).toEqual([]);
    expect(result.edition?.criteria).toEqual([
      expect.objectContaining({
        code: '1.1',
        evidence: ['offering', 'cooperation'],
        partnerKinds: ['family_education'],
      }),
    ]);
    expect(result.edition?.areas[0]).toMatchObject({ minBasic: 1, minimumsEstimated: true });
  });

  it('reports every problem of a criterion line with its line number', () => {
    const csv = [
      'Satzart;Code;Bereich;Art;Titel (de);Titel (en);Nachweise;Partnerarten;Mindestzahl Basis;Mindestzahl Aufbau',
      'Bereich;;1;Leistungsbereich;Beratung;Counselling;;;4;0',
      'Bereich;;2;Irgendwas;;Education;;;0;0',
      'Kriterium;1.1;1;Basis;A;A;Angebot;;;',
      'Kriterium;2.1;1;Basis;B;B;Angebot;;;',
      'Kriterium;1.3;1;Mittel;C;C;Brief;Bäckerei;;',
      'Kriterium;1.4;;Basis;;D;Angebot;;;',
      'Kriterium;x;1;Basis;E;E;;;;',
      'Satz;1.5',
    ].join('\n');
    expect(lines(check(csv, 'csv'))).toEqual([[9, 'seal.catalogue.cellCount']]);
    expect(lines(check(csv.split('\n').slice(0, -1).join('\n'), 'csv'))).toEqual([
      [2, 'seal.catalogue.minimumAboveCount'],
      [3, 'seal.catalogue.badAreaKind'],
      [3, 'seal.catalogue.blankAreaName'],
      [5, 'seal.catalogue.codeNotInArea'],
      [6, 'seal.catalogue.badKind'],
      [6, 'seal.catalogue.badEvidence'],
      [6, 'seal.catalogue.badPartnerKind'],
      [7, 'seal.catalogue.missingArea'],
      [7, 'seal.catalogue.blankTitle'],
      [8, 'seal.catalogue.badCode'],
      [8, 'seal.catalogue.noEvidence'],
    ]);
  });

  it('names unknown and missing columns on line 1', () => {
    expect(lines(check('Satzart;Code;Farbe\n', 'csv'))).toEqual([
      [1, 'seal.catalogue.unknownColumn'],
      [1, 'seal.catalogue.missingColumns'],
    ]);
  });

  it('finds the lines of JSON elements and of a JSON syntax error', () => {
    const json = JSON.stringify({ ...edition2020, key: 'neu' }, null, 2).replace(
      '"kind": "advanced"',
      '"kind": "extra"',
    );
    const result = check(json, 'json');
    const line = json.split('\n').findIndex((l) => l.includes('"code": "1.4"'));
    // The element's opening brace is the line before its "code".
    expect(lines(result)).toEqual([[line, 'seal.catalogue.badKind']]);
    expect(lines(check('{\n  "areas": [\n    {"number": 1,,}\n  ]\n}', 'json'))).toEqual([
      [3, 'seal.catalogue.badJson'],
    ]);
    expect(lines(check('[1, 2]', 'json'))).toEqual([[1, 'seal.catalogue.notAnEdition']]);
  });

  it('refuses a key already taken and an edition without criteria', () => {
    const result = validateEdition({ key: '2020', title: ' ', areas: [], criteria: [] }, kinds, ['2020']);
    expect(lines(result)).toEqual([
      [null, 'seal.catalogue.keyTaken'],
      [null, 'seal.catalogue.noTitle'],
      [null, 'seal.catalogue.noCriteria'],
    ]);
  });
});
