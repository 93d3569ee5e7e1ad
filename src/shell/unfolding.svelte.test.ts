import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Unfolding } from './unfolding.svelte';

describe('a stage drawn a piece at a time', () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    stop = null;
  });

  function unfold(total: () => number, first: number): Unfolding {
    let u!: Unfolding;
    stop = $effect.root(() => {
      u = new Unfolding(total, first);
    });
    flushSync();
    return u;
  }

  it('draws the first pieces at once and the rest in later tasks, until all are drawn', async () => {
    const u = unfold(() => 30, 2);
    expect(u.upTo(28)).toBe(2);
    expect(u.has(1)).toBe(true);
    expect(u.has(2)).toBe(false);
    expect(u.done).toBe(false);
    await vi.waitFor(() => expect(u.done).toBe(true));
    expect(u.upTo(28)).toBe(28);
    expect(u.has(29)).toBe(true);
  });

  it('draws a small stage whole at once', () => {
    const u = unfold(() => 2, 3);
    expect(u.done).toBe(true);
    expect(u.upTo(2)).toBe(2);
  });

  it('draws everything at once when asked (a jump or a focus move further down)', () => {
    const u = unfold(() => 500, 1);
    expect(u.has(499)).toBe(false);
    u.showAll();
    expect(u.has(499)).toBe(true);
    expect(u.upTo(480)).toBe(480);
  });

  it('gives the page back between slices: a slice stops once it has run past its budget', async () => {
    // Each piece takes 3 ms to draw, so a slice (a budget of a few milliseconds) holds at most two.
    const perSlice: number[] = [];
    let inSlice = false;
    let u!: Unfolding;
    stop = $effect.root(() => {
      u = new Unfolding(() => 24, 0);
      let seen = 0;
      $effect(() => {
        const now = u.upTo(24);
        for (; seen < now; seen++) {
          if (!inSlice) {
            perSlice.push(0);
            inSlice = true;
            queueMicrotask(() => (inSlice = false));
          }
          perSlice[perSlice.length - 1]! += 1;
          const until = performance.now() + 3;
          while (performance.now() < until);
        }
      });
    });
    flushSync();
    await vi.waitFor(() => expect(u.done).toBe(true));
    expect(perSlice.reduce((a, b) => a + b, 0)).toBe(24);
    expect(Math.max(...perSlice)).toBeLessThanOrEqual(2);
    expect(perSlice.length).toBeGreaterThanOrEqual(12);
  });
});
