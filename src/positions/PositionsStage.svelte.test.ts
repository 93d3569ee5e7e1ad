import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import PositionsStage from './PositionsStage.svelte';
import { CharterSession } from '../shell/CharterSession.svelte';
import { newCharter, newFocusArea, newTeamMember, type Charter } from '../charter/Charter';

let session: CharterSession | null = null;
afterEach(() => session?.dispose());

function retreat(): Charter {
  const c = newCharter();
  c.district = 'Riverside';
  c.title = 'Retreat';
  c.team = ['José Ñúñez', 'Nguyễn Thị Minh', 'Zoë Łukasiewicz'].map((name, i) =>
    newTeamMember({ name, side: i % 2 ? 'school' : 'district' }),
  );
  c.focusAreas = [newFocusArea('Elementary reading', 'Elementary schools only'), newFocusArea('Secondary mathematics')];
  return c;
}

const cell = (name: string) => screen.getByRole('gridcell', { name: new RegExp(`^${name}`) });
const press = async (key: string) => {
  await fireEvent.keyDown(document.activeElement!, { key });
  await tick();
};

describe('Take positions', { timeout: 15_000 }, () => {
  it('records a room’s views from the keyboard, hidden until the reveal', async () => {
    session = new CharterSession(retreat(), 'positions');
    render(PositionsStage, { props: { session } });
    expect(screen.getByText(/Applies to: Elementary schools only/)).toBeTruthy();
    expect(screen.getByText(/0 of 3 have given both views/)).toBeTruthy();

    cell('José Ñúñez, now').focus();
    for (const k of ['2', '1', '2', '1', '2', '3']) await press(k);

    // Recorded, but nothing shown: no model numbers, no dots, no summary.
    expect(screen.getAllByRole('gridcell', { name: /recorded, hidden/ })).toHaveLength(6);
    expect(screen.queryAllByRole('gridcell', { name: /model \d/ })).toHaveLength(0);
    expect(document.querySelectorAll('.dot')).toHaveLength(0);
    expect(screen.getByText(/3 of 3 have given both views/)).toBeTruthy();
    expect(screen.getByRole('tab', { name: /Elementary reading/ }).textContent).toContain('3/3');

    await fireEvent.click(screen.getByRole('button', { name: 'Reveal the views' }));
    expect(screen.getByText('Today: all 3 see model 2.')).toBeTruthy();
    expect(screen.getByText('Should be: 2 want model 1, 1 model 3.')).toBeTruthy();
    expect(screen.getByRole('gridcell', { name: 'Zoë Łukasiewicz, should be: model 3' })).toBeTruthy();
    expect(document.querySelectorAll('.dot')).toHaveLength(6);
    const model2 = screen.getByRole('group', { name: /^Model 2: / });
    expect(model2.getAttribute('aria-label')).toContain('Now: José Ñúñez, Nguyễn Thị Minh, Zoë Łukasiewicz.');
    expect(within(model2).getByText('JÑ')).toBeTruthy();
    expect(session.charter.focusAreas[0].revealed).toBe(true);
    expect(session.charter.positions).toHaveLength(3);
  });

  it('shows names on demand, and each focus area starts hidden', async () => {
    const c = retreat();
    c.focusAreas[0].revealed = true;
    c.positions = c.team.map((m) => ({ focusAreaId: c.focusAreas[0].id, memberId: m.id, now: 3, shouldBe: 3 }));
    session = new CharterSession(c, 'positions');
    render(PositionsStage, { props: { session } });
    expect(screen.getByText('Today: all 3 see model 3.')).toBeTruthy();
    expect(screen.getByText('Should be: all 3 want model 3.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Show names' }));
    expect(within(screen.getByRole('group', { name: /^Model 3: / })).getAllByText('Zoë')).toHaveLength(2);

    await fireEvent.click(screen.getByRole('tab', { name: /Secondary mathematics/ }));
    expect(screen.getByRole('button', { name: 'Reveal the views' })).toBeTruthy();
    expect(document.querySelectorAll('.dot')).toHaveLength(0);
  });

  it('moves between focus areas with the arrow keys, like tabs', async () => {
    session = new CharterSession(retreat(), 'positions');
    render(PositionsStage, { props: { session } });
    const first = screen.getByRole('tab', { name: /Elementary reading/ });
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowRight' });
    await tick();
    const second = screen.getByRole('tab', { name: /Secondary mathematics/ });
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(second);
  });
});
