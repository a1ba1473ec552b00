/**
 * The yearly planning report for the Jugendhilfeausschuss as plain data: a title block and a list of
 * tables, each with typed columns. The JSON preview, the PDF and the XLSX all render this one model, so
 * the three can never show different figures. Aggregates only (decision 016): districts, organisation
 * names and counts, never persons or notes.
 */

/** How a column's numbers are written: counts as integers, shares in percent, ratios with one decimal. */
export type ReportColumnKind = 'text' | 'count' | 'percent' | 'ratio';

export interface ReportColumn {
  key: string;
  label: string;
  kind: ReportColumnKind;
  /** The year the column's figure belongs to (comparison columns), if any. */
  year?: number;
  /** The figure a comparison column belongs to ("Kinder 0–3"): the PDF heads both years with it once. */
  group?: string;
}

/** A cell: text, a number, or null for "no figure" (written as "–"). */
export type ReportCell = string | number | null;

export interface ReportTable {
  key: string;
  title: string;
  /** The XLSX sheet's name (at most 31 characters). */
  sheet: string;
  description: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** The municipality's total row, where summing makes sense. */
  total: ReportCell[] | null;
}

export interface PlanningReport {
  municipality: { id: string; name: string };
  year: number;
  previousYear: number;
  generatedAt: string;
  title: string;
  /** Sentences above the tables: what is compared, where the figures come from. */
  introduction: string[];
  tables: ReportTable[];
}

/** The figures of one district (or the row of organisations without a district) in one year. */
export interface DistrictYear {
  districtId: string | null;
  districtName: string;
  need: {
    childrenUnder3: number | null;
    children3To6: number | null;
    sgb2SharePercent: number | null;
    singleParentHouseholds: number | null;
    migrationSharePercent: number | null;
  } | null;
  coverage: {
    centres: number;
    partners: number;
    cooperationsCounselling: number;
    cooperationsFamilyEducation: number;
    offerings: number;
    offeringsUnder3: number;
    sessions: number;
    roomUtilisationPercent: number | null;
  } | null;
}

/** A gap of one year, with what the report writes about it. */
export interface ReportGap {
  key: string;
  districtId: string | null;
  districtName: string;
  centreName: string | null;
  /** German description, e.g. "Keine aktive Kooperation mit Familienbildung". */
  description: string;
}

/** Everything the report is made of, for the year and the year before. */
export interface ReportInputs {
  municipality: { id: string; name: string };
  year: number;
  generatedAt: Date;
  districts: { current: DistrictYear[]; previous: DistrictYear[] };
  gaps: { current: ReportGap[]; previous: ReportGap[] };
}
