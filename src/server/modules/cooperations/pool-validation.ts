import type { Executor } from '../../db/client';
import { AppError, type FieldError } from '../../http/errors';
import { districtsByIds, findOrganizationInfo } from './pool-repo';
import { MAX_HOURS_PER_MONTH } from './schema';

/**
 * The business checks of pool input (the schema checks only shapes): each answers a problem naming the field,
 * 422, before anything is written.
 */

/** Whole or half-ish figures with one decimal, within a month's hours. */
export function isValidHours(value: number, allowZero: boolean): boolean {
  if (!Number.isFinite(value)) return false;
  if (value < 0 || (!allowZero && value === 0) || value > MAX_HOURS_PER_MONTH) return false;
  return Math.abs(Math.round(value * 10) - value * 10) < 1e-6;
}

export interface PoolFields {
  partnerId: string;
  hoursPerMonth: number;
  validFrom: string;
  validTo: string;
  districtIds: string[];
  needWeights: Record<string, number>;
}

export function throwIfAny(errors: FieldError[]): void {
  if (errors.length > 0) throw new AppError('validation', { errors });
}

async function partnerErrors(db: Executor, partnerId: string): Promise<FieldError[]> {
  const partner = await findOrganizationInfo(db, partnerId);
  return partner?.type === 'partner' ? [] : [{ path: 'partnerId', message: 'pools.validation.partner' }];
}

async function districtErrors(db: Executor, municipalityId: string, fields: PoolFields) {
  const errors: FieldError[] = [];
  const found = await districtsByIds(db, fields.districtIds);
  const own = new Set(found.filter((d) => d.municipalityId === municipalityId).map((d) => d.id));
  fields.districtIds.forEach((id, i) => {
    if (!own.has(id)) errors.push({ path: `districtIds.${i}`, message: 'pools.validation.district' });
    else if (fields.districtIds.indexOf(id) !== i)
      errors.push({ path: `districtIds.${i}`, message: 'pools.validation.duplicate' });
  });
  const weighted = Object.keys(fields.needWeights);
  const weightDistricts = await districtsByIds(db, weighted);
  const inMunicipality = new Set(
    weightDistricts.filter((d) => d.municipalityId === municipalityId).map((d) => d.id),
  );
  for (const [id, weight] of Object.entries(fields.needWeights)) {
    const served = fields.districtIds.length === 0 ? inMunicipality.has(id) : own.has(id);
    if (!served) errors.push({ path: `needWeights.${id}`, message: 'pools.validation.weightDistrict' });
    else if (!Number.isFinite(weight) || weight < 0 || weight > 1e9)
      errors.push({ path: `needWeights.${id}`, message: 'pools.validation.weight' });
  }
  return errors;
}

/** Every check of a pool's fields, all errors at once. */
export async function checkPoolFields(db: Executor, municipalityId: string, fields: PoolFields) {
  const errors: FieldError[] = [];
  if (!isValidHours(fields.hoursPerMonth, false))
    errors.push({ path: 'hoursPerMonth', message: 'pools.validation.poolHours' });
  if (fields.validTo < fields.validFrom)
    errors.push({ path: 'validTo', message: 'pools.validation.periodOrder' });
  errors.push(...(await partnerErrors(db, fields.partnerId)));
  errors.push(...(await districtErrors(db, municipalityId, fields)));
  throwIfAny(errors);
}
