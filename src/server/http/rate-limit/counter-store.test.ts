import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryCounterStore } from './counter-store';
import { FailureCounter } from './failure-counter';

afterEach(() => {
  vi.useRealTimers();
});

describe('counters in this process', () => {
  it('count within a window and start again after it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const store = new MemoryCounterStore();
    expect(await store.increment('a', 1_000)).toEqual({ count: 1, ttlMs: 1_000 });
    vi.advanceTimersByTime(400);
    expect(await store.increment('a', 1_000)).toEqual({ count: 2, ttlMs: 600 });
    vi.advanceTimersByTime(600);
    expect(await store.read('a')).toEqual({ count: 0, ttlMs: 0 });
    expect(await store.increment('a', 1_000)).toEqual({ count: 1, ttlMs: 1_000 });
  });

  it('keep at most maxKeys, dropping the oldest, so made-up e-mail addresses cannot fill memory', async () => {
    const store = new MemoryCounterStore(100);
    for (let i = 0; i < 1_000; i++) await store.increment(`key-${i}`, 60_000);
    expect((await store.read('key-0')).count).toBe(0);
    expect((await store.read('key-999')).count).toBe(1);
    let kept = 0;
    for (let i = 0; i < 1_000; i++) if ((await store.read(`key-${i}`)).count > 0) kept++;
    expect(kept).toBeLessThanOrEqual(100);
  });

  it('a lock lasts the whole window from the failure that reached the limit', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const counter = new FailureCounter(new MemoryCounterStore(), 'lock', { attempts: 2, windowMs: 1_000 });
    await counter.recordFailure('x');
    vi.advanceTimersByTime(900);
    await counter.recordFailure('x');
    expect(await counter.lockedForMs('x')).toBe(1_000);
    vi.advanceTimersByTime(999);
    expect(await counter.lockedForMs('x')).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await counter.lockedForMs('x')).toBe(0);
  });
});
