import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../storage/catalog';
import { DEFAULT_QUERY, fold, groupCharters, pageOf, queryRows, statusCounts, type LibraryQuery } from './libraryRows';

let n = 0;
function entry(partial: Partial<CatalogEntry>): CatalogEntry {
  n++;
  const id = partial.id ?? `c${n}`;
  return {
    id,
    lineage: id,
    revision: 1,
    previousRevisionId: null,
    district: 'Riverside Unified',
    title: `Charter ${n}`,
    scope: '',
    focusAreas: [],
    status: 'draft',
    openItems: 3,
    signed: 0,
    signatories: 4,
    lockedAt: null,
    createdAt: `2026-01-${String(n).padStart(2, '0')}T00:00:00.000Z`,
    updatedAt: `2026-02-${String(n).padStart(2, '0')}T00:00:00.000Z`,
    editCount: 1,
    deletedAt: null,
    conflict: null,
    ...partial,
  };
}

const q = (change: Partial<LibraryQuery> = {}): LibraryQuery => ({ ...DEFAULT_QUERY, ...change });
const titles = (rows: { entry: CatalogEntry }[]) => rows.map((r) => r.entry.title);

describe('the library list', () => {
  const rev1 = entry({ id: 'r1', title: 'Reading charter', status: 'signed', openItems: 0, lockedAt: '2026-09-14T10:00:00.000Z' });
  const rev2 = entry({ id: 'r2', lineage: 'r1', revision: 2, previousRevisionId: 'r1', title: 'Reading charter, year 2', openItems: 0 });
  const maths = entry({ id: 'm', title: 'Mathematics', district: 'Lakeshore', scope: 'Hillcrest Middle School', openItems: 2, updatedAt: '2026-03-01T00:00:00.000Z' });
  const gone = entry({ id: 'gone', title: 'Deleted one', deletedAt: '2026-03-02T00:00:00.000Z' });
  const signedOnly = entry({ id: 's', title: 'Équipe Nuñez', status: 'signed', openItems: 0, focusAreas: ['Early literacy'] });
  const groups = groupCharters([rev1, rev2, maths, gone, signedOnly]);

  it('shows each charter’s latest revision first, its older revisions under it, and leaves deleted ones out', () => {
    expect(titles(queryRows(groups, q()))).toEqual(['Mathematics', 'Équipe Nuñez', 'Reading charter, year 2', 'Reading charter']);
    const rows = queryRows(groups, q());
    expect(rows.map((r) => r.status)).toEqual(['draft', 'signed', 'in-review', 'superseded']);
    expect(rows[2]).toMatchObject({ latest: true, revisions: 2, lineageIds: ['r2', 'r1'] });
    expect(rows[3]).toMatchObject({ latest: false, latestId: 'r2' });
    expect(titles(queryRows(groups, q({ olderRevisions: false })))).not.toContain('Reading charter');
  });

  it('calls a complete, unsigned draft "in review", and a charter with a later revision "superseded"', () => {
    expect(statusCounts(groups)).toEqual({ draft: 1, 'in-review': 1, signed: 1, superseded: 1 });
    expect(titles(queryRows(groups, q({ status: 'in-review' })))).toEqual(['Reading charter, year 2']);
    expect(titles(queryRows(groups, q({ status: 'superseded' })))).toEqual(['Reading charter']);
    expect(titles(queryRows(groups, q({ status: 'signed' })))).toEqual(['Équipe Nuñez']);
  });

  it('searches title, district, scope and focus areas, ignoring case and accents, all words', () => {
    expect(titles(queryRows(groups, q({ search: 'hillcrest' })))).toEqual(['Mathematics']);
    expect(titles(queryRows(groups, q({ search: 'EQUIPE nunez' })))).toEqual(['Équipe Nuñez']);
    expect(titles(queryRows(groups, q({ search: 'literacy' })))).toEqual(['Équipe Nuñez']);
    expect(titles(queryRows(groups, q({ search: 'reading year' })))).toEqual(['Reading charter, year 2']);
    expect(queryRows(groups, q({ search: 'nowhere' }))).toEqual([]);
    expect(fold('Zoë Łukasiewicz')).toBe('zoe łukasiewicz');
  });

  it('sorts by title, district, status or revision', () => {
    expect(titles(queryRows(groups, q({ sort: 'title', olderRevisions: false })))).toEqual(['Équipe Nuñez', 'Mathematics', 'Reading charter, year 2']);
    expect(titles(queryRows(groups, q({ sort: 'district', olderRevisions: false }))).at(0)).toBe('Mathematics');
    expect(titles(queryRows(groups, q({ sort: 'status', olderRevisions: false })))).toEqual(['Mathematics', 'Reading charter, year 2', 'Équipe Nuñez']);
    expect(titles(queryRows(groups, q({ sort: 'revision', olderRevisions: false }))).at(0)).toBe('Reading charter, year 2');
  });

  it('splits a long list into pages', () => {
    const rows = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(rows, 1)).toMatchObject({ page: 1, pages: 3, first: 1, last: 50, total: 120 });
    expect(pageOf(rows, 3)).toMatchObject({ page: 3, first: 101, last: 120 });
    expect(pageOf(rows, 9).page).toBe(3);
    expect(pageOf([], 1)).toMatchObject({ page: 1, pages: 1, first: 0, last: 0, items: [] });
  });

  it('handles a thousand charters quickly', () => {
    const many = Array.from({ length: 1000 }, (_, i) => entry({ id: `many-${i}`, title: `School ${i}`, district: `Zone-${i % 40}` }));
    const t0 = performance.now();
    const g = groupCharters(many);
    const rows = queryRows(g, q({ search: 'zone-7', sort: 'title' }));
    const elapsed = performance.now() - t0;
    expect(rows.length).toBe(25);
    expect(elapsed).toBeLessThan(100);
  });
});
