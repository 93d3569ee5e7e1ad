import { fireEvent, render, screen } from '@testing-library/svelte';

import { describe, expect, it, vi } from 'vitest';
import type { CharterSession } from './CharterSession.svelte';
import StageView from './StageView.svelte';
import { loadStage } from './stageLoader.svelte';
import { tick } from 'svelte';

// The Reflect step's code: missing the first time (as if the network dropped before it was cached), there the next.
const reflect = vi.hoisted(() => ({ fails: true, calls: 0 }));
vi.mock('../reflect/ReflectStage.svelte', async () => {
  reflect.calls++;
  if (reflect.fails) throw new Error('Failed to fetch dynamically imported module');
  return { default: (await import('./LogoMark.svelte')).default };
});

vi.mock('../models/ModelsStage.svelte', async () => ({ default: (await import('./LogoMark.svelte')).default }));

describe('a stage whose code loads when it is first shown', () => {
  it('says so when the code cannot be loaded, loses nothing, and tries again when asked', async () => {
    const session = { stage: 'reflect', readOnly: false } as unknown as CharterSession;
    const { container } = render(StageView, { props: { session } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This step could not be loaded');
    expect(alert.textContent).toContain('Nothing in the charter is lost');
    // Another step's code arriving (as they do while the page is idle) does not make this one try again.
    await loadStage('models');
    await tick();
    expect(reflect.calls).toBe(1);
    expect(screen.getByRole('alert')).toBe(alert);
    reflect.fails = false;
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(reflect.calls).toBe(2));
    // The stand-in for the step (the logo) is drawn in its place.
    await vi.waitFor(() => expect(container.querySelector('.stage-fields .logo')).not.toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
