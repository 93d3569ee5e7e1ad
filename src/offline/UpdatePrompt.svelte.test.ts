import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Options = { onNeedRefresh?: () => void; onOfflineReady?: () => void };
const sw = vi.hoisted(() => ({ options: null as Options | null, update: vi.fn(async () => {}) }));

vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: Options) => {
    sw.options = options;
    return sw.update;
  },
}));

const { offline } = await import('./offline.svelte');
const { default: UpdatePrompt } = await import('./UpdatePrompt.svelte');

/** navigator.serviceWorker: no controller until the worker claims the page. */
class FakeContainer extends EventTarget {
  controller: object | null = null;
}

describe('a new version of the app', () => {
  beforeEach(() => {
    Object.defineProperty(navigator, 'serviceWorker', { value: new FakeContainer(), configurable: true });
    sw.update.mockClear();
    offline.start();
  });

  it('is announced and waits until the user chooses it', async () => {
    render(UpdatePrompt);
    expect(screen.queryByText(/A new version/)).toBeNull();

    sw.options!.onOfflineReady!();
    flushSync();
    expect(screen.queryByText(/ready to work offline/), 'not before the worker controls the page').toBeNull();
    const container = navigator.serviceWorker as unknown as FakeContainer;
    container.controller = {};
    container.dispatchEvent(new Event('controllerchange'));
    flushSync();
    expect(screen.getByRole('status').textContent).toMatch(/ready to work offline/);

    sw.options!.onNeedRefresh!();
    flushSync();
    expect(screen.getByText('A new version of Same Playbook is ready.')).toBeTruthy();
    expect(sw.update, 'nothing is switched in by itself').not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText(/A new version/)).toBeNull();
    expect(sw.update).not.toHaveBeenCalled();

    // Announced again when another update arrives; this time the user takes it.
    sw.options!.onNeedRefresh!();
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: 'Update now' }));
    await vi.waitFor(() => expect(sw.update).toHaveBeenCalledWith(true));
  });
});

describe('switching to the new version', () => {
  it('waits for the autosave to finish first', async () => {
    const { waitForSaved } = await import('./offline.svelte');
    document.body.innerHTML = '<div data-save-status="saving"></div>';
    let done = false;
    const waiting = waitForSaved(2000).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 250));
    expect(done).toBe(false);
    document.querySelector<HTMLElement>('[data-save-status]')!.dataset.saveStatus = 'saved';
    await waiting;
    expect(done).toBe(true);
  });
});
