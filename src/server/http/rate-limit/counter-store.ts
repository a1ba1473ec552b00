/** A fixed-window counter: how often something happened under a key, and how long the window still runs. */
export interface Count {
  count: number;
  ttlMs: number;
}

/** Where attempt counters live: this process, or Redis so that every app server sees the same counts. */
export interface CounterStore {
  /** Counts one more under the key; the first count opens a window of `windowMs`. */
  increment(key: string, windowMs: number): Promise<Count>;
  /** The current count without changing it (0 when there is none). */
  read(key: string): Promise<Count>;
  /** Lets the key's window end `ms` from now (a lock that starts at the last failure). */
  expireIn(key: string, ms: number): Promise<void>;
  delete(key: string): Promise<void>;
}

const NONE: Count = { count: 0, ttlMs: 0 };

/** Counters in this process; the oldest are dropped beyond `maxKeys`, so made-up keys cannot fill memory. */
export class MemoryCounterStore implements CounterStore {
  private readonly entries = new Map<string, { count: number; expiresAt: number }>();

  constructor(private readonly maxKeys = 100_000) {}

  async increment(key: string, windowMs: number): Promise<Count> {
    const now = Date.now();
    let entry = this.live(key, now);
    if (!entry) {
      entry = { count: 0, expiresAt: now + windowMs };
      this.entries.set(key, entry);
      if (this.entries.size > this.maxKeys) this.evict(now);
    }
    entry.count += 1;
    return { count: entry.count, ttlMs: entry.expiresAt - now };
  }

  async read(key: string): Promise<Count> {
    const now = Date.now();
    const entry = this.live(key, now);
    return entry ? { count: entry.count, ttlMs: entry.expiresAt - now } : NONE;
  }

  async expireIn(key: string, ms: number): Promise<void> {
    const entry = this.live(key, Date.now());
    if (entry) entry.expiresAt = Date.now() + ms;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  private live(key: string, now: number) {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Drops expired keys, then the oldest tenth: a sweep now and then instead of one per request. */
  private evict(now: number) {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    let excess = this.entries.size - Math.floor(this.maxKeys * 0.9);
    for (const key of this.entries.keys()) {
      if (excess-- <= 0) break;
      this.entries.delete(key);
    }
  }
}
