import type { LocalPeriod } from '../offerings/target-groups-offered';

/** A planning period: a calendar year, or one of its quarters (local dates in Europe/Berlin). */
export interface PlanningPeriod {
  year: number;
  quarter?: 1 | 2 | 3 | 4;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period's first day and the day after its last. */
export function localPeriodOf({ year, quarter }: PlanningPeriod): LocalPeriod {
  if (!quarter) return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  const startMonth = (quarter - 1) * 3 + 1;
  const to = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(startMonth + 3)}-01`;
  return { from: `${year}-${pad(startMonth)}-01`, to };
}
