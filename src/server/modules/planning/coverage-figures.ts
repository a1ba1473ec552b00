/**
 * Turns the grouped rows of the coverage statements into one object per district, and sums districts into
 * the municipality's total (every counted thing belongs to exactly one district: sums count nothing twice).
 */

export interface OrganizationRow {
  district_id: string | null;
  type: string;
  kind_key: string | null;
  organizations: number;
  is_total: boolean;
}
export interface CooperationRow {
  district_id: string | null;
  kind_key: string | null;
  cooperations: number;
  centres: number;
}
export interface OfferingRow {
  district_id: string | null;
  quarter: number | null;
  dimension: 'all' | 'format' | 'target_group' | 'theme' | 'age_band';
  key: string;
  offerings: number;
  sessions: number;
  hours: number;
}
export interface RoomRow {
  district_id: string | null;
  rooms: number;
  places: number;
  bookable_hours: number;
  booked_hours: number;
}
export interface HoursRow {
  district_id: string | null;
  partners: number;
  committed_hours: number;
  available_hours: number;
}
export interface Figures {
  organizations: OrganizationRow[];
  cooperations: CooperationRow[];
  offerings: OfferingRow[];
  rooms: RoomRow[];
  hours: HoursRow[];
}

export interface OfferingFigures {
  offerings: number;
  sessions: number;
  hours: number;
}
/** A year's figures and those of its four quarters (Q1 first). */
export interface OfferingBreakdown {
  year: OfferingFigures;
  quarters: OfferingFigures[];
}
export interface CooperationFigures {
  cooperations: number;
  centres: number;
}

export interface DistrictCoverage {
  districtId: string | null;
  districtName: string | null;
  centres: number;
  partners: number;
  partnersByKind: Record<string, number>;
  cooperations: CooperationFigures & { byPriorityKind: Record<string, CooperationFigures> };
  offerings: OfferingBreakdown & {
    byFormat: Record<string, OfferingBreakdown>;
    byTargetGroup: Record<string, OfferingBreakdown>;
    byTheme: Record<string, OfferingBreakdown>;
    byAgeBand: Record<string, OfferingBreakdown>;
  };
  rooms: {
    rooms: number;
    places: number;
    bookableHours: number;
    bookedHours: number;
    utilisation: number | null;
  };
  partnerHours: { partners: number; committedHours: number; availableHours: number };
}

export const round1 = (value: number) => Math.round(value * 10) / 10;
const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);
const zeroFigures = (): OfferingFigures => ({ offerings: 0, sessions: 0, hours: 0 });
const zeroBreakdown = (): OfferingBreakdown => ({
  year: zeroFigures(),
  quarters: [1, 2, 3, 4].map(zeroFigures),
});

function addFigures(into: OfferingFigures, add: OfferingFigures) {
  into.offerings += add.offerings;
  into.sessions += add.sessions;
  into.hours = round1(into.hours + add.hours);
}

function addBreakdown(into: OfferingBreakdown, add: OfferingBreakdown) {
  addFigures(into.year, add.year);
  into.quarters.forEach((q, i) => {
    const other = add.quarters[i];
    if (other) addFigures(q, other);
  });
}

function breakdownOf(rows: OfferingRow[]): OfferingBreakdown {
  const result = zeroBreakdown();
  for (const row of rows) {
    const figures = { offerings: row.offerings, sessions: row.sessions, hours: round1(row.hours) };
    const target = row.quarter === null ? result.year : result.quarters[row.quarter - 1];
    if (target) Object.assign(target, figures);
  }
  return result;
}

function breakdownsBy(rows: OfferingRow[], dimension: OfferingRow['dimension']) {
  const byKey = new Map<string, OfferingRow[]>();
  for (const row of rows.filter((r) => r.dimension === dimension)) {
    byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  }
  return Object.fromEntries(
    [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, r]) => [k, breakdownOf(r)]),
  );
}

export function emptyCoverage(priorityKinds: string[]): DistrictCoverage {
  return {
    districtId: null,
    districtName: null,
    centres: 0,
    partners: 0,
    partnersByKind: {},
    cooperations: {
      cooperations: 0,
      centres: 0,
      byPriorityKind: Object.fromEntries(priorityKinds.map((k) => [k, { cooperations: 0, centres: 0 }])),
    },
    offerings: { ...zeroBreakdown(), byFormat: {}, byTargetGroup: {}, byTheme: {}, byAgeBand: {} },
    rooms: { rooms: 0, places: 0, bookableHours: 0, bookedHours: 0, utilisation: null },
    partnerHours: { partners: 0, committedHours: 0, availableHours: 0 },
  };
}

/** The figures of one district (`null`: the organisations without a district), with whether it has any. */
export function districtCoverageOf(
  districtId: string | null,
  districtName: string | null,
  figures: Figures,
  priorityKinds: string[],
): DistrictCoverage & { isEmpty: boolean } {
  const of = <T extends { district_id: string | null }>(rows: T[]) =>
    rows.filter((r) => r.district_id === districtId);
  const organizations = of(figures.organizations);
  const totalOf = (type: string) =>
    organizations.find((r) => r.is_total && r.type === type)?.organizations ?? 0;
  const cooperations = of(figures.cooperations);
  const allCooperations = cooperations.find((r) => r.kind_key === null);
  const offerings = of(figures.offerings);
  const room = of(figures.rooms)[0];
  const hours = of(figures.hours)[0];
  const coverage = emptyCoverage(priorityKinds);
  const result: DistrictCoverage = {
    ...coverage,
    districtId,
    districtName,
    centres: totalOf('family_centre'),
    partners: totalOf('partner'),
    partnersByKind: Object.fromEntries(
      organizations
        .filter((r) => !r.is_total && r.type === 'partner' && r.kind_key !== null)
        .map((r) => [r.kind_key, r.organizations]),
    ),
    cooperations: {
      cooperations: allCooperations?.cooperations ?? 0,
      centres: allCooperations?.centres ?? 0,
      byPriorityKind: {
        ...coverage.cooperations.byPriorityKind,
        ...Object.fromEntries(
          cooperations
            .filter((r) => r.kind_key !== null)
            .map((r) => [r.kind_key, { cooperations: r.cooperations, centres: r.centres }]),
        ),
      },
    },
    offerings: {
      ...breakdownOf(offerings.filter((r) => r.dimension === 'all')),
      byFormat: breakdownsBy(offerings, 'format'),
      byTargetGroup: breakdownsBy(offerings, 'target_group'),
      byTheme: breakdownsBy(offerings, 'theme'),
      byAgeBand: breakdownsBy(offerings, 'age_band'),
    },
    rooms: {
      rooms: room?.rooms ?? 0,
      places: room?.places ?? 0,
      bookableHours: round1(room?.bookable_hours ?? 0),
      bookedHours: round1(room?.booked_hours ?? 0),
      utilisation: ratio(room?.booked_hours ?? 0, room?.bookable_hours ?? 0),
    },
    partnerHours: {
      partners: hours?.partners ?? 0,
      committedHours: round1(hours?.committed_hours ?? 0),
      availableHours: round1(hours?.available_hours ?? 0),
    },
  };
  const isEmpty = organizations.length + cooperations.length + offerings.length === 0 && !room && !hours;
  return { ...result, isEmpty };
}

function addRecord<T>(
  into: Record<string, T>,
  add: Record<string, T>,
  zero: () => T,
  plus: (a: T, b: T) => T,
) {
  for (const [key, value] of Object.entries(add)) into[key] = plus(into[key] ?? zero(), value);
}

/** The municipality's total: the sum of its districts (utilisation from the summed hours). */
export function sumCoverage(rows: DistrictCoverage[], total: DistrictCoverage): DistrictCoverage {
  const plusBreakdown = (a: OfferingBreakdown, b: OfferingBreakdown) => {
    addBreakdown(a, b);
    return a;
  };
  for (const d of rows) {
    total.centres += d.centres;
    total.partners += d.partners;
    addRecord(
      total.partnersByKind,
      d.partnersByKind,
      () => 0,
      (a, b) => a + b,
    );
    total.cooperations.cooperations += d.cooperations.cooperations;
    total.cooperations.centres += d.cooperations.centres;
    addRecord(
      total.cooperations.byPriorityKind,
      d.cooperations.byPriorityKind,
      () => ({ cooperations: 0, centres: 0 }),
      (a, b) => ({ cooperations: a.cooperations + b.cooperations, centres: a.centres + b.centres }),
    );
    addBreakdown(total.offerings, d.offerings);
    addRecord(total.offerings.byFormat, d.offerings.byFormat, zeroBreakdown, plusBreakdown);
    addRecord(total.offerings.byTargetGroup, d.offerings.byTargetGroup, zeroBreakdown, plusBreakdown);
    addRecord(total.offerings.byTheme, d.offerings.byTheme, zeroBreakdown, plusBreakdown);
    addRecord(total.offerings.byAgeBand, d.offerings.byAgeBand, zeroBreakdown, plusBreakdown);
    total.rooms.rooms += d.rooms.rooms;
    total.rooms.places += d.rooms.places;
    total.rooms.bookableHours = round1(total.rooms.bookableHours + d.rooms.bookableHours);
    total.rooms.bookedHours = round1(total.rooms.bookedHours + d.rooms.bookedHours);
    total.partnerHours.partners += d.partnerHours.partners;
    total.partnerHours.committedHours = round1(
      total.partnerHours.committedHours + d.partnerHours.committedHours,
    );
    total.partnerHours.availableHours = round1(
      total.partnerHours.availableHours + d.partnerHours.availableHours,
    );
  }
  total.rooms.utilisation = ratio(total.rooms.bookedHours, total.rooms.bookableHours);
  return total;
}
