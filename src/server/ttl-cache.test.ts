import { afterEach, describe, expect, it, vi } from 'vitest';
import { TtlCache } from './ttl-cache';

afterEach(() => {
  vi.useRealTimers();
});

describe('TtlCache', () => {
  it('forgets entries after the TTL or their own expiry, whichever is first', () => {
    vi.useFakeTimers();
    const cache = new TtlCache<string, number>(1_000);
    cache.set('a', 1);
    cache.set('b', 2, Date.now() + 100);
    vi.advanceTimersByTime(500);
    expect([cache.get('a'), cache.get('b')]).toEqual([1, undefined]);
    vi.advanceTimersByTime(600);
    expect(cache.get('a')).toBeUndefined();
  });

  it('loads once and does not cache a missing value', async () => {
    const cache = new TtlCache<string, string>(60_000);
    const load = vi.fn(async () => 'wert');
    expect(await cache.getOrLoad('k', load)).toBe('wert');
    expect(await cache.getOrLoad('k', load)).toBe('wert');
    expect(load).toHaveBeenCalledTimes(1);
    const missing = vi.fn(async () => undefined);
    await cache.getOrLoad('x', missing);
    await cache.getOrLoad('x', missing);
    expect(missing).toHaveBeenCalledTimes(2);
  });

  it('stays bounded', () => {
    const cache = new TtlCache<number, number>(60_000, 3);
    for (let i = 0; i < 10; i++) cache.set(i, i);
    expect(cache.get(9)).toBe(9);
    expect(cache.get(0)).toBeUndefined();
  });
});
