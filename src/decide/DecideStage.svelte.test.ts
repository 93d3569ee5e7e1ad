import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import DecideStage from './DecideStage.svelte';
import { CharterSession } from '../shell/CharterSession.svelte';
import { newCharter, newFocusArea, newTeamMember, type Charter } from '../charter/Charter';
import { decisionProblems } from '../charter/completeness';

let session: CharterSession | null = null;
afterEach(() => session?.dispose());

function charter(): Charter {
  const c = newCharter();
  c.district = 'Riverside';
  c.title = 'Retreat';
  c.team = ['Ana', 'Ben', 'Chloé'].map((name) => newTeamMember({ name }));
  const reading = newFocusArea('Elementary reading');
  reading.revealed = true;
  c.focusAreas = [reading, newFocusArea('Family engagement')];
  c.positions = c.team.map((m, i) => ({ focusAreaId: reading.id, memberId: m.id, now: i < 2 ? 2 : 3, shouldBe: 1 }));
  c.reflection.rootCauses = 'Reading is taught differently in every building.';
  return c;
}

describe('Decide', { timeout: 15_000 }, () => {
  it('spells out the shift from today’s model to the agreed one', async () => {
    session = new CharterSession(charter(), 'decide');
    render(DecideStage, { props: { session } });
    const reading = screen.getByRole('region', { name: 'Elementary reading' });
    expect(reading.textContent).toContain('The room’s views: Today: 2 see model 2, 1 model 3. Should be: all 3 want model 1.');
    await fireEvent.click(within(within(reading).getByRole('group', { name: 'Agreed model' })).getByRole('radio', { name: /^Model 1\b/ }));
    const shift = within(reading).getByRole('region', { name: 'The shift for Elementary reading' });
    expect(shift.textContent).toContain('From model 2 to model 1');
    expect(within(shift).getByRole('heading', { name: 'The district' })).toBeTruthy();
    expect(within(shift).getByRole('heading', { name: 'Schools' })).toBeTruthy();
    // Choosing another "today" changes the shift; choosing the agreed model itself means no shift.
    await fireEvent.click(within(within(reading).getByRole('group', { name: 'Where we operate today' })).getByRole('radio', { name: 'Model 3' }));
    expect(within(reading).getByRole('region', { name: /The shift/ }).textContent).toContain('From model 3 to model 1');
    await fireEvent.click(within(within(reading).getByRole('group', { name: 'Where we operate today' })).getByRole('radio', { name: 'Model 1' }));
    expect(within(reading).queryByRole('region', { name: /The shift/ })).toBeNull();
    expect(reading.textContent).toContain('No change of model');
  });

  it('fills “where we operate today” from the room’s most common view, says so, and lets it be changed', async () => {
    session = new CharterSession(charter(), 'decide');
    render(DecideStage, { props: { session } });
    const reading = screen.getByRole('region', { name: 'Elementary reading' });
    const today = within(reading).getByRole('group', { name: 'Where we operate today' });
    // Two of three see model 2: most, not all.
    expect((within(today).getByRole('radio', { name: 'Model 2' }) as HTMLInputElement).checked).toBe(true);
    expect(today.textContent).toContain('Filled in from the room’s most common view (2 of 3)');
    await fireEvent.click(within(today).getByRole('radio', { name: 'Model 3' }));
    expect(session.charter.decisions.find((d) => d.focusAreaId === session!.charter.focusAreas[0].id)?.operatesNow).toBe(3);
    expect(today.textContent).not.toContain('Filled in from the room’s');
    // No views, nothing filled.
    const family = screen.getByRole('region', { name: 'Family engagement' });
    expect(within(family).queryAllByRole('radio', { checked: true })).toHaveLength(0);
  });

  it('offers the reflection’s root causes as evidence', async () => {
    session = new CharterSession(charter(), 'decide');
    render(DecideStage, { props: { session } });
    const reading = screen.getByRole('region', { name: 'Elementary reading' });
    await fireEvent.click(within(reading).getByRole('button', { name: /Add “Root causes”/ }));
    expect((within(reading).getByLabelText('The evidence it rests on') as HTMLTextAreaElement).value).toBe(
      'Root causes: Reading is taught differently in every building.',
    );
  });

  it('parks a disagreement, which needs a note saying what is parked', async () => {
    session = new CharterSession(charter(), 'decide');
    render(DecideStage, { props: { session } });
    const family = screen.getByRole('region', { name: 'Family engagement' });
    expect(family.textContent).toContain('none recorded on Take positions');
    await fireEvent.click(within(family).getByRole('radio', { name: /^Not agreed yet/ }));
    const note = within(family).getByLabelText('What is parked, and when will you come back to it?');
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(note.getAttribute('aria-describedby')!)!.textContent).toMatch(/Required/);
    await fireEvent.input(note, { target: { value: 'Model 1 or 3: we decide in January.' } });
    expect(note.getAttribute('aria-invalid')).toBe('false');
    expect(decisionProblems(session.charter).map((i) => i.message)).toEqual(['Agree a model for “Elementary reading”.']);
    expect(within(family).queryByLabelText('Why this model')).toBeNull();
  });
});
