/**
 * A small in-process cache whose entries expire. App servers are stateless, so anything kept here must
 * be safe to be a little out of date on another server (each use says how much).
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > Date.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps the value until `expiresAt` or the cache's TTL, whichever comes first. */
  set(key: K, value: V, expiresAt = Number.POSITIVE_INFINITY): void {
    // Bounded memory: dropping everything is crude but cheap, and only costs a refill.
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { value, expiresAt: Math.min(Date.now() + this.ttlMs, expiresAt) });
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** The cached value, or `load()`'s result, which is then cached (undefined results are not). */
  async getOrLoad(key: K, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    const value = await load();
    if (value !== undefined) this.set(key, value);
    return value;
  }
}

/**
 * One cache per database handle (e.g. of reference data such as postcode positions): tests run many databases
 * in one process, and one's rows must never answer for another's.
 */
export function cachePerDatabase<K, V>(ttlMs: number, maxEntries?: number): (db: object) => TtlCache<K, V> {
  const caches = new WeakMap<object, TtlCache<K, V>>();
  return (db) => {
    let cache = caches.get(db);
    if (!cache) {
      cache = new TtlCache<K, V>(ttlMs, maxEntries);
      caches.set(db, cache);
    }
    return cache;
  };
}
