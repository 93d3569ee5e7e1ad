import { describe, expect, it } from 'vitest';
import { newCharter, newFocusArea, newTeamMember, removeFocusArea, type Charter } from './Charter';
import { validateCharter } from './charterFile';
import { decisionProblems, parkedItems } from './completeness';
import {
  agreeModel,
  decisionStatus,
  entryMode,
  memberPosition,
  parkDecision,
  setEntryMode,
  setMemberView,
  setRevealed,
  setTallyCount,
  updateDecision,
  viewsRecorded,
} from './positionsAndDecisions';

function charter(): { c: Charter; f: string; g: string } {
  const c = newCharter();
  c.district = 'Riverside';
  c.title = 'Charter';
  c.team = ['Ana', 'Ben', 'Chloé'].map((name) => newTeamMember({ name }));
  const f = newFocusArea('Elementary reading', 'Elementary schools only');
  const g = newFocusArea('Secondary mathematics', 'Grades 6–12');
  c.focusAreas = [f, g];
  return { c, f: f.id, g: g.id };
}

describe('recording views person by person', () => {
  it('keeps one entry per person and focus area, and drops it when both views are cleared', () => {
    const { c, f, g } = charter();
    const ana = c.team[0].id;
    setMemberView(c, f, ana, 'now', 2);
    setMemberView(c, f, ana, 'shouldBe', 1);
    setMemberView(c, g, ana, 'now', 3);
    expect(memberPosition(c, f, ana)).toEqual({ focusAreaId: f, memberId: ana, now: 2, shouldBe: 1 });
    expect(c.positions).toHaveLength(2);
    setMemberView(c, f, ana, 'now', null);
    setMemberView(c, f, ana, 'shouldBe', null);
    expect(memberPosition(c, f, ana)).toBeUndefined();
    setMemberView(c, f, ana, 'now', null); // clearing nothing adds nothing
    expect(c.positions).toHaveLength(1);
    expect(validateCharter(c).ok).toBe(true);
  });

  it('keeps views hidden until the facilitator reveals them: recorded, but no one shown where anyone stands', () => {
    const { c, f, g } = charter();
    setMemberView(c, f, c.team[0].id, 'now', 2);
    setMemberView(c, f, c.team[1].id, 'shouldBe', 1);
    const shown = () => c.focusAreas.filter((x) => x.revealed).map((x) => x.id);
    // A new focus area starts hidden, with its views recorded all the same.
    expect(shown()).toEqual([]);
    expect(viewsRecorded(c, f)).toBe(2);
    setRevealed(c, f, true);
    expect(shown()).toEqual([f]); // only the focus area revealed, never its neighbour
    setRevealed(c, f, false);
    expect(shown()).toEqual([]);
    expect(viewsRecorded(c, f)).toBe(2); // hiding again loses nothing
    expect(shown()).not.toContain(g);
  });
});

describe('a show of hands', () => {
  it('replaces the views recorded person by person, and back', () => {
    const { c, f, g } = charter();
    setMemberView(c, f, c.team[0].id, 'now', 2);
    setMemberView(c, g, c.team[0].id, 'now', 2);
    expect(viewsRecorded(c, f)).toBe(1);
    setEntryMode(c, f, 'tally');
    expect(entryMode(c, f)).toBe('tally');
    expect(c.positions.map((p) => p.focusAreaId)).toEqual([g]); // the other focus area keeps its views
    setTallyCount(c, f, 'now', 2, 7);
    setTallyCount(c, f, 'shouldBe', 1, -3);
    setTallyCount(c, f, 'shouldBe', 3, 2.6);
    expect(c.tallies).toEqual([{ focusAreaId: f, now: [0, 7, 0, 0], shouldBe: [0, 0, 3, 0] }]);
    expect(() => setMemberView(c, f, c.team[0].id, 'now', 1)).toThrow(/show of hands/);
    expect(validateCharter(c).ok).toBe(true);
    setEntryMode(c, f, 'people');
    expect(c.tallies).toEqual([]);
    expect(entryMode(c, f)).toBe('people');
  });

  it('goes when its focus area is removed', () => {
    const { c, f } = charter();
    setEntryMode(c, f, 'tally');
    removeFocusArea(c, f);
    expect(c.tallies).toEqual([]);
  });

  it('cannot sit beside person-by-person views in a charter file', () => {
    const { c, f } = charter();
    setEntryMode(c, f, 'tally');
    c.positions.push({ focusAreaId: f, memberId: c.team[0].id, now: 1, shouldBe: 1 });
    const r = validateCharter(c);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/either a room tally or views person by person/);
  });
});

describe('deciding', () => {
  it('fills in today’s model from the room’s most common view when a model is agreed', () => {
    const { c, f } = charter();
    setMemberView(c, f, c.team[0].id, 'now', 2);
    setMemberView(c, f, c.team[1].id, 'now', 2);
    setMemberView(c, f, c.team[2].id, 'now', 3);
    agreeModel(c, f, 1);
    expect(c.decisions[0]).toMatchObject({ model: 1, operatesNow: 2, parked: false });
    // A model the team set itself is kept.
    updateDecision(c, f, { operatesNow: 3 });
    agreeModel(c, f, 4);
    expect(c.decisions[0]).toMatchObject({ model: 4, operatesNow: 3 });
  });

  it('leaves today’s model open when the room is split', () => {
    const { c, f } = charter();
    setMemberView(c, f, c.team[0].id, 'now', 2);
    setMemberView(c, f, c.team[1].id, 'now', 3);
    agreeModel(c, f, 1);
    expect(c.decisions[0].operatesNow).toBeNull();
  });

  it('parks a disagreement: allowed through the gate once the note says what is parked', () => {
    const { c, f, g } = charter();
    agreeModel(c, f, 1);
    expect(decisionProblems(c).map((i) => i.message)).toEqual(['Agree a model for “Secondary mathematics”.']);
    parkDecision(c, g);
    expect(decisionStatus(c.decisions[1])).toBe('parked');
    expect(decisionProblems(c).map((i) => i.message)).toEqual([
      'Say what is parked for “Secondary mathematics” and when you will come back to it.',
    ]);
    updateDecision(c, g, { parkedNote: 'Model 2 or 3? We revisit after the winter data.' });
    expect(decisionProblems(c)).toEqual([]);
    expect(parkedItems(c)).toEqual([
      { focusAreaId: g, focusArea: 'Secondary mathematics', note: 'Model 2 or 3? We revisit after the winter data.' },
    ]);
    expect(validateCharter(c).ok).toBe(true);
  });

  it('un-parks when a model is agreed later', () => {
    const { c, g } = charter();
    parkDecision(c, g);
    agreeModel(c, g, 3);
    expect(decisionStatus(c.decisions[0])).toBe('agreed');
    expect(parkedItems(c)).toEqual([]);
    expect(decisionStatus(undefined)).toBe('open');
  });

  it('refuses a charter file where a parked decision also names a model', () => {
    const { c, f } = charter();
    updateDecision(c, f, { model: 2, parked: true });
    const r = validateCharter(c);
    expect(!r.ok && r.error).toMatch(/is parked but also names model 2/);
  });
});
