import { asc, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../service-context';
import { organizations } from '../accounts/schema';
import { currentMonthStart, monthsFrom } from './capacity-derivation';
import { loadTotals, type TotalsRow, twelveMonths } from './capacity-view';
import { allowCapacityOverview } from './policy/capacity';

/**
 * The planner's view of a municipality: every organisation with hours entered or committed, its 12 months
 * and whether it is over-committed. Hours and totals only, never assessment texts. One statement for the
 * figures of the whole municipality, one for the names.
 */
export async function capacityOverview(ctx: ServiceContext, municipalityId: string) {
  allowCapacityOverview(ctx, municipalityId);
  const from = currentMonthStart();
  const totals = await loadTotals(ctx.db, { municipalityId }, from);
  const byOrganization = new Map<string, TotalsRow[]>();
  for (const row of totals) {
    const rows = byOrganization.get(row.organizationId) ?? [];
    rows.push(row);
    byOrganization.set(row.organizationId, rows);
  }
  const shown = [...byOrganization.entries()].filter(([, rows]) =>
    rows.some((r) => r.available !== null || Number(r.committed) > 0),
  );
  const ids = shown.map(([id]) => id);
  const names =
    ids.length === 0
      ? []
      : await ctx.db
          .select({ id: organizations.id, name: organizations.name, type: organizations.type })
          .from(organizations)
          .where(inArray(organizations.id, ids))
          .orderBy(asc(organizations.name));
  const rowsOf = new Map(shown);
  return {
    municipalityId,
    months: monthsFrom(from),
    items: names.map((o) => {
      const months = twelveMonths(rowsOf.get(o.id) ?? [], o.id, from);
      const monthsOver = [...new Set(months.filter((m) => m.isOver).map((m) => m.month))];
      return {
        organizationId: o.id,
        organizationName: o.name,
        organizationType: o.type,
        isOverCommitted: monthsOver.length > 0,
        monthsOver,
        months,
      };
    }),
  };
}
