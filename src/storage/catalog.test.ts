import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Charter } from '../charter/Charter';
import { catalogEntry, catalogEntryForStored, computeLineages, lineageOf } from './catalog';

const draft = () => JSON.parse(readFileSync('tests/fixtures/riverside-draft.json', 'utf8')) as Charter;
const signed = () => JSON.parse(readFileSync('tests/fixtures/riverside-signed.json', 'utf8')) as Charter;
const chain = (id: string, previousRevisionId: string | null) => ({ id, previousRevisionId });

describe('the library catalogue', () => {
  it('summarises a charter: status, what is still open, who has signed', () => {
    const e = catalogEntry(signed(), 'L', 3);
    expect(e).toMatchObject({ status: 'signed', openItems: 0, lineage: 'L', editCount: 3, deletedAt: null });
    expect(e.signed).toBe(e.signatories);
    expect(e.signed).toBeGreaterThan(1);
    const d = catalogEntry(draft(), 'L', 1);
    expect(d.openItems).toBeGreaterThan(0);
    expect(d.focusAreas.length).toBe(draft().focusAreas.length);
  });

  it('shortens a long scope to one line for the list', () => {
    const c = { ...draft(), inScope: `Line one\n\n${'x'.repeat(1000)}` };
    const e = catalogEntry(c, c.id, 1);
    expect(e.scope.length).toBeLessThanOrEqual(240);
    expect(e.scope).toMatch(/^Line one x+…$/);
  });

  it('still lists a stored charter whose shape today’s code does not know', () => {
    const odd = { id: 'odd', title: 'Old', district: 'D', status: 'draft' } as unknown as Charter;
    const e = catalogEntryForStored(odd, 'odd', 1);
    expect(e).toMatchObject({ id: 'odd', title: 'Old', district: 'D', status: 'draft', revision: 1 });
  });

  it('gives every revision of one charter the id of its first revision', () => {
    const l = computeLineages([chain('r3', 'r2'), chain('r1', null), chain('r2', 'r1'), chain('other', null)]);
    expect(Object.fromEntries(l)).toEqual({ r1: 'r1', r2: 'r1', r3: 'r1', other: 'other' });
  });

  it('joins revisions whose first revision is missing under that missing id, and survives loops', () => {
    const l = computeLineages([chain('r3', 'r2'), chain('r2', 'gone'), chain('a', 'b'), chain('b', 'a')]);
    expect(l.get('r3')).toBe('gone');
    expect(l.get('r2')).toBe('gone');
    expect(l.get('a')).toBeDefined();
    expect(l.get('b')).toBeDefined();
  });

  it('finds the lineage of a revision being written from its previous revision', () => {
    const known = new Map([['r1', { lineage: 'r1' }]]);
    expect(lineageOf(chain('r2', 'r1'), (id) => known.get(id))).toBe('r1');
    expect(lineageOf(chain('r5', 'r4'), (id) => known.get(id))).toBe('r4');
    expect(lineageOf(chain('solo', null), () => undefined)).toBe('solo');
    expect(lineageOf(chain('self', 'self'), () => undefined)).toBe('self');
  });
});
