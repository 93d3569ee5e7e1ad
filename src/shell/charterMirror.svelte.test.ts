import { fixtureCharter } from '../../tests/unit/fixtureCharter';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Charter } from '../charter/Charter';
import { CharterMirror } from './charterMirror.svelte';

const signed = (): Charter => fixtureCharter('riverside-signed.json');

describe('the mirror of the open charter', () => {
  it('sees no change when a charter is only opened, and one when something is typed', () => {
    const plain = signed();
    const live = $state(structuredClone(plain));
    let changes = 0;
    const mirror = new CharterMirror(plain, () => live, () => changes++);
    flushSync();
    expect(changes, 'opening is not a change').toBe(0);
    expect(mirror.snapshot()).toEqual(plain);
    live.expectations[0]!.what = 'Something new';
    flushSync();
    expect(changes).toBe(1);
    expect(mirror.snapshot().expectations[0]!.what).toBe('Something new');
    mirror.dispose();
  });
});

describe('the mirror started in slices (opening a large charter)', () => {
  const manyExpectations = (): Charter => {
    const c = signed();
    const first = c.expectations[0]!;
    c.expectations = Array.from({ length: 400 }, (_, i) => ({ ...structuredClone(first), id: `e${i}`, what: `Expectation ${i}` }));
    return c;
  };
  const tasks = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
  };
  /** A charter of 400 expectations opened with a mirror in slices; `changes` counts what it reports. */
  const opened = () => {
    const plain = manyExpectations();
    const live = $state(structuredClone(plain));
    const seen = { changes: 0 };
    const mirror = new CharterMirror(plain, () => live, () => seen.changes++, 'in slices');
    flushSync();
    const watched = () => vi.waitFor(() => expect(mirror.watching).toBe(true), { timeout: 5000, interval: 5 });
    return { plain, live, seen, mirror, watched };
  };

  it('holds the charter as it opened until each piece is watched, and is not all watched after one task', async () => {
    const { plain, live, seen, mirror, watched } = opened();
    expect(mirror.snapshot()).toEqual(plain);
    await tasks(1);
    expect(mirror.watching, 'four hundred watchers take more than one slice').toBe(false);
    await watched();
    expect(seen.changes, 'opening is not a change').toBe(0);
    expect(mirror.snapshot()).toEqual(plain);
    live.expectations[399]!.what = 'Typed at the end';
    flushSync();
    expect(seen.changes).toBe(1);
    expect(mirror.snapshot().expectations[399]!.what).toBe('Typed at the end');
    mirror.dispose();
  });

  it('reports a change made before the piece was watched, once it is', async () => {
    const { live, seen, mirror, watched } = opened();
    live.expectations[398]!.what = 'Typed before it was watched';
    live.district = 'Changed early too';
    flushSync();
    await watched();
    expect(seen.changes).toBe(2);
    expect(mirror.snapshot().expectations[398]!.what).toBe('Typed before it was watched');
    expect(mirror.snapshot().district).toBe('Changed early too');
    mirror.dispose();
  });

  it('follows a list that grows while its items are still being watched, and stops when disposed', async () => {
    const { plain, live, seen, mirror, watched } = opened();
    await tasks(1);
    live.expectations.push({ ...structuredClone(plain.expectations[0]!), id: 'added', what: 'Added while opening' });
    flushSync();
    expect(seen.changes).toBeGreaterThanOrEqual(1);
    expect(mirror.snapshot().expectations).toHaveLength(401);
    expect(mirror.snapshot().expectations[400]!.what).toBe('Added while opening');
    await watched();
    const before = seen.changes;
    live.expectations[3]!.what = 'Still watched';
    flushSync();
    expect(seen.changes).toBe(before + 1);
    expect(mirror.snapshot().expectations[3]!.what).toBe('Still watched');
    mirror.dispose();
    live.expectations[4]!.what = 'After leaving';
    flushSync();
    expect(seen.changes).toBe(before + 1);
  });
});
