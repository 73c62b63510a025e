import { describe, expect, it } from 'vitest';
import { bundlesToRemove } from '../../pipeline/build/bundles.mjs';

const HOUR = 3600_000;
const now = 100 * HOUR;

describe('bundlesToRemove: the cached bundles of other code versions the launcher deletes', () => {
  it('keeps the most recently used few and removes the older ones', () => {
    const others = [
      { name: 'a', usedMs: now - 10 * HOUR },
      { name: 'b', usedMs: now - 20 * HOUR },
      { name: 'c', usedMs: now - 30 * HOUR },
      { name: 'd', usedMs: now - 40 * HOUR },
    ];
    expect(bundlesToRemove(others, now, 2, HOUR)).toEqual(['c', 'd']);
  });
  it('never removes a bundle started within the in-use window, whatever its rank', () => {
    const others = [
      { name: 'a', usedMs: now - 1000 },
      { name: 'b', usedMs: now - 2000 },
      { name: 'c', usedMs: now - 3000 },
      { name: 'd', usedMs: now - 2 * HOUR },
    ];
    expect(bundlesToRemove(others, now, 1, HOUR)).toEqual(['d']);
  });
  it('orders bundles used at the same time by name, so the choice does not depend on the listing', () => {
    const others = [
      { name: 'z', usedMs: 0 },
      { name: 'm', usedMs: 0 },
      { name: 'a', usedMs: 0 },
    ];
    expect(bundlesToRemove(others, now, 1, HOUR)).toEqual(['m', 'z']);
  });
});
