import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Charter } from './Charter';
import { rightFor } from './DecisionRight';
import { agreeModel } from './positionsAndDecisions';
import { addFocusArea, dropRole } from './rightsInStep';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')) as Charter;

describe('decision rights follow the agreed models in the domain', () => {
  it('fills the rows of a focus area when its model is agreed, with no page open', () => {
    const c = fixture('riverside-draft');
    const attendance = c.focusAreas.find((f) => f.name === 'Attendance')!;
    c.rights = c.rights.filter((r) => r.focusAreaId !== attendance.id);
    agreeModel(c, attendance.id, 1);
    for (const d of c.domains) expect(rightFor(c, d.id, attendance.id), d.name).toBeDefined();
  });

  it('gives a new focus area a row in every area of decisions', () => {
    const c = fixture('riverside-draft');
    addFocusArea(c);
    const added = c.focusAreas.at(-1)!;
    expect(c.rights.filter((r) => r.focusAreaId === added.id)).toHaveLength(c.domains.length);
  });

  it('keeps rows the team changed when a role goes', () => {
    const c = fixture('riverside-signed');
    const changed = c.rights.filter((r) => r.overridden).map((r) => [r.domainId, r.focusAreaId]);
    dropRole(c, c.roles.at(-1)!.id);
    expect(c.rights.filter((r) => r.overridden).map((r) => [r.domainId, r.focusAreaId])).toEqual(changed);
  });
});

describe('rightFor', () => {
  it('finds the same right as a search of the list, and follows the list as it changes', () => {
    const c = fixture('riverside-signed');
    for (const r of c.rights) expect(rightFor(c, r.domainId, r.focusAreaId)).toBe(r);
    const first = c.rights[0]!;
    c.rights = c.rights.slice(1);
    expect(rightFor(c, first.domainId, first.focusAreaId)).toBeUndefined();
    c.rights.push(first);
    expect(rightFor(c, first.domainId, first.focusAreaId)).toBe(first);
    expect(rightFor(c, 'nope', first.focusAreaId)).toBeUndefined();
  });
});
