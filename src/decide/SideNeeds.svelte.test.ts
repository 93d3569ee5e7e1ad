import { fixtureCharter } from '../../tests/unit/fixtureCharter';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import type { Charter } from '../charter/Charter';
import { parkDecision } from '../charter/positionsAndDecisions';
import SideNeeds from './SideNeeds.svelte';

const draft = (): Charter => fixtureCharter('riverside-draft.json');

describe('what each side needs from the other', () => {
  it('asks the question with its source, and records each side’s needs on the decision', async () => {
    const c = draft();
    const f = c.focusAreas[0]!;
    render(SideNeeds, { charter: c, focusArea: f, index: 0 });
    expect(screen.getByRole('heading', { name: 'What does each side need from the other for this model to work?' })).toBeTruthy();
    expect(screen.getByText(/Education Northwest, 2017/)).toBeTruthy();
    await fireEvent.input(screen.getByLabelText(/^Schools need from the district/), { target: { value: 'Screening data in week two.' } });
    await fireEvent.input(screen.getByLabelText(/^The district needs from schools/), { target: { value: 'Monthly notes.' } });
    const d = c.decisions.find((x) => x.focusAreaId === f.id)!;
    expect(d.needsFromDistrict).toBe('Screening data in week two.');
    expect(d.needsFromSchools).toBe('Monthly notes.');
  });

  it('waits until a model is agreed, unless something is already written', () => {
    const c = draft();
    const open = c.focusAreas.find((f) => !c.decisions.some((d) => d.focusAreaId === f.id && d.model))!;
    const { unmount } = render(SideNeeds, { charter: c, focusArea: open, index: 1 });
    expect(screen.queryByRole('heading', { name: /each side need/ })).toBeNull();
    unmount();
    const existing = c.decisions.find((d) => d.focusAreaId === open.id);
    if (existing) existing.needsFromDistrict = 'Coaching days.';
    else c.decisions.push({ ...c.decisions[0]!, focusAreaId: open.id, model: null, parked: false, needsFromDistrict: 'Coaching days.', needsFromSchools: '' });
    render(SideNeeds, { charter: c, focusArea: open, index: 1 });
    expect(screen.getByLabelText(/^Schools need from the district/)).toHaveProperty('value', 'Coaching days.');
  });

  it('stays out of the way while the decision is parked', () => {
    const c = draft();
    parkDecision(c, c.focusAreas[0]!.id);
    render(SideNeeds, { charter: c, focusArea: c.focusAreas[0]!, index: 0 });
    expect(screen.queryByRole('heading', { name: /each side need/ })).toBeNull();
  });
});
