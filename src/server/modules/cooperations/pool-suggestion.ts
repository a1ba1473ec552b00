/**
 * The fair-share suggestion of a pool (issue 17 §6): the pool's hours over some centres, equal shares or
 * weighted by a need figure per district (the centres of a district share its weight), in steps of half an
 * hour. Largest remainders: every centre first gets its share rounded down to the step, then the steps left
 * go one each to the largest remainders, so the sum is the pool's hours rounded down to the step and never
 * above them.
 */

export const STEP = 0.5;

export interface SuggestionCentre {
  centreId: string;
  districtId: string | null;
}

/** Each centre's weight: 1 for equal shares; for need, its district's figure divided among its centres. */
export function weightsOf(
  centres: readonly SuggestionCentre[],
  method: 'equal' | 'need',
  needWeights: Record<string, number>,
): number[] {
  if (method === 'equal') return centres.map(() => 1);
  const perDistrict = new Map<string | null, number>();
  for (const c of centres) perDistrict.set(c.districtId, (perDistrict.get(c.districtId) ?? 0) + 1);
  return centres.map((c) => {
    const figure = c.districtId ? (needWeights[c.districtId] ?? 0) : 0;
    return figure / (perDistrict.get(c.districtId) ?? 1);
  });
}

/** Hours per centre, in the order given; all zero when no weight is above zero. */
export function fairShares(poolHours: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total <= 0 || weights.length === 0) return weights.map(() => 0);
  const steps = Math.floor(poolHours / STEP + 1e-9);
  const exact = weights.map((w) => (steps * w) / total);
  const base = exact.map((x) => Math.floor(x + 1e-9));
  let left = steps - base.reduce((sum, b) => sum + b, 0);
  const byRemainder = exact
    .map((x, i) => ({ i, remainder: x - (base[i] ?? 0) }))
    .filter(({ i }) => (weights[i] ?? 0) > 0)
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    base[i] = (base[i] ?? 0) + 1;
    left -= 1;
  }
  return base.map((b) => b * STEP);
}
