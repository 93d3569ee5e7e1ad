import { describe, expect, it } from 'vitest';
import { newCharter, newFocusArea, newTeamMember, type Charter } from './Charter';
import type { ModelNumber } from './DecisionModel';
import { describeViews, mostCommonNow, placements, roomViews, summariseCounts } from './positionSummary';
import { setEntryMode, setMemberView, setTallyCount } from './positionsAndDecisions';

/** A charter with `n` people and one focus area; views[i] = [now, shouldBe] for person i. */
function room(n: number, views: Array<[ModelNumber | null, ModelNumber | null]> = []): { c: Charter; f: string } {
  const c = newCharter();
  c.team = Array.from({ length: n }, (_, i) => newTeamMember({ name: `Person ${i + 1}` }));
  const area = newFocusArea('Elementary reading');
  c.focusAreas = [area];
  views.forEach(([now, should], i) => {
    setMemberView(c, area.id, c.team[i].id, 'now', now);
    setMemberView(c, area.id, c.team[i].id, 'shouldBe', should);
  });
  return { c, f: area.id };
}

const say = (n: number, views: Array<[ModelNumber | null, ModelNumber | null]>) => {
  const { c, f } = room(n, views);
  return describeViews(roomViews(c, f));
};

describe('counting the views on one question', () => {
  it('finds the leader and how strongly the room agrees', () => {
    expect(summariseCounts([0, 7, 2, 0])).toMatchObject({ answered: 9, top: [2], topCount: 7, agreement: 'most' });
    expect(summariseCounts([3, 2, 2, 0])).toMatchObject({ top: [1], agreement: 'leads' });
    expect(summariseCounts([4, 4, 0, 1])).toMatchObject({ top: [1, 2], topCount: 4, agreement: 'split' });
    expect(summariseCounts([0, 0, 5, 0])).toMatchObject({ top: [3], agreement: 'all' });
    expect(summariseCounts([0, 0, 0, 0])).toMatchObject({ answered: 0, top: [], agreement: 'none' });
  });

  it('treats exactly half as short of a majority', () => {
    expect(summariseCounts([2, 1, 1, 0]).agreement).toBe('leads');
  });
});

describe('the room’s views in plain language', () => {
  const many = (n: number, v: [ModelNumber, ModelNumber]) => Array.from({ length: n }, () => v);

  it('gives the whole split for today and for should-be, minority included (eleven people)', () => {
    // Today: 6 × model 1, 3 × model 2, 2 × model 4. Should be: 5 × model 2, 4 × model 3, 2 × model 1.
    const views: Array<[ModelNumber, ModelNumber]> = [
      [1, 2], [1, 2], [1, 2], [1, 2], [1, 3], [1, 1], [2, 2], [2, 3], [2, 3], [4, 3], [4, 1],
    ];
    const lines = say(11, views);
    expect(lines.slice(0, 2).join(' ')).toBe('Today: 6 see model 1, 3 model 2, 2 model 4. Should be: 5 want model 2, 4 model 3, 2 model 1.');
    expect(lines[2]).toBe('9 would move away from the model they see today; 2 would keep it.');
    expect(lines).toHaveLength(3);
  });

  it('never lets one number stand for two things', () => {
    // Five of six want model 1, and five of six want a change: said in two different ways.
    const lines = say(6, [[2, 1], [2, 1], [2, 1], [3, 1], [4, 1], [1, 2]]);
    expect(lines).toEqual([
      'Today: 3 see model 2, 1 model 1, 1 model 3, 1 model 4.',
      'Should be: 5 want model 1, 1 model 2.',
      'Everyone who gave both views would move away from the model they see today.',
    ]);
  });

  it('handles an empty room', () => {
    expect(say(8, [])).toEqual(['No views recorded yet.']);
    expect(say(0, [])).toEqual(['No views recorded yet.']);
  });

  it('handles one person', () => {
    expect(say(1, [[2, 1]])).toEqual(['Today: 1 person sees model 2.', 'Should be: 1 person wants model 1.']);
  });

  it('handles everyone agreeing', () => {
    expect(say(6, many(6, [1, 1]))).toEqual([
      'Today: all 6 see model 1.',
      'Should be: all 6 want model 1.',
      'Everyone who gave both views would keep the model they see today.',
    ]);
    expect(say(2, [[4, 3], [4, 3]]).slice(0, 2)).toEqual(['Today: both see model 4.', 'Should be: both want model 3.']);
  });

  it('names ties, two-way and three-way', () => {
    expect(say(8, [...many(4, [1, 1]), ...many(4, [2, 3])]).slice(0, 2)).toEqual([
      'Today: 4 see model 1, 4 model 2 (a tie).',
      'Should be: 4 want model 1, 4 model 3 (a tie).',
    ]);
    expect(say(6, [[1, 2], [1, 2], [2, 2], [2, 2], [3, 2], [3, 2]]).slice(0, 2)).toEqual([
      'Today: 2 see model 1, 2 model 2, 2 model 3 (a three-way tie).',
      'Should be: all 6 want model 2.',
    ]);
    // A three-way split where two groups tie below the leader is not a tie for the lead.
    expect(say(7, [[3, 4], [3, 4], [3, 4], [1, 4], [1, 4], [2, 1], [2, 1]])[0]).toBe('Today: 3 see model 3, 2 model 1, 2 model 2.');
    expect(say(4, [[1, 1], [2, 2], [3, 3], [4, 4]])[0]).toBe('Today: 1 sees model 1, 1 model 2, 1 model 3, 1 model 4 (a four-way tie).');
  });

  it('counts who has not given both views yet, and uses only the answers given', () => {
    expect(say(10, [[2, 1], [2, 1], [2, null], [null, 1], [2, 1]])).toEqual([
      'Today: all 4 who answered see model 2.',
      'Should be: all 4 who answered want model 1.',
      'Everyone who gave both views would move away from the model they see today.',
      '7 of 10 have not given both views yet.',
    ]);
    expect(say(3, [[2, null]])).toEqual([
      'Today: 1 person sees model 2.',
      'Should be: no one has said yet.',
      'No one has given both views yet.',
    ]);
    expect(say(4, [[2, 1], [2, 1], [2, 1]]).at(-1)).toBe('1 of 4 has not given both views yet.');
  });

  it('reads a show of hands the same way', () => {
    const { c, f } = room(12);
    setEntryMode(c, f, 'tally');
    expect(describeViews(roomViews(c, f))).toEqual(['No hands counted yet.']);
    setTallyCount(c, f, 'now', 2, 7);
    setTallyCount(c, f, 'now', 1, 2);
    setTallyCount(c, f, 'shouldBe', 1, 5);
    setTallyCount(c, f, 'shouldBe', 3, 4);
    const v = roomViews(c, f);
    expect(v.mode).toBe('tally');
    expect(v.people).toBe(9);
    expect(describeViews(v)).toEqual(['Today: 7 see model 2, 2 model 1.', 'Should be: 5 want model 1, 4 model 3.']);
  });

  it('names the single most common view of today, and none when it is tied', () => {
    const a = room(3, [[2, 1], [2, 1], [1, 1]]);
    expect(mostCommonNow(roomViews(a.c, a.f))).toBe(2);
    const b = room(2, [[2, 1], [1, 1]]);
    expect(mostCommonNow(roomViews(b.c, b.f))).toBeNull();
    const e = room(2);
    expect(mostCommonNow(roomViews(e.c, e.f))).toBeNull();
  });
});

describe('the dots on the 2×2', () => {
  it('places each person in the model they chose, for now and for should be, in team order', () => {
    const { c, f } = room(3, [[2, 1], [1, 1], [2, null]]);
    const [a, b, d] = c.team.map((m) => m.id);
    expect(placements(c, f)).toEqual({
      1: { now: [b], shouldBe: [a, b] },
      2: { now: [a, d], shouldBe: [] },
      3: { now: [], shouldBe: [] },
      4: { now: [], shouldBe: [] },
    });
  });
});
