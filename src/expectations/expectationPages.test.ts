import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  PAGE_SIZE,
  isFiltered,
  matchingPositions,
  pageButtons,
  pageCount,
  pageOf,
  pageShowing,
  pageSummary,
  type ExpectationFilter,
} from './expectationPages';

const list = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ ownerRoleId: i % 3 === 0 ? 'principal' : i % 3 === 1 ? 'central-office' : null, what: `Commitment ${i + 1}` }));

describe('the filter', () => {
  const items = [
    { ownerRoleId: 'principal', what: 'Report READING progress to the district' },
    { ownerRoleId: 'central-office', what: 'Check in on reading, school by school' },
    { ownerRoleId: null, what: 'Share data with families' },
    { ownerRoleId: 'gone', what: 'A role that was removed' },
  ];
  const known = new Set(['principal', 'central-office']);

  it('keeps everything with no filter', () => {
    expect(matchingPositions(items, NO_FILTER, known)).toEqual([0, 1, 2, 3]);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, text: '   ' })).toBe(false);
  });

  it('finds words in "what" in any case and any order', () => {
    expect(matchingPositions(items, { ...NO_FILTER, text: 'reading' })).toEqual([0, 1]);
    expect(matchingPositions(items, { ...NO_FILTER, text: '  school   reading ' })).toEqual([1]);
    expect(matchingPositions(items, { ...NO_FILTER, text: 'nowhere' })).toEqual([]);
  });

  it('keeps one role’s, or those with no owner yet (an owner that is no longer a role included)', () => {
    const principal: ExpectationFilter = { owner: { kind: 'role', roleId: 'principal' }, text: '' };
    expect(matchingPositions(items, principal, known)).toEqual([0]);
    expect(isFiltered(principal)).toBe(true);
    expect(matchingPositions(items, { owner: { kind: 'none' }, text: '' }, known)).toEqual([2, 3]);
    expect(matchingPositions(items, { owner: { kind: 'role', roleId: 'central-office' }, text: 'reading' }, known)).toEqual([1]);
  });
});

describe('pages', () => {
  const all = matchingPositions(list(2000), NO_FILTER);

  it('cuts the list into pages of twenty, keeping each one’s place in the whole list', () => {
    expect(PAGE_SIZE).toBe(20);
    expect(pageCount(2000)).toBe(100);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(21)).toBe(2);
    const p = pageOf(all, 1);
    expect(p).toMatchObject({ index: 1, count: 100, from: 21, to: 40, matching: 2000 });
    expect(p.positions[0]).toBe(20);
    expect(p.positions).toHaveLength(20);
  });

  it('brings a page past either end back in', () => {
    expect(pageOf(all, 500).index).toBe(99);
    expect(pageOf(all, -3).index).toBe(0);
    expect(pageOf(all, NaN).index).toBe(0);
    const last = pageOf(matchingPositions(list(45), NO_FILTER), 9);
    expect(last).toMatchObject({ index: 2, from: 41, to: 45 });
    expect(pageOf([], 4)).toMatchObject({ index: 0, count: 1, from: 0, to: 0, positions: [] });
  });

  it('finds the page that shows an expectation, or none when the filter hides it', () => {
    expect(pageShowing(all, 0)).toBe(0);
    expect(pageShowing(all, 19)).toBe(0);
    expect(pageShowing(all, 20)).toBe(1);
    expect(pageShowing(all, 1999)).toBe(99);
    const principals = matchingPositions(list(100), { owner: { kind: 'role', roleId: 'principal' }, text: '' });
    expect(pageShowing(principals, 1)).toBeNull();
    expect(pageShowing(principals, 60)).toBe(1); // the 21st principal's
  });

  it('offers the first, the last and the pages either side of this one', () => {
    expect(pageButtons(0, 1)).toEqual([1]);
    expect(pageButtons(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageButtons(0, 100)).toEqual([1, 2, 3, 4, null, 100]);
    expect(pageButtons(49, 100)).toEqual([1, null, 49, 50, 51, null, 100]);
    expect(pageButtons(99, 100)).toEqual([1, null, 97, 98, 99, 100]);
    // A gap of one page shows that page rather than "…".
    expect(pageButtons(3, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
  });

  it('says what the page shows', () => {
    expect(pageSummary(pageOf(all, 1), 2000, false)).toBe('Expectations 21–40 of 2,000');
    expect(pageSummary(pageOf([], 0), 0, false)).toBe('No expectations yet');
    expect(pageSummary(pageOf([0], 0), 1, false)).toBe('Expectation 1 of 1');
    const some = Array.from({ length: 57 }, (_, i) => i * 3);
    expect(pageSummary(pageOf(some, 1), 2000, true)).toBe('Showing 21–40 of 57 matching (2,000 in all)');
    expect(pageSummary(pageOf([], 0), 2000, true)).toBe('No expectation matches (2,000 in all)');
  });
});
