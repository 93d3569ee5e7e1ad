import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import ModelsStage from './ModelsStage.svelte';

describe('Explore the models', () => {
  it('lays the four models out as the 2×2: 1 and 2 on the district-priorities row, 4 and 3 below', () => {
    const { container } = render(ModelsStage);
    const order = [...container.querySelectorAll('[data-model]')].map((el) => el.getAttribute('data-model'));
    expect(order).toEqual(['1', '2', '4', '3']);
    expect(screen.getByText('District sets priorities')).toBeTruthy();
    expect(screen.getByText('School controls actions')).toBeTruthy();
  });

  it('shows the chosen model in plain language: looks like, fits, asks of each side, risks, a worked example', async () => {
    render(ModelsStage);
    expect(screen.getByRole('heading', { name: /Model 1: District sets priorities and controls actions/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Worked example: A large district in Idaho' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /Model 2/ }));
    expect(screen.getByRole('heading', { name: 'Worked example: A small district in Washington state' })).toBeTruthy();
    for (const h of ['What it looks like', 'When it fits', 'What it asks of the district', 'What it asks of schools', 'Risks to watch']) {
      expect(screen.getByRole('heading', { name: h })).toBeTruthy();
    }
    await fireEvent.click(screen.getByRole('button', { name: /Model 3/ }));
    expect(screen.getByRole('heading', { name: /Model 3: School sets priorities and controls actions/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Model 3/ }).getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(screen.getByRole('button', { name: /Model 4/ }));
    expect(screen.getByText('Our own illustration, not taken from the source.')).toBeTruthy();
  });

  it('states what holds in every model once, with the source', () => {
    render(ModelsStage);
    const constants = screen.getByRole('region', { name: 'True in every model' });
    expect(within(constants).getByText(/resources the work needs, such as professional development/)).toBeTruthy();
    expect(screen.getAllByText(/trust/i).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Education Northwest, 2017/).length).toBeGreaterThan(0);
  });

  it('shows exactly the two things the source says hold in every model, and the three takeaways each with its example', () => {
    render(ModelsStage);
    const constants = screen.getByRole('region', { name: 'True in every model' });
    expect(within(constants).getAllByRole('listitem')).toHaveLength(2);
    const takeaways = screen.getByRole('region', { name: 'Three takeaways for district leaders' });
    const items = within(takeaways).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items.map((li) => li.querySelector('summary')?.textContent)).toEqual([
      'Example: A small district in Washington state',
      'Example: A large district in Idaho',
      'Example: A large district in Washington state',
    ]);
    expect(screen.getByRole('link', { name: 'All sources' }).getAttribute('href')).toBe('#/sources');
  });

  it('moves between models with the arrow keys, like the grid it is', async () => {
    render(ModelsStage);
    const one = screen.getByRole('button', { name: /Model 1/ });
    one.focus();
    await fireEvent.keyDown(one, { key: 'ArrowRight' });
    expect(screen.getByRole('heading', { name: /Model 2: / })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Model 2/ }));
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(screen.getByRole('heading', { name: /Model 3: / })).toBeTruthy();
  });
});
