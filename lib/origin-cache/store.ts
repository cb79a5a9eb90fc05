/**
 * The origin cache's bounded store: entries expire at their `freshUntil`, the oldest go first when
 * a limit is reached, and fills are single-flight (one per key, a few at a time).
 */

export interface StoreLimits {
  /** Entries at most (keys are paths × Accept-Encoding values). */
  maxEntries: number;
  /** Body bytes at most, all entries together; a larger single body is not stored. */
  maxBytes: number;
  /** Fills running at once at most. */
  maxFills: number;
}

/** The limits of the server's store: the API has a few dozen answers of at most tens of KB each. */
export const DEFAULT_LIMITS: StoreLimits = { maxEntries: 256, maxBytes: 32 * 1024 * 1024, maxFills: 4 };

interface Entry<T> {
  value: T;
  bytes: number;
  freshUntil: number;
}

export class ResponseStore<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly filling = new Set<string>();
  private totalBytes = 0;

  constructor(private readonly limits: StoreLimits = DEFAULT_LIMITS) {}

  /** Entries held, fresh or not yet noticed to be stale. */
  get size(): number {
    return this.entries.size;
  }

  /** Body bytes held. */
  get bytes(): number {
    return this.totalBytes;
  }

  /**
   * The fresh value stored under a key; a stale entry is dropped.
   * @param now ms since the epoch (Date.now())
   */
  get(key: string, now: number): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (now < entry.freshUntil) return entry.value;
    this.remove(key, entry);
    return undefined;
  }

  /**
   * Claims the fill of a key. False when a fresh value is stored, the key is being filled, or
   * `maxFills` fills are running: the caller then does nothing. Each true must be followed by
   * one `endFill`.
   */
  beginFill(key: string, now: number): boolean {
    if (this.filling.has(key) || this.filling.size >= this.limits.maxFills || this.get(key, now) !== undefined) return false;
    this.filling.add(key);
    return true;
  }

  endFill(key: string): void {
    this.filling.delete(key);
  }

  /**
   * Stores a value (replacing any under the key), dropping the oldest entries until it fits.
   * @param bytes the size it counts for (its body)
   * @param freshUntil ms since the epoch
   * @returns false when it is larger than `maxBytes` and was not stored
   */
  set(key: string, value: T, bytes: number, freshUntil: number): boolean {
    const existing = this.entries.get(key);
    if (existing !== undefined) this.remove(key, existing);
    if (bytes > this.limits.maxBytes) return false;
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size < this.limits.maxEntries && this.totalBytes + bytes <= this.limits.maxBytes) break;
      this.remove(oldKey, old);
    }
    this.entries.set(key, { value, bytes, freshUntil });
    this.totalBytes += bytes;
    return true;
  }

  private remove(key: string, entry: Entry<T>): void {
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }
}
