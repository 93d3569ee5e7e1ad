import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { parseCharterFile } from '../charter/charterFile';
import type { Charter } from '../charter/Charter';
import { setHolders } from '../charter/DecisionRight';
import RightsMatrix from './RightsMatrix.svelte';

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(`tests/fixtures/${name}.json`, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

describe('the decision-rights matrix', () => {
  const charter = fixture('riverside-signed');
  const reading = charter.focusAreas[0]!;

  it('has a row per area of decisions and a column per role, custom roles included', () => {
    render(RightsMatrix, { charter, focusAreaId: reading.id, focusAreaName: reading.name });
    const table = screen.getByRole('table', { name: 'Decision rights for Elementary reading: who holds what in each area' });
    const names = within(table)
      .getAllByRole('columnheader')
      .map((h) => (h.querySelector('.visually-hidden')?.textContent ?? h.textContent ?? '').replace(/\u00ad/g, '').replace(/, (held by .*|no holder)$/, ''));
    expect(names).toEqual(['Area of decisions', ...charter.roles.map((r) => r.name)]);
    expect(names).toContain('Instructional coaches');
    // Each column says who on the team holds the role.
    const superintendent = within(table).getAllByRole('columnheader')[1]!;
    expect(superintendent.querySelector('.who')?.textContent).toContain('José Ñúñez');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 9);
  });

  it('spells out each cell for screen readers, and shows the letters on screen', () => {
    const { container } = render(RightsMatrix, { charter, focusAreaId: reading.id, focusAreaName: reading.name });
    const row = screen.getByRole('row', { name: /^Curriculum and materials/ });
    const cells = within(row).getAllByRole('cell');
    // Model 1: the superintendent sets the priorities, the central office decides, principals and teacher teams are consulted.
    const parts = Object.fromEntries(charter.roles.map((r, i) => [r.name, cells[i]!.querySelector('.visually-hidden')?.textContent]));
    expect(parts).toMatchObject({
      Superintendent: 'Sets priorities',
      'Central office': 'Decides actions',
      Principal: 'Consulted',
      'Teacher teams': 'Consulted',
      'School leadership team': 'No part',
      'Instructional coaches': 'No part',
    });
    expect([...cells[0]!.querySelectorAll('.letter')].map((l) => l.textContent)).toEqual(['P']);
    expect(container.querySelector('.legend')?.textContent).toMatch(/P sets priorities.*D decides actions.*C consulted.*I informed/);
  });

  it('marks rows changed from the model, and rows no one owns', () => {
    const c = structuredClone(charter);
    setHolders(c, 'budget-and-resources', reading.id, { setsPriorities: null });
    render(RightsMatrix, { charter: c, focusAreaId: reading.id, focusAreaName: reading.name });
    expect(screen.getByRole('rowheader', { name: /^Staffing and hiring/ }).textContent).toContain('changed from the agreed model');
    const budget = screen.getByRole('rowheader', { name: /^Budget and resources/ });
    expect(budget.textContent).toContain('⚠ no owner');
    expect(screen.getByRole('rowheader', { name: /^Schedule and time/ }).textContent).not.toMatch(/no owner|changed/);
  });
});
