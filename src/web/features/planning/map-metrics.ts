import type { paths } from '../../api/schema';
import type { messagesDe } from './districts-messages';
import type { NeedFigureRow } from './districts-queries';

export type MetricKey = keyof typeof messagesDe.planningDistricts.map.metrics;

type Coverage = paths['/api/v1/planning/coverage']['get']['responses'][200]['content']['application/json'];
export type DistrictCoverage = Coverage['current']['districts'][number];

/** What a metric is computed from, per district: its need figures and its coverage of the year. */
export interface DistrictInputs {
  need: NeedFigureRow | undefined;
  coverage: DistrictCoverage | undefined;
}

export type MetricGroup = 'need' | 'coverage' | 'ratios';

export interface Metric {
  key: MetricKey;
  group: MetricGroup;
  /** Fraction digits shown. */
  digits: number;
  value: (d: DistrictInputs) => number | null;
}

/** a per `per` of b; unknown when b is unknown or zero (a ratio of nothing is not zero). */
const ratio = (a: number | null | undefined, b: number | null | undefined, per: number) =>
  a === null || a === undefined || !b ? null : (a / b) * per;
const sum = (...values: (number | null | undefined)[]) =>
  values.some((v) => v === null || v === undefined) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);

const offeringsInBand = (c: DistrictCoverage | undefined, band: string) =>
  c ? (c.offerings.byAgeBand[band]?.year.offerings ?? 0) : undefined;
const cooperationsOfKind = (c: DistrictCoverage | undefined, kind: string) =>
  c ? (c.cooperations.byPriorityKind[kind]?.cooperations ?? 0) : undefined;
const childrenUnder6 = (d: DistrictInputs) => sum(d.need?.childrenUnder3, d.need?.children3To6);

/**
 * The figures and ratios the map colours by (issue 18 §4): need figures, coverage of the year (from the
 * coverage endpoint) and ratios of both, e.g. offerings for 0–3 per 100 children under 3.
 */
export const metrics: Metric[] = [
  { key: 'childrenUnder3', group: 'need', digits: 0, value: (d) => d.need?.childrenUnder3 ?? null },
  { key: 'children3To6', group: 'need', digits: 0, value: (d) => d.need?.children3To6 ?? null },
  { key: 'sgb2SharePercent', group: 'need', digits: 1, value: (d) => d.need?.sgb2SharePercent ?? null },
  {
    key: 'singleParentHouseholds',
    group: 'need',
    digits: 0,
    value: (d) => d.need?.singleParentHouseholds ?? null,
  },
  {
    key: 'migrationSharePercent',
    group: 'need',
    digits: 1,
    value: (d) => d.need?.migrationSharePercent ?? null,
  },
  { key: 'centres', group: 'coverage', digits: 0, value: (d) => d.coverage?.centres ?? null },
  { key: 'partners', group: 'coverage', digits: 0, value: (d) => d.coverage?.partners ?? null },
  {
    key: 'cooperations',
    group: 'coverage',
    digits: 0,
    value: (d) => d.coverage?.cooperations.cooperations ?? null,
  },
  {
    key: 'familyEducationCooperations',
    group: 'coverage',
    digits: 0,
    value: (d) => cooperationsOfKind(d.coverage, 'family_education') ?? null,
  },
  {
    key: 'counsellingCooperations',
    group: 'coverage',
    digits: 0,
    value: (d) => cooperationsOfKind(d.coverage, 'counselling') ?? null,
  },
  {
    key: 'offerings',
    group: 'coverage',
    digits: 0,
    value: (d) => d.coverage?.offerings.year.offerings ?? null,
  },
  {
    key: 'offerings0To3',
    group: 'coverage',
    digits: 0,
    value: (d) => offeringsInBand(d.coverage, '0_3') ?? null,
  },
  {
    key: 'roomUtilisation',
    group: 'coverage',
    digits: 1,
    value: (d) => (d.coverage?.rooms.utilisation == null ? null : d.coverage.rooms.utilisation * 100),
  },
  {
    key: 'committedPartnerHours',
    group: 'coverage',
    digits: 0,
    value: (d) => d.coverage?.partnerHours.committedHours ?? null,
  },
  {
    key: 'offerings0To3Per100',
    group: 'ratios',
    digits: 1,
    value: (d) => ratio(offeringsInBand(d.coverage, '0_3'), d.need?.childrenUnder3, 100),
  },
  {
    key: 'offerings3To6Per100',
    group: 'ratios',
    digits: 1,
    value: (d) => ratio(offeringsInBand(d.coverage, '3_6'), d.need?.children3To6, 100),
  },
  {
    key: 'centresPer1000Under6',
    group: 'ratios',
    digits: 2,
    value: (d) => ratio(d.coverage?.centres, childrenUnder6(d), 1000),
  },
  {
    key: 'cooperationsPerCentre',
    group: 'ratios',
    digits: 1,
    value: (d) => ratio(d.coverage?.cooperations.cooperations, d.coverage?.centres, 1),
  },
  {
    key: 'partnerHoursPer100Under6',
    group: 'ratios',
    digits: 1,
    value: (d) => ratio(d.coverage?.partnerHours.committedHours, childrenUnder6(d), 100),
  },
];

export const metricOf = (key: string | undefined): Metric =>
  metrics.find((m) => m.key === key) ?? (metrics[0] as Metric);

/** Sequential blues (ColorBrewer, safe for colour-blind readers); the class number is also in the table. */
export const palette = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;

export interface ClassRange {
  index: number;
  from: number;
  to: number;
  colour: string;
}

/**
 * Up to five classes by quantiles of the values present (each district in one class); fewer distinct values
 * give fewer classes. Returns each class's actual range and a lookup for a value.
 */
export function classify(values: (number | null)[]): {
  classes: ClassRange[];
  classOf: (v: number) => number;
} {
  const sorted = [...new Set(values.filter((v): v is number => v !== null))].sort((a, b) => a - b);
  const count = Math.min(palette.length, sorted.length);
  const starts = Array.from(
    { length: count },
    (_, j) => sorted[Math.floor((j * sorted.length) / count)] as number,
  );
  const classOf = (v: number) => {
    let index = 0;
    starts.forEach((start, j) => {
      if (v >= start) index = j;
    });
    return index;
  };
  // Spread the colours over the whole palette when there are fewer classes than colours.
  const colourOf = (j: number) =>
    palette[count <= 1 ? palette.length - 1 : Math.round((j * (palette.length - 1)) / (count - 1))] as string;
  const classes = starts.map((from, j) => {
    const members = sorted.filter((v) => classOf(v) === j);
    return { index: j, from, to: members[members.length - 1] ?? from, colour: colourOf(j) };
  });
  return { classes, classOf };
}
