import { loadavg } from 'node:os';

/** One line of the summary table printed at the end of `npm run bench`. */
export interface SummaryRow {
  benchmark: string;
  metric: string;
  value: string;
  goal: string;
  /** true met, false missed, undefined no goal / not measured. */
  isMet: boolean | undefined;
}

/** The row with pgbench's tps on the app's SQL at `clients` clients; `skipped` without a pgbench run. */
export function pgbenchTpsRow(
  benchmark: string,
  clients: number | string,
  tps: number | undefined,
  protocol: 'extended' | 'prepared' = 'extended',
): SummaryRow {
  return {
    benchmark,
    metric: `same SQL, -c ${clients} -j 2 -M ${protocol}: tps`,
    value: tps === undefined ? 'skipped' : perSecond(tps),
    goal: '',
    isMet: undefined,
  };
}

/** The row comparing the app's req/s with pgbench's tps on the same SQL: the quotient, at least `goal`. */
export function pgbenchRatioRow(benchmark: string, metric: string, ratio: number, goal: number): SummaryRow {
  return { benchmark, metric, value: ratio.toFixed(2), goal: `≥ ${goal}`, isMet: ratio >= goal };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** Nearest-rank percentile of unsorted samples; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function ms(value: number, digits = 2): string {
  return Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a';
}

export function seconds(valueMs: number): string {
  return Number.isFinite(valueMs) ? `${(valueMs / 1000).toFixed(2)} s` : 'n/a';
}

export function perSecond(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')}/s` : 'n/a';
}

export function heading(title: string): void {
  const load = `load ${(loadavg()[0] ?? 0).toFixed(2)}`;
  console.log(`\n=== ${title} ${'='.repeat(Math.max(3, 100 - title.length - load.length - 2))} ${load}`);
}

/** Columns before `textColumns` are left-aligned text, the rest right-aligned figures. */
export function printTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  textColumns = 1,
): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i < textColumns ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function printSummary(rows: readonly SummaryRow[]): void {
  heading('Summary');
  printTable(
    ['benchmark', 'metric', 'value', 'goal', 'met'],
    rows.map((r) => [
      r.benchmark,
      r.metric,
      r.value,
      r.goal,
      r.isMet === undefined ? '' : r.isMet ? 'yes' : 'NO',
    ]),
    2,
  );
}

/** Every line of `text` indented by two spaces. */
export function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
