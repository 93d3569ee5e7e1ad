/**
 * The save queue on its own, without Svelte or a database: fake timers, and a
 * drafts module that records what it is asked to write.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Charter } from '../charter/Charter';

const saveDraft = vi.fn();
vi.mock('./drafts', () => ({ saveDraft: (...args: unknown[]) => saveDraft(...args), loadDraft: vi.fn() }));
vi.mock('./rescue', () => ({ rescueNow: vi.fn(() => true), clearRescue: vi.fn(async () => {}) }));

const { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, RETRY_MS, SaveQueue } = await import('./saveQueue');

const draft = () => JSON.parse(readFileSync('tests/fixtures/riverside-draft.json', 'utf8')) as Charter;

function queue(start = draft()) {
  let shown = start;
  const statuses: string[] = [];
  const q = new SaveQueue(
    start,
    { current: () => shown, take: (c) => (shown = c), status: (s) => statuses.push(s), sync: () => {} },
    { editCount: 1, watch: false },
  );
  return {
    q,
    statuses,
    type(change: (c: Charter) => void) {
      shown = structuredClone(shown);
      change(shown);
      q.changed();
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  saveDraft.mockReset();
  saveDraft.mockImplementation(async (mine: Charter) => ({ kind: 'saved', charter: mine, editCount: 2 }));
});
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('waits for a pause in typing', async () => {
    const { type } = queue();
    type((c) => (c.title = 'A'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(saveDraft).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(saveDraft).toHaveBeenCalledTimes(1);
    expect(saveDraft.mock.calls[0]![0].title).toBe('A');
  });

  it('saves during continuous typing, not only after a pause', async () => {
    const { type } = queue();
    for (let t = 0; t < AUTOSAVE_MAX_WAIT_MS; t += 60) {
      type((c) => (c.title += 'x'));
      await vi.advanceTimersByTimeAsync(60);
    }
    expect(saveDraft).toHaveBeenCalledTimes(1);
  });

  it('saves nothing when what is shown did not change (a change signal with no change)', async () => {
    const { q, statuses } = queue();
    q.changed();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saveDraft).not.toHaveBeenCalled();
    expect(statuses.at(-1)).toBe('saved');
  });

  it('tries again by itself when storage frees, without waiting for a keystroke', async () => {
    saveDraft.mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const { type, statuses } = queue();
    type((c) => (c.title = 'Typed when the disk was full'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(statuses.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(saveDraft).toHaveBeenCalledTimes(2);
    expect(saveDraft.mock.calls[1]![0].title).toBe('Typed when the disk was full');
    expect(statuses.at(-1)).toBe('saved');
  });
});
