import { describe, expect, it } from 'vitest';
import type { Expectation, Role } from './Charter';
import { NO_OWNER, groupExpectationsByOwner } from './expectationGroups';

describe('groupExpectationsByOwner', () => {
  const role = (id: string, name: string): Role => ({ id, name, side: 'district', purpose: '', responsibilities: '', memberIds: [] });
  const exp = (id: string, ownerRoleId: string | null): Expectation => ({
    id,
    ownerRoleId,
    what: id,
    cadence: null,
    evidence: '',
    start: '',
    due: '',
    source: '',
  });
  const roles = [role('sup', 'Superintendent'), role('co', 'Central office'), role('pr', 'Principal')];

  it('groups in the order of the roles, keeping order inside each group', () => {
    const groups = groupExpectationsByOwner([exp('e1', 'pr'), exp('e2', 'sup'), exp('e3', 'pr'), exp('e4', 'sup')], roles);
    expect(groups.map((g) => g.title)).toEqual(['Superintendent', 'Principal']);
    expect(groups[0]!.expectations.map((e) => e.id)).toEqual(['e2', 'e4']);
    expect(groups[1]!.expectations.map((e) => e.id)).toEqual(['e1', 'e3']);
  });

  it('puts expectations with no owner, or an unknown one, last under "No owner"', () => {
    const groups = groupExpectationsByOwner([exp('e1', null), exp('e2', 'co'), exp('e3', 'gone')], roles);
    expect(groups.map((g) => [g.roleId, g.title])).toEqual([
      ['co', 'Central office'],
      [null, NO_OWNER],
    ]);
    expect(groups[1]!.expectations.map((e) => e.id)).toEqual(['e1', 'e3']);
  });

  it('loses no expectation', () => {
    const list = Array.from({ length: 50 }, (_, i) => exp(`e${i}`, [null, 'sup', 'co', 'pr', 'x'][i % 5]!));
    const groups = groupExpectationsByOwner(list, roles);
    expect(groups.flatMap((g) => g.expectations).length).toBe(50);
  });

  it('gives no groups for no expectations', () => {
    expect(groupExpectationsByOwner([], roles)).toEqual([]);
  });
});
