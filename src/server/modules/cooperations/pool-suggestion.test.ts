import { describe, expect, it } from 'vitest';
import { fairShares, weightsOf } from './pool-suggestion';

const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);

describe('fair shares of a pool', () => {
  it('equal shares in half hours: the rounding remainder goes to the first centres, never above the pool', () => {
    expect(fairShares(40, [1, 1, 1])).toEqual([13.5, 13.5, 13]);
    expect(fairShares(10, [1, 1, 1, 1, 1, 1, 1])).toEqual([1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1]);
    expect(fairShares(40.3, [1, 1])).toEqual([20, 20]);
  });

  it('never exceeds the pool, whatever the weights', () => {
    for (const hours of [0.5, 1, 7.5, 13.3, 40, 99.9, 744]) {
      for (const weights of [[1], [3, 1], [1, 2, 3, 4, 5], [0.1, 1000, 7], [5, 0, 5]]) {
        const shares = fairShares(hours, weights);
        expect(sum(shares)).toBeLessThanOrEqual(hours);
        expect(sum(shares)).toBeGreaterThan(hours - 0.5);
        for (const s of shares) expect(Number.isInteger(s * 2)).toBe(true);
      }
    }
  });

  it('a centre without weight gets nothing; no weight at all gives nothing', () => {
    expect(fairShares(10, [1, 0, 1])).toEqual([5, 0, 5]);
    expect(fairShares(10, [0, 0])).toEqual([0, 0]);
    expect(fairShares(10, [])).toEqual([]);
  });

  it('need: the centres of a district share its figure', () => {
    const centres = [
      { centreId: 'a', districtId: 'nord' },
      { centreId: 'b', districtId: 'nord' },
      { centreId: 'c', districtId: 'ost' },
      { centreId: 'd', districtId: null },
    ];
    expect(weightsOf(centres, 'need', { nord: 300, ost: 100 })).toEqual([150, 150, 100, 0]);
    expect(weightsOf(centres, 'equal', {})).toEqual([1, 1, 1, 1]);
    expect(fairShares(40, weightsOf(centres, 'need', { nord: 300, ost: 100 }))).toEqual([15, 15, 10, 0]);
  });
});
