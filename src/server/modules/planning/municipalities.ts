import { asc, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../service-context';
import { districts, municipalities } from '../accounts/schema';
import { plannableMunicipalities } from './policy/municipality';

/** The municipalities the caller plans, each with its districts: the planning pages' switcher. */
export async function listPlannableMunicipalities(ctx: ServiceContext) {
  const scope = plannableMunicipalities(ctx);
  if (!scope.all && scope.ids.length === 0) return { items: [] };
  const where = scope.all ? undefined : inArray(municipalities.id, scope.ids);
  const rows = await ctx.db.select().from(municipalities).where(where).orderBy(asc(municipalities.name));
  const districtRows = rows.length
    ? await ctx.db
        .select({ id: districts.id, name: districts.name, municipalityId: districts.municipalityId })
        .from(districts)
        .where(
          inArray(
            districts.municipalityId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(districts.name))
    : [];
  return {
    items: rows.map((m) => ({
      id: m.id,
      name: m.name,
      state: m.state,
      districts: districtRows.filter((d) => d.municipalityId === m.id).map(({ id, name }) => ({ id, name })),
    })),
  };
}
