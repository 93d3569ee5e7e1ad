import { fixtureCharter } from '../../tests/unit/fixtureCharter';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { Charter } from '../charter/Charter';
import TemplateLibrary from './TemplateLibrary.svelte';
import { templatesFor } from './templates';

const draft = (): Charter => fixtureCharter('riverside-draft.json');

describe('the template library', () => {
  it('opens on the agreed model and lists its templates, each with its source', () => {
    render(TemplateLibrary, { charter: draft(), onadded: () => {} });
    expect(screen.getByRole('button', { name: /^Model 1 ✓/ }).getAttribute('aria-pressed')).toBe('true');
    const list = screen.getByRole('list', { name: 'Templates for model 1' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(templatesFor(1).length);
    expect(within(list).getAllByText(/\((Education Northwest, 2017|Kaufman, Grimm & Miller, (Education Week, )?2012|MSU K-12 Outreach, n\.d\.|Same Playbook suggestion)\)/).length).toBe(
      templatesFor(1).length,
    );
  });

  it('adds a template in one press: owner, cadence, evidence and dates filled in', async () => {
    const charter = draft();
    const onadded = vi.fn();
    render(TemplateLibrary, { charter, onadded });
    await fireEvent.click(screen.getByRole('button', { name: /^Model 2/ }));
    const t = templatesFor(2)[0]!;
    const before = charter.expectations.length;
    await fireEvent.click(screen.getByRole('button', { name: `Add: ${t.what}` }));
    expect(charter.expectations).toHaveLength(before + 1);
    expect(charter.expectations[before]).toMatchObject({
      what: t.what,
      ownerRoleId: t.ownerRoleId,
      cadence: t.cadence,
      evidence: t.evidence,
      start: charter.supports.schoolYear.start,
    });
    expect(onadded).toHaveBeenCalledWith(`Added “${t.what}” as expectation ${before + 1}. Edit it below.`, before);
  });
});
