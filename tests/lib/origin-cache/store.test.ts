import { describe, expect, it } from 'vitest';
import { ResponseStore } from '@/lib/origin-cache/store';

const limits = { maxEntries: 3, maxBytes: 100, maxFills: 2 };

describe('ResponseStore', () => {
  it('answers until freshUntil, then drops the entry', () => {
    const store = new ResponseStore<string>(limits);
    store.set('a', 'A', 10, 1000);
    expect(store.get('a', 999)).toBe('A');
    expect(store.get('a', 1000)).toBeUndefined();
    expect(store.size).toBe(0);
    expect(store.bytes).toBe(0);
    expect(store.get('b', 0)).toBeUndefined();
  });

  it('drops the oldest entries at the entry limit', () => {
    const store = new ResponseStore<string>(limits);
    for (const k of ['a', 'b', 'c', 'd']) store.set(k, k.toUpperCase(), 1, 1000);
    expect(store.size).toBe(3);
    expect(store.get('a', 0)).toBeUndefined();
    expect(['b', 'c', 'd'].map((k) => store.get(k, 0))).toEqual(['B', 'C', 'D']);
  });

  it('drops the oldest entries at the byte limit, and refuses a body larger than the limit', () => {
    const store = new ResponseStore<string>(limits);
    store.set('a', 'A', 40, 1000);
    store.set('b', 'B', 40, 1000);
    store.set('c', 'C', 40, 1000);
    expect(store.get('a', 0)).toBeUndefined();
    expect(store.bytes).toBe(80);
    expect(store.set('huge', 'H', 101, 1000)).toBe(false);
    expect(store.get('huge', 0)).toBeUndefined();
    expect(store.bytes).toBe(80);
  });

  it('replaces an entry under the same key and counts its bytes once', () => {
    const store = new ResponseStore<string>(limits);
    store.set('a', 'A1', 30, 1000);
    store.set('a', 'A2', 50, 2000);
    expect(store.get('a', 1500)).toBe('A2');
    expect(store.size).toBe(1);
    expect(store.bytes).toBe(50);
  });

  it('lets one fill per key run, a few at a time, and none for a fresh entry', () => {
    const store = new ResponseStore<string>(limits);
    expect(store.beginFill('a', 0)).toBe(true);
    expect(store.beginFill('a', 0)).toBe(false);
    expect(store.beginFill('b', 0)).toBe(true);
    expect(store.beginFill('c', 0)).toBe(false); // maxFills
    store.endFill('a');
    expect(store.beginFill('c', 0)).toBe(true);
    store.endFill('b');
    store.set('b', 'B', 1, 1000);
    expect(store.beginFill('b', 500)).toBe(false);
    expect(store.beginFill('b', 1000)).toBe(true); // stale: filled again
  });
});
