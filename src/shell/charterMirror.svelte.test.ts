import { fixtureCharter } from '../../tests/unit/fixtureCharter';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
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
