/**
 * Builds the report's tables from the figures of the year and the year before (report-model.ts). Every
 * district of the municipality gets a row in every table, in the order of the current year's list; a
 * figure that is unknown stays null ("–"), never 0.
 */
import type {
  DistrictYear,
  PlanningReport,
  ReportCell,
  ReportColumn,
  ReportColumnKind,
  ReportGap,
  ReportInputs,
  ReportTable,
} from './report-model';

type Figure = (d: DistrictYear) => number | null;

interface Measure {
  key: string;
  label: string;
  kind: ReportColumnKind;
  value: Figure;
  /** Whether the total row adds the districts up (false for shares and ratios). */
  sums: boolean;
}

const need =
  (key: keyof NonNullable<DistrictYear['need']>): Figure =>
  (d) =>
    d.need?.[key] ?? null;
const cover =
  (key: keyof NonNullable<DistrictYear['coverage']>): Figure =>
  (d) =>
    d.coverage?.[key] ?? null;

/** Offerings for 0–3-year-olds per 100 children under 3: the ratio the issue names for the map. */
const under3Per100: Figure = (d) => {
  const children = d.need?.childrenUnder3;
  const offerings = d.coverage?.offeringsUnder3;
  if (children == null || offerings == null || children === 0) return null;
  return Math.round((offerings / children) * 1000) / 10;
};

const NEED: Measure[] = [
  { key: 'childrenUnder3', label: 'Kinder 0–3', kind: 'count', value: need('childrenUnder3'), sums: true },
  { key: 'children3To6', label: 'Kinder 3–6', kind: 'count', value: need('children3To6'), sums: true },
  { key: 'sgb2', label: 'SGB-II-Quote %', kind: 'percent', value: need('sgb2SharePercent'), sums: false },
  {
    key: 'singleParents',
    label: 'Alleinerziehende Haushalte',
    kind: 'count',
    value: need('singleParentHouseholds'),
    sums: true,
  },
  {
    key: 'migration',
    label: 'Einwanderungsgeschichte %',
    kind: 'percent',
    value: need('migrationSharePercent'),
    sums: false,
  },
];

const NETWORK: Measure[] = [
  { key: 'centres', label: 'Familienzentren', kind: 'count', value: cover('centres'), sums: true },
  { key: 'partners', label: 'Partner', kind: 'count', value: cover('partners'), sums: true },
  {
    key: 'counselling',
    label: 'Kooperationen Beratung',
    kind: 'count',
    value: cover('cooperationsCounselling'),
    sums: true,
  },
  {
    key: 'familyEducation',
    label: 'Kooperationen Familienbildung',
    kind: 'count',
    value: cover('cooperationsFamilyEducation'),
    sums: true,
  },
];

const OFFERINGS: Measure[] = [
  { key: 'offerings', label: 'Angebote', kind: 'count', value: cover('offerings'), sums: true },
  { key: 'sessions', label: 'Termine', kind: 'count', value: cover('sessions'), sums: true },
  {
    key: 'under3Per100',
    label: 'Angebote 0–3 je 100 Kinder',
    kind: 'ratio',
    value: under3Per100,
    sums: false,
  },
  {
    key: 'rooms',
    label: 'Raumauslastung %',
    kind: 'percent',
    value: cover('roomUtilisationPercent'),
    sums: false,
  },
];

const rowKey = (d: { districtId: string | null }) => d.districtId ?? 'none';

/** One column per measure and year: "Kinder 0–3 2026", "Kinder 0–3 2025". */
function comparisonColumns(measures: Measure[], year: number, previousYear: number): ReportColumn[] {
  return [
    { key: 'district', label: 'Sozialraum', kind: 'text' },
    ...measures.flatMap((m) => [
      { key: `${m.key}-${year}`, label: `${m.label} ${year}`, kind: m.kind, year, group: m.label },
      {
        key: `${m.key}-${previousYear}`,
        label: `${m.label} ${previousYear}`,
        kind: m.kind,
        year: previousYear,
        group: m.label,
      },
    ]),
  ];
}

function sum(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.round(known.reduce((a, b) => a + b, 0) * 10) / 10;
}

function comparisonTable(
  inputs: ReportInputs,
  base: Pick<ReportTable, 'key' | 'title' | 'sheet' | 'description'>,
  measures: Measure[],
  districtsOnly = false,
): ReportTable {
  const { year } = inputs;
  const previousById = new Map(inputs.districts.previous.map((d) => [rowKey(d), d]));
  // Need figures exist per district only: the row of organisations without a district has none.
  const current = inputs.districts.current.filter((d) => !districtsOnly || d.districtId !== null);
  const pairs = current.map((d) => [d, previousById.get(rowKey(d))] as const);
  const rows = pairs.map(([d, before]): ReportCell[] => [
    d.districtName,
    ...measures.flatMap((m) => [m.value(d), before ? m.value(before) : null]),
  ]);
  const total: ReportCell[] = [
    'Gesamt',
    ...measures.flatMap((m, i) =>
      [0, 1].map((j) => (m.sums ? sum(rows.map((r) => r[1 + 2 * i + j] as number | null)) : null)),
    ),
  ];
  return { ...base, columns: comparisonColumns(measures, year, year - 1), rows, total };
}

const WHOLE_DISTRICT = 'ganzer Sozialraum';

/** German order; the district-wide row first. */
function compareText(a: ReportCell | undefined, b: ReportCell | undefined): number {
  if (a === b) return 0;
  if (a === WHOLE_DISTRICT) return -1;
  if (b === WHOLE_DISTRICT) return 1;
  return String(a).localeCompare(String(b), 'de');
}

/** Each gap of either year once, with whether it is new, still open or closed since the year before. */
function gapTable(inputs: ReportInputs): ReportTable {
  const { year } = inputs;
  const before = new Map(inputs.gaps.previous.map((g) => [g.key, g]));
  const now = new Set(inputs.gaps.current.map((g) => g.key));
  const status = (g: ReportGap) => (before.has(g.key) ? `besteht seit ${year - 1}` : `neu ${year}`);
  const rows: ReportCell[][] = [
    ...inputs.gaps.current.map((g) => [
      g.districtName,
      g.centreName ?? WHOLE_DISTRICT,
      g.description,
      status(g),
    ]),
    ...inputs.gaps.previous
      .filter((g) => !now.has(g.key))
      .map((g) => [g.districtName, g.centreName ?? WHOLE_DISTRICT, g.description, `geschlossen ${year}`]),
  ];
  // By district, the district-wide gaps before the centres', so the committee reads one district at a time.
  rows.sort((a, b) => compareText(a[0], b[0]) || compareText(a[1], b[1]) || compareText(a[2], b[2]));
  return {
    key: 'gaps',
    title: 'Lücken',
    sheet: 'Lücken',
    description: `Sozialräume und Familienzentren ohne Angebot für eine Zielgruppe oder ohne aktive Kooperation mit einer vorrangigen Partnerart, ${year} im Vergleich mit ${year - 1}.`,
    columns: [
      { key: 'district', label: 'Sozialraum', kind: 'text' },
      { key: 'centre', label: 'Familienzentrum', kind: 'text' },
      { key: 'gap', label: 'Lücke', kind: 'text' },
      { key: 'change', label: `Vergleich mit ${year - 1}`, kind: 'text' },
    ],
    rows,
    total: null,
  };
}

/** Per district: how many gaps in each year (the committee's first look). */
function gapCountTable(inputs: ReportInputs): ReportTable {
  const { year } = inputs;
  const count = (gaps: ReportGap[], d: DistrictYear) =>
    gaps.filter((g) => (g.districtId ?? 'none') === rowKey(d)).length;
  const rows = inputs.districts.current.map((d): ReportCell[] => [
    d.districtName,
    count(inputs.gaps.current, d),
    count(inputs.gaps.previous, d),
  ]);
  return {
    key: 'summary',
    title: 'Übersicht der Lücken je Sozialraum',
    sheet: 'Übersicht',
    description: `Anzahl der Lücken je Sozialraum ${year} und ${year - 1}.`,
    columns: [
      { key: 'district', label: 'Sozialraum', kind: 'text' },
      { key: `gaps-${year}`, label: `Lücken ${year}`, kind: 'count', year },
      { key: `gaps-${year - 1}`, label: `Lücken ${year - 1}`, kind: 'count', year: year - 1 },
    ],
    rows,
    total: ['Gesamt', inputs.gaps.current.length, inputs.gaps.previous.length],
  };
}

const SOURCE_NOTE = 'Bedarfszahlen: öffentliche Statistik, vom Jugendamt je Sozialraum und Jahr erfasst.';

export function buildReport(inputs: ReportInputs): PlanningReport {
  const { year, municipality } = inputs;
  const previousYear = year - 1;
  return {
    municipality,
    year,
    previousYear,
    generatedAt: inputs.generatedAt.toISOString(),
    title: `Jugendhilfeplanung ${municipality.name}: Bericht ${year}`,
    introduction: [
      `Bericht für den Jugendhilfeausschuss: Bedarf, Versorgung und Lücken je Sozialraum ${year} im Vergleich mit ${previousYear}.`,
      'Alle Angaben sind zusammengefasste Zahlen; der Bericht enthält keine personenbezogenen Daten.',
      SOURCE_NOTE,
      'Kooperationen zählen, wenn sie am Jahresende (im laufenden Jahr: heute) aktiv sind; Angebote, wenn sie im Jahr mindestens einen Termin haben. „–“: keine Angabe.',
    ],
    tables: [
      gapCountTable(inputs),
      comparisonTable(
        inputs,
        {
          key: 'need',
          title: 'Bedarf',
          sheet: 'Bedarf',
          description: `Bedarfszahlen je Sozialraum, ${year} und ${previousYear}.`,
        },
        NEED,
        true,
      ),
      comparisonTable(
        inputs,
        {
          key: 'network',
          title: 'Einrichtungen und Kooperationen',
          sheet: 'Kooperationen',
          description: `Familienzentren, Partner und aktive Kooperationen mit vorrangigen Partnerarten, ${year} und ${previousYear}.`,
        },
        NETWORK,
      ),
      comparisonTable(
        inputs,
        {
          key: 'offerings',
          title: 'Angebote und Räume',
          sheet: 'Angebote',
          description: `Angebote mit Terminen im Jahr, Angebote für Familien mit Kindern von 0 bis 3 Jahren je 100 Kinder und die Auslastung der Räume, ${year} und ${previousYear}.`,
        },
        OFFERINGS,
      ),
      gapTable(inputs),
    ],
  };
}
