import { describe, expect, it } from 'vitest';
import { exampleCharter, EXAMPLE_DISTRICT } from './exampleCharter';
import { openItems } from './completeness';
import { focusAreasOutOfDate, unheldRights } from './DecisionRight';
import { parseCharterFile, serialiseCharter } from './charterFile';
import { reviewWarnings } from '../review/checklist';
import { ROLE } from './Role';
import { allProgress } from '../workflow/progress';

describe('the worked example', () => {
  const c = exampleCharter(new Date('2026-05-10T12:00:00Z'));

  it('is a complete charter: nothing open, nothing to look at, every decision with a role someone holds', () => {
    expect(openItems(c)).toEqual([]);
    expect(unheldRights(c)).toEqual([]);
    expect(reviewWarnings(c)).toEqual([]);
    expect(focusAreasOutOfDate(c)).toEqual([]);
    expect(c.district).toBe(EXAMPLE_DISTRICT);
  });

  it('links people to roles from their titles and gives the district’s priorities to the superintendent', () => {
    const holder = (roleId: string) => c.roles.find((r) => r.id === roleId)!.memberIds.map((id) => c.team.find((m) => m.id === id)!.title);
    expect(holder(ROLE.superintendent)).toEqual(['Superintendent']);
    expect(holder(ROLE.centralOffice)).toEqual(['Assistant superintendent, teaching and learning']);
    expect(holder(ROLE.specialEducation)).toEqual(['Director of special education']);
    const reading = c.focusAreas[0]!;
    expect(c.rights.filter((r) => r.focusAreaId === reading.id).every((r) => r.setsPriorities === ROLE.superintendent)).toBe(true);
  });

  it('is dated in the school year it plans for, and is a valid charter file', () => {
    expect(c.supports.schoolYear.start.startsWith('2026-08')).toBe(true);
    expect(c.expectations.every((e) => e.start && e.due)).toBe(true);
    const back = parseCharterFile(serialiseCharter(c));
    expect(back.ok, back.ok ? '' : back.error).toBe(true);
  });

  it('shows every step up to Review as done', () => {
    const p = allProgress(c);
    expect([p.setup, p.reflect, p.models, p.positions, p.decide, p.roles, p.expectations, p.review]).toEqual(Array(8).fill('done'));
    expect(p.sign).toBe('not-started');
  });
});
