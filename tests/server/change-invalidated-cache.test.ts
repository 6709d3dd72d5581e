import { describe, expect, it } from 'vitest';
import { ChangeInvalidatedCache } from '../../server/storage/change-invalidated-cache';

/** A load the test finishes by hand, to hold a read in flight. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('ChangeInvalidatedCache', () => {
  it('keeps a loaded value and reads again once it is maxAgeMs old', async () => {
    const cache = new ChangeInvalidatedCache<string, string>({ maxAgeMs: 1000, maxEntries: 10 });
    let loads = 0;
    const load = async () => `v${++loads}`;
    expect(await cache.get('a', 0, load)).toBe('v1');
    expect(await cache.get('a', 999, load)).toBe('v1');
    expect(await cache.get('a', 1000, load)).toBe('v2');
    // A clock that went back reads again rather than trusting the entry.
    expect(await cache.get('a', 500, load)).toBe('v3');
  });

  it('does not keep undefined (nothing found is read again each time)', async () => {
    const cache = new ChangeInvalidatedCache<string, string>({ maxAgeMs: 1000, maxEntries: 10 });
    let loads = 0;
    const load = async () => {
      loads += 1;
      return undefined;
    };
    await cache.get('a', 0, load);
    await cache.get('a', 1, load);
    expect(loads).toBe(2);
  });

  it('clear and delete drop entries', async () => {
    const cache = new ChangeInvalidatedCache<string, number>({ maxAgeMs: Infinity, maxEntries: 10 });
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('a', 0, load);
    await cache.get('b', 0, load);
    cache.delete('a');
    expect(await cache.get('a', 0, load)).toBe(3);
    expect(await cache.get('b', 0, load)).toBe(2);
    cache.clear();
    expect(await cache.get('b', 0, load)).toBe(4);
  });

  it('a read in flight when a change is reported is returned but not kept', async () => {
    for (const change of ['clear', 'delete'] as const) {
      const cache = new ChangeInvalidatedCache<string, string>({ maxAgeMs: Infinity, maxEntries: 10 });
      const slow = deferred<string>();
      const inFlight = cache.get('a', 0, () => slow.promise);
      if (change === 'clear') cache.clear();
      else cache.delete('a');
      slow.resolve('before the change');
      expect(await inFlight).toBe('before the change');
      expect(await cache.get('a', 0, async () => 'after the change'), change).toBe('after the change');
    }
  });

  it('drops the oldest entry beyond maxEntries', async () => {
    const cache = new ChangeInvalidatedCache<string, string>({ maxAgeMs: Infinity, maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, 0, async () => `${key}1`);
    expect(await cache.get('b', 0, async () => 'b2')).toBe('b1');
    expect(await cache.get('c', 0, async () => 'c2')).toBe('c1');
    expect(await cache.get('a', 0, async () => 'a2')).toBe('a2');
  });
});
