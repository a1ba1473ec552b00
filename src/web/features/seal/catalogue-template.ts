import type { Edition } from './catalogue-queries';

const header = [
  'Satzart',
  'Code',
  'Bereich',
  'Art',
  'Titel (de)',
  'Titel (en)',
  'Hinweis (de)',
  'Hinweis (en)',
  'Nachweise',
  'Partnerarten',
  'Mindestzahl Basis',
  'Mindestzahl Aufbau',
  'geschätzt',
];

/** A cell for a semicolon CSV: quoted when it holds a separator, a quote or a line break. */
const cell = (value: string | number) => {
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The edition shown as the CSV the import reads (German headers, ";", byte order mark for spreadsheets): a
 * template an admin edits into the next edition.
 */
export function editionCsv(edition: Edition): string {
  const areas = edition.areas.map((a) => [
    'Bereich',
    '',
    a.number,
    a.kind === 'performance' ? 'Leistungsbereich' : 'Strukturbereich',
    a.nameDe,
    a.nameEn,
    '',
    '',
    '',
    '',
    a.minBasic,
    a.minAdvanced,
    a.minimumsEstimated ? 'ja' : 'nein',
  ]);
  const criteria = edition.criteria.map((c) => [
    'Kriterium',
    c.code,
    c.area,
    c.kind === 'basic' ? 'Basis' : 'Aufbau',
    c.titleDe,
    c.titleEn,
    c.hintDe,
    c.hintEn,
    c.evidence.join('|'),
    c.partnerKinds.join('|'),
    '',
    '',
    '',
  ]);
  const lines = [header, ...areas, ...criteria].map((row) => row.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
