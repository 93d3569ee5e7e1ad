import { fixtureCharter } from '../../tests/unit/fixtureCharter';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import type { Charter } from '../charter/Charter';
import ReflectionCommitments from './ReflectionCommitments.svelte';

const draft = (): Charter => fixtureCharter('riverside-draft.json');

describe('carrying the reflection through', () => {
  it('cites the one Washington district the source describes, and claims no outcome for other districts', () => {
    const c = draft();
    c.reflection.earlierEfforts = 'The 2019 initiative changed every year.';
    render(ReflectionCommitments, { charter: c, onadded: () => {} });
    const hint = screen.getByText(/On Reflect the team wrote/);
    expect(hint.textContent).toMatch(/one large Washington district/);
    expect(hint.textContent).toMatch(/share leadership, responsibilities and accountability/);
    expect(hint.textContent).toMatch(/Education Northwest, 2017/);
    expect(hint.textContent).not.toMatch(/helped other districts start well/);
  });
});
