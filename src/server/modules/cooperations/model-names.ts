import type { Executor } from '../../db/client';
import { findUsableModel, modelsById } from './cooperation-repo';

/**
 * What other modules may know of the cooperation models (decision 014): a model's names, and whether a
 * cooperation of a centre in a municipality may use it (planning proposes models to a centre and a partner).
 */

export interface ModelName {
  id: string;
  nameDe: string;
  nameEn: string;
}

/** The names of these models (unknown ids are left out). */
export async function modelNamesOf(db: Executor, ids: readonly (string | null)[]) {
  const rows = await modelsById(db, ids);
  return new Map<string, ModelName>(
    [...rows.values()].map((m) => [m.id, { id: m.id, nameDe: m.nameDe, nameEn: m.nameEn }]),
  );
}

/** The model, if a cooperation in this municipality may use it (instance-wide or the municipality's own). */
export async function usableModelName(
  db: Executor,
  modelId: string,
  municipalityId: string,
): Promise<ModelName | undefined> {
  const model = await findUsableModel(db, modelId, municipalityId);
  return model ? { id: model.id, nameDe: model.nameDe, nameEn: model.nameEn } : undefined;
}
