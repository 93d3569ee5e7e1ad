/**
 * What the library shows: each charter's latest revision, followed by its older
 * revisions; searched, filtered by status, sorted and split into pages. Pure
 * functions over the catalogue, fast enough for thousands of charters.
 */
import type { CatalogEntry } from '../storage/catalog';
import { STAGE_IDS, stageInfo, type StageId } from '../workflow/stages';

/**
 * - draft: still has open items;
 * - in review: nothing left open, waiting for (or gathering) signatures;
 * - signed: signed by every signatory and locked;
 * - superseded: a later revision of the same charter is in the library.
 */
export type LibraryStatus = 'draft' | 'in-review' | 'signed' | 'superseded';

export const STATUS_LABELS: Record<LibraryStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  signed: 'Signed',
  superseded: 'Replaced',
};

/** The precise term, for a tooltip beside the plain words. */
export const STATUS_TERMS: Partial<Record<LibraryStatus, string>> = {
  superseded: 'Superseded: a later revision of the same charter is in the library.',
};

export const STATUS_ORDER: LibraryStatus[] = ['draft', 'in-review', 'signed', 'superseded'];

export type SortKey = 'edited' | 'title' | 'district' | 'status' | 'revision' | 'scope' | 'models' | 'step' | 'nextReview';

export const SORT_LABELS: Record<SortKey, string> = {
  edited: 'Last edited',
  title: 'Title',
  district: 'District',
  status: 'Status',
  revision: 'Revision',
  scope: 'School or scope',
  models: 'Agreed models',
  step: 'Step',
  nextReview: 'Next review',
};

export type StatusFilter = 'all' | LibraryStatus;

export interface LibraryQuery {
  search: string;
  status: StatusFilter;
  sort: SortKey;
  /** Show older revisions under each charter (with "all"). */
  olderRevisions: boolean;
  /** Only charters on this step (the table view's filter). */
  step?: 'all' | StageId;
  /** Sort the other way round. */
  reverse?: boolean;
}

export const DEFAULT_QUERY: LibraryQuery = { search: '', status: 'all', sort: 'edited', olderRevisions: true, step: 'all', reverse: false };

/** "1, 3" or "—": the agreed models of a charter's focus areas, each once, in order. */
export function modelsText(e: Pick<CatalogEntry, 'models'>): string {
  const list = [...new Set((e.models ?? []).filter((m): m is number => m !== null))].sort();
  return list.length ? list.map((m) => `${m}`).join(', ') : '—';
}

/** "6 Roles and decision rights", or '' when not known. */
export function stepText(e: Pick<CatalogEntry, 'step'>): string {
  if (!e.step || !STAGE_IDS.includes(e.step)) return '';
  const s = stageInfo(e.step);
  return `${s.number}. ${s.title}`;
}

export interface LibraryRow {
  entry: CatalogEntry;
  status: LibraryStatus;
  /** The latest revision of its charter. */
  latest: boolean;
  /** The id of the latest revision of its charter. */
  latestId: string;
  /** How many revisions the charter has in the library. */
  revisions: number;
  /** All revision ids of its charter, newest first. */
  lineageIds: string[];
  /** Lower-case, accent-free text the search looks in. */
  searchText: string;
}

/** A charter: its revisions, newest first. */
export interface LibraryGroup {
  latest: LibraryRow;
  older: LibraryRow[];
}

export function libraryStatus(e: CatalogEntry, latest: boolean): LibraryStatus {
  if (!latest) return 'superseded';
  if (e.status === 'signed') return 'signed';
  return e.openItems === 0 ? 'in-review' : 'draft';
}

/** Text folded for searching: lower case, accents removed, so "nunez" finds "Ñúñez". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase();
}

function byRevisionDesc(a: CatalogEntry, b: CatalogEntry): number {
  return b.revision - a.revision || b.createdAt.localeCompare(a.createdAt);
}

/** Group the catalogue into charters (deleted entries left out). */
export function groupCharters(entries: CatalogEntry[]): LibraryGroup[] {
  const lineages = new Map<string, CatalogEntry[]>();
  for (const e of entries) {
    if (e.deletedAt) continue;
    const list = lineages.get(e.lineage);
    if (list) list.push(e);
    else lineages.set(e.lineage, [e]);
  }
  const groups: LibraryGroup[] = [];
  for (const list of lineages.values()) {
    list.sort(byRevisionDesc);
    const ids = list.map((e) => e.id);
    const rows = list.map(
      (entry, i): LibraryRow => ({
        entry,
        status: libraryStatus(entry, i === 0),
        latest: i === 0,
        latestId: ids[0],
        revisions: list.length,
        lineageIds: ids,
        searchText: fold([entry.title, entry.district, entry.scope, ...entry.focusAreas].join('\n')),
      }),
    );
    groups.push({ latest: rows[0], older: rows.slice(1) });
  }
  return groups;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareText(a: string, b: string): number {
  // Empty values sort last whichever way.
  if (!a.trim() !== !b.trim()) return a.trim() ? -1 : 1;
  return collator.compare(a, b);
}

function comparator(sort: SortKey): (a: LibraryGroup, b: LibraryGroup) => number {
  const edited = (a: LibraryGroup, b: LibraryGroup) => b.latest.entry.updatedAt.localeCompare(a.latest.entry.updatedAt);
  switch (sort) {
    case 'title':
      return (a, b) => compareText(a.latest.entry.title, b.latest.entry.title) || edited(a, b);
    case 'district':
      return (a, b) =>
        compareText(a.latest.entry.district, b.latest.entry.district) || compareText(a.latest.entry.title, b.latest.entry.title) || edited(a, b);
    case 'status':
      return (a, b) => STATUS_ORDER.indexOf(a.latest.status) - STATUS_ORDER.indexOf(b.latest.status) || edited(a, b);
    case 'revision':
      return (a, b) => b.latest.entry.revision - a.latest.entry.revision || edited(a, b);
    case 'scope':
      return (a, b) => compareText(a.latest.entry.scope, b.latest.entry.scope) || edited(a, b);
    case 'models':
      return (a, b) => compareText(modelsText(a.latest.entry).replace('—', ''), modelsText(b.latest.entry).replace('—', '')) || edited(a, b);
    case 'step':
      return (a, b) => stepIndex(a.latest.entry) - stepIndex(b.latest.entry) || edited(a, b);
    case 'nextReview':
      return (a, b) => compareText(a.latest.entry.nextReviewDate ?? '', b.latest.entry.nextReviewDate ?? '') || edited(a, b);
    default:
      return edited;
  }
}

function stepIndex(e: CatalogEntry): number {
  return e.step ? STAGE_IDS.indexOf(e.step) : STAGE_IDS.length;
}

function matches(row: LibraryRow, words: string[], step: 'all' | StageId = 'all'): boolean {
  return (step === 'all' || row.entry.step === step) && words.every((w) => row.searchText.includes(w));
}

/** The rows to show, in order. */
export function queryRows(groups: LibraryGroup[], query: LibraryQuery): LibraryRow[] {
  const words = fold(query.search).split(/\s+/).filter(Boolean);
  const compare = comparator(query.sort);
  const sorted = [...groups].sort(query.reverse ? (a, b) => compare(b, a) : compare);
  const step = query.step ?? 'all';
  const out: LibraryRow[] = [];
  for (const g of sorted) {
    if (query.status === 'superseded') {
      for (const r of g.older) if (matches(r, words, step)) out.push(r);
      continue;
    }
    if (query.status !== 'all') {
      if (g.latest.status === query.status && matches(g.latest, words, step)) out.push(g.latest);
      continue;
    }
    if (matches(g.latest, words, step)) out.push(g.latest);
    if (query.olderRevisions) for (const r of g.older) if (matches(r, words, step)) out.push(r);
  }
  return out;
}

/** How many charters (latest revisions) have each status; superseded counts older revisions. */
export function statusCounts(groups: LibraryGroup[]): Record<LibraryStatus, number> {
  const counts: Record<LibraryStatus, number> = { draft: 0, 'in-review': 0, signed: 0, superseded: 0 };
  for (const g of groups) {
    counts[g.latest.status]++;
    counts.superseded += g.older.length;
  }
  return counts;
}

export const PAGE_SIZE = 50;

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
}

/** One page of rows (pages count from 1; an out-of-range page is clamped). */
export function pageOf<T>(rows: T[], page: number, size: number = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (p - 1) * size;
  const items = rows.slice(start, start + size);
  return { items, page: p, pages, first: items.length ? start + 1 : 0, last: start + items.length, total: rows.length };
}
