import { describe, expect, it } from 'vitest';
import { parseNeedFiguresCsv } from './need-figures-csv';

describe('parseNeedFiguresCsv', () => {
  it('reads German spreadsheets: semicolons, decimal commas, thousands points, empty cells', () => {
    const csv =
      '\uFEFFSozialraum;Jahr;Kinder unter 3;Kinder 3 bis 6;SGB-II-Anteil (%);Alleinerziehende;Migrationsanteil %\r\n' +
      'Altstadt;2026;1.204;398;18,5;260;41,2\r\n' +
      '\r\n' +
      'Am Hafen;2026;512;;22;-;\r\n';
    const { lines, problems } = parseNeedFiguresCsv(csv);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      {
        line: 2,
        district: 'Altstadt',
        year: 2026,
        figures: {
          childrenUnder3: 1204,
          children3To6: 398,
          sgb2SharePercent: 18.5,
          singleParentHouseholds: 260,
          migrationSharePercent: 41.2,
        },
      },
      {
        line: 4,
        district: 'Am Hafen',
        year: 2026,
        figures: {
          childrenUnder3: 512,
          children3To6: null,
          sgb2SharePercent: 22,
          singleParentHouseholds: null,
          migrationSharePercent: null,
        },
      },
    ]);
  });

  it('takes English headers with commas, only some figure columns, and the year from outside', () => {
    const { lines, problems } = parseNeedFiguresCsv('district,childrenUnder3\nHeide,77\n', 2025);
    expect(problems).toEqual([]);
    expect(lines).toEqual([{ line: 2, district: 'Heide', year: 2025, figures: { childrenUnder3: 77 } }]);
  });

  it('names the line and column of every bad value', () => {
    const csv = [
      'Sozialraum;Jahr;Kinder unter 3;SGB-II-Anteil',
      'Altstadt;2026;-5;10',
      'Heide;26;10;10',
      'Oststadt;2026;10;120',
      'Weststadt;2026;10',
      ';2026;1;1',
    ].join('\n');
    const { problems } = parseNeedFiguresCsv(csv);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'planning.csv.badCount'],
      [3, 'planning.csv.badYear'],
      [4, 'planning.csv.badPercent'],
      [5, 'planning.csv.cellCount'],
      [6, 'planning.csv.noDistrict'],
    ]);
    expect(problems[0]?.params).toEqual({ column: 'Kinder unter 3', value: '-5' });
  });

  it('refuses a header without district or figures, or with unknown columns', () => {
    expect(parseNeedFiguresCsv('Jahr;Kinder unter 3\n2026;1').problems[0]?.message).toBe(
      'planning.csv.missingColumns',
    );
    expect(parseNeedFiguresCsv('Sozialraum;Jahr;Einwohner\nA;2026;1').problems.map((p) => p.message)).toEqual(
      ['planning.csv.unknownColumn', 'planning.csv.missingColumns'],
    );
  });
});
