import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { AppError, type FieldError, sqlState } from '../../http/errors';
import type { ServiceContext } from '../../service-context';
import { districts } from '../accounts/schema';
import { recordAudit } from '../audit/service';
import { currentMonthStart } from './capacity-derivation';
import type { updateCapacitySchema } from './capacity-schemas';
import { loadOrganizationCapacity, twelveMonths } from './capacity-view';
import { capacityPermissions, loadCapacity } from './policy/capacity';
import { capacityPeriods, MAX_HOURS_PER_MONTH, type MandateArea, organizationMandates } from './schema';

type UpdateCapacityInput = z.infer<typeof updateCapacitySchema>;
type PeriodInput = UpdateCapacityInput['periods'][number];

async function periodsOf(db: Executor, organizationId: string) {
  return db
    .select({
      id: capacityPeriods.id,
      validFrom: capacityPeriods.validFrom,
      validTo: capacityPeriods.validTo,
      districtId: capacityPeriods.districtId,
      hoursPerMonth: capacityPeriods.hoursPerMonth,
      note: capacityPeriods.note,
    })
    .from(capacityPeriods)
    .where(eq(capacityPeriods.organizationId, organizationId))
    .orderBy(asc(capacityPeriods.validFrom), asc(capacityPeriods.districtId));
}

async function districtsOf(db: Executor, municipalityId: string) {
  return db
    .select({ id: districts.id, name: districts.name })
    .from(districts)
    .where(eq(districts.municipalityId, municipalityId))
    .orderBy(asc(districts.name));
}

/** An organisation's mandate, hours per month and its next 12 months with what makes them up. */
export async function getCapacity(ctx: ServiceContext, id: string) {
  const { row, ref, actor } = await loadCapacity(ctx, id, 'read');
  const { organization, mandate } = row;
  const from = currentMonthStart();
  const [periods, districtList, { totals, items }] = await Promise.all([
    periodsOf(ctx.db, id),
    districtsOf(ctx.db, organization.municipalityId),
    loadOrganizationCapacity(ctx.db, id, from),
  ]);
  const districtName = (districtId: string | null) =>
    districtList.find((d) => d.id === districtId)?.name ?? null;
  return {
    organizationId: organization.id,
    organizationName: organization.name,
    organizationType: organization.type,
    version: mandate?.version ?? 0,
    mandate: { text: mandate?.text ?? '', areas: (mandate?.areas ?? []) as MandateArea[] },
    periods: periods.map((p) => ({
      ...p,
      hoursPerMonth: Number(p.hoursPerMonth),
      districtName: districtName(p.districtId),
    })),
    districts: districtList,
    months: twelveMonths(totals, id, from).map((m) => ({ ...m, districtName: districtName(m.districtId) })),
    items,
    permissions: capacityPermissions(actor, ref),
  };
}

const overlaps = (a: PeriodInput, b: PeriodInput) =>
  a.districtId === b.districtId &&
  a.validFrom <= (b.validTo ?? '9999-12-31') &&
  b.validFrom <= (a.validTo ?? '9999-12-31');

/** Every figure and date in range, districts of the organisation's municipality, no two periods overlapping. */
async function checkPeriods(db: Executor, municipalityId: string, periods: PeriodInput[]) {
  const errors: FieldError[] = [];
  const ofMunicipality = new Set((await districtsOf(db, municipalityId)).map((d) => d.id));
  periods.forEach((p, i) => {
    const at = (field: string) => `periods.${i}.${field}`;
    if (!(p.hoursPerMonth >= 0 && p.hoursPerMonth <= MAX_HOURS_PER_MONTH)) {
      errors.push({ path: at('hoursPerMonth'), message: 'capacity.validation.hoursRange' });
    }
    if (p.validTo !== null && p.validTo < p.validFrom) {
      errors.push({ path: at('validTo'), message: 'capacity.validation.periodOrder' });
    }
    if (p.districtId && !ofMunicipality.has(p.districtId)) {
      errors.push({ path: at('districtId'), message: 'capacity.validation.unknownDistrict' });
    }
    if (periods.slice(0, i).some((q) => overlaps(p, q))) {
      errors.push({ path: at('validFrom'), message: 'capacity.validation.periodOverlap' });
    }
  });
  if (errors.length > 0) throw new AppError('validation', { errors });
}

/** Replaces mandate and periods as a whole (lead/admin; send the version you read, 0 before the first save). */
export async function updateCapacity(ctx: ServiceContext, id: string, input: UpdateCapacityInput) {
  try {
    await ctx.db.transaction(async (tx) => {
      const { row, actor } = await loadCapacity(ctx, id, 'update', {
        version: input.version,
        lock: true,
        db: tx,
      });
      await checkPeriods(tx, row.organization.municipalityId, input.periods);
      const before = { mandate: row.mandate ?? null, periods: await periodsOf(tx, id) };
      const values = {
        text: input.mandate.text,
        areas: [...new Set(input.mandate.areas)],
        updatedBy: actor.userId,
        updatedAt: new Date(),
      };
      if (row.mandate) {
        await tx
          .update(organizationMandates)
          .set({ ...values, version: row.mandate.version + 1 })
          .where(eq(organizationMandates.organizationId, id));
      } else {
        // Two first saves at once: the second finds the row taken and is stale.
        const created = await tx
          .insert(organizationMandates)
          .values({ organizationId: id, ...values, version: 1 })
          .onConflictDoNothing()
          .returning({ version: organizationMandates.version });
        if (created.length === 0) throw staleConflict();
      }
      await tx.delete(capacityPeriods).where(eq(capacityPeriods.organizationId, id));
      if (input.periods.length > 0) {
        await tx.insert(capacityPeriods).values(
          input.periods.map((p) => ({
            organizationId: id,
            validFrom: p.validFrom,
            validTo: p.validTo,
            districtId: p.districtId,
            hoursPerMonth: String(p.hoursPerMonth),
            note: p.note,
          })),
        );
      }
      await recordAudit(tx, {
        actor,
        organizationId: id,
        entityType: 'capacity',
        entityId: id,
        action: 'update',
        before,
        after: { mandate: values, periods: input.periods },
      });
    });
  } catch (error) {
    // Racing writers past the version check: the exclusion constraint keeps periods apart.
    if (sqlState(error) === '23P01') throw staleConflict();
    throw error;
  }
  return getCapacity(ctx, id);
}

const staleConflict = () => new AppError('conflict', { detail: 'capacity.conflict.concurrentPeriods' });
