import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCharterFile } from '../charter/charterFile';
import type { Charter } from '../charter/Charter';
import { CharterMirror } from './charterMirror.svelte';

function signed(): Charter {
  const r = parseCharterFile(readFileSync('tests/fixtures/riverside-signed.json', 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

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
