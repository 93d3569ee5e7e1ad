/**
 * The team's expectations a page at a time, and the filter a district leader
 * uses to find one (by the role that owns it, and by words in "what"). Every
 * expectation keeps its number in the whole list — "Expectation 57" is the
 * 57th however the list is filtered or paged.
 */
import type { Expectation } from '../charter/Charter';
import { formatCount } from '../shell/format';

/** How many expectation cards one page shows. */
export const PAGE_SIZE = 20;

/** Whose expectations to show: everyone's, one role's, or those with no owner yet. */
export type OwnerFilter = { kind: 'all' } | { kind: 'role'; roleId: string } | { kind: 'none' };

export interface ExpectationFilter {
  owner: OwnerFilter;
  /** Words to find in "what will be done" (any case; every word must appear). */
  text: string;
}

export const NO_FILTER: ExpectationFilter = { owner: { kind: 'all' }, text: '' };

export function isFiltered(f: ExpectationFilter): boolean {
  return f.owner.kind !== 'all' || f.text.trim() !== '';
}

const words = (text: string): string[] => text.toLocaleLowerCase().split(/\s+/).filter(Boolean);

/**
 * The positions (0-based, in the whole list) of the expectations the filter keeps, in list order.
 * `knownRoleIds` lets "no owner yet" include an owner that is no longer a role.
 */
export function matchingPositions(
  expectations: ReadonlyArray<Pick<Expectation, 'ownerRoleId' | 'what'>>,
  filter: ExpectationFilter,
  knownRoleIds?: ReadonlySet<string>,
): number[] {
  const wanted = words(filter.text);
  const owner = filter.owner;
  const out: number[] = [];
  expectations.forEach((e, i) => {
    if (owner.kind === 'role' && e.ownerRoleId !== owner.roleId) return;
    if (owner.kind === 'none' && e.ownerRoleId && (!knownRoleIds || knownRoleIds.has(e.ownerRoleId))) return;
    if (wanted.length) {
      const what = e.what.toLocaleLowerCase();
      if (!wanted.every((w) => what.includes(w))) return;
    }
    out.push(i);
  });
  return out;
}

export interface ExpectationPage {
  /** 0-based page index, clamped to the pages there are. */
  index: number;
  /** How many pages (at least 1, even when nothing matches). */
  count: number;
  /** The positions (in the whole list) shown on this page. */
  positions: number[];
  /** 1-based place of the first and last shown among the matches (0 and 0 when none). */
  from: number;
  to: number;
  /** How many match. */
  matching: number;
}

export function pageCount(matching: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(matching / size));
}

/** Page `index` of the matching positions (an index past either end is brought back in). */
export function pageOf(matching: readonly number[], index: number, size = PAGE_SIZE): ExpectationPage {
  const count = pageCount(matching.length, size);
  const at = Math.min(Math.max(0, Math.floor(index) || 0), count - 1);
  const positions = matching.slice(at * size, at * size + size);
  return {
    index: at,
    count,
    positions,
    from: positions.length ? at * size + 1 : 0,
    to: positions.length ? at * size + positions.length : 0,
    matching: matching.length,
  };
}

/** The page that shows the expectation at `position` (in the whole list), or null when the filter hides it. */
export function pageShowing(matching: readonly number[], position: number, size = PAGE_SIZE): number | null {
  // Positions are in list order: a binary search keeps this cheap at thousands.
  let lo = 0;
  let hi = matching.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = matching[mid]!;
    if (m === position) return Math.floor(mid / size);
    if (m < position) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/**
 * The page numbers to offer as buttons (1-based), with null for a gap:
 * always the first and last, and the two either side of the current one —
 * `1 … 4 5 6 … 100`. Seven pages or fewer are all shown.
 */
export function pageButtons(index: number, count: number): Array<number | null> {
  if (count <= 7) return Array.from({ length: count }, (_, i) => i + 1);
  const current = index + 1;
  const keep = new Set([1, count, current - 1, current, current + 1]);
  if (current <= 3) [2, 3, 4].forEach((n) => keep.add(n));
  if (current >= count - 2) [count - 3, count - 2, count - 1].forEach((n) => keep.add(n));
  const shown = [...keep].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  const out: Array<number | null> = [];
  shown.forEach((n, i) => {
    const prev = shown[i - 1];
    if (prev !== undefined && n - prev > 1) out.push(n - prev === 2 ? n - 1 : null);
    out.push(n);
  });
  return out;
}

/**
 * What the page shows, in words: "Expectations 21–40 of 2,000", or with a filter
 * "21–40 of 57 matching (2,000 in all)", or "No expectation matches (2,000 in all)".
 */
export function pageSummary(page: ExpectationPage, total: number, filtered: boolean): string {
  if (!filtered) {
    if (total === 0) return 'No expectations yet';
    if (page.from === page.to) return `Expectation ${formatCount(page.from)} of ${formatCount(total)}`;
    return `Expectations ${formatCount(page.from)}–${formatCount(page.to)} of ${formatCount(total)}`;
  }
  if (page.matching === 0) return `No expectation matches (${formatCount(total)} in all)`;
  const range = page.from === page.to ? `${formatCount(page.from)}` : `${formatCount(page.from)}–${formatCount(page.to)}`;
  return `Showing ${range} of ${formatCount(page.matching)} matching (${formatCount(total)} in all)`;
}
