import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ModelsStage from './ModelsStage.svelte';

describe('Explore the models', () => {
  it('lays the four models out as the 2×2: 1 and 2 on the district-priorities row, 4 and 3 below', () => {
    const { container } = render(ModelsStage);
    const order = [...container.querySelectorAll('[data-model]')].map((el) => el.getAttribute('data-model'));
    expect(order).toEqual(['1', '2', '4', '3']);
    expect(screen.getByText('District sets priorities')).toBeTruthy();
    expect(screen.getByText('School controls actions')).toBeTruthy();
  });

  it('shows the chosen model in plain language, with what holds in every model and the source', async () => {
    render(ModelsStage);
    expect(screen.getByRole('heading', { name: /Model 1: District sets priorities and controls actions/ })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /Model 3/ }));
    expect(screen.getByRole('heading', { name: /Model 3: School sets priorities and controls actions/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Model 3/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/professional development/)).toBeTruthy();
    expect(screen.getByText(/Education Northwest, 2017/)).toBeTruthy();
  });
});
