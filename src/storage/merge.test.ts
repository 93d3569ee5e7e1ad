import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Charter } from '../charter/Charter';
import { newExpectation } from '../charter/Charter';
import { mergeCharters, sameContent } from './merge';

const draft = () => JSON.parse(readFileSync('tests/fixtures/riverside-draft.json', 'utf8')) as Charter;
const signed = () => JSON.parse(readFileSync('tests/fixtures/riverside-signed.json', 'utf8')) as Charter;
const edit = (c: Charter, f: (x: Charter) => void, at = '2026-10-01T10:00:00.000Z') => {
  const x = structuredClone(c);
  f(x);
  x.updatedAt = at;
  return x;
};

describe('merging a charter changed in two tabs', () => {
  it('keeps changes to different things from both sides, with no copy', () => {
    const base = draft();
    const mine = edit(base, (c) => (c.title = 'Title from tab A'));
    const theirs = edit(base, (c) => (c.district = 'District from tab B'), '2026-10-01T11:00:00.000Z');
    const m = mergeCharters(base, mine, theirs);
    expect(m.charter.title).toBe('Title from tab A');
    expect(m.charter.district).toBe('District from tab B');
    expect(m.conflicts).toEqual([]);
    expect(m.keepAsCopy).toBeNull();
    expect(m.charter.updatedAt).toBe('2026-10-01T11:00:00.000Z');
  });

  it('keeps this side where both changed the same thing, and hands back the other whole', () => {
    const base = draft();
    const mine = edit(base, (c) => (c.title = 'Alpha'));
    const theirs = edit(base, (c) => {
      c.title = 'Beta';
      c.facilitator = 'Someone new';
    });
    const m = mergeCharters(base, mine, theirs);
    expect(m.charter.title).toBe('Alpha');
    expect(m.charter.facilitator).toBe('Someone new');
    expect(m.conflicts).toEqual(['the title']);
    expect(m.keepAsCopy?.title).toBe('Beta');
  });

  it('keeps items added on both sides, drops an item removed on one side only if the other left it alone', () => {
    const base = draft();
    base.expectations = [newExpectation({ what: 'One' }), newExpectation({ what: 'Two' }), newExpectation({ what: 'Three' })];
    const mine = edit(base, (c) => {
      c.expectations.push(newExpectation({ what: 'Added in A' }));
      c.expectations[1].what = 'Two, changed in A';
    });
    const theirs = edit(base, (c) => {
      c.expectations = c.expectations.filter((e) => e.what !== 'Two' && e.what !== 'Three');
      c.expectations.push(newExpectation({ what: 'Added in B' }));
    });
    const m = mergeCharters(base, mine, theirs);
    // Their addition follows the item it followed in their list.
    expect(m.charter.expectations.map((e) => e.what)).toEqual(['One', 'Added in B', 'Two, changed in A', 'Added in A']);
    expect(m.keepAsCopy).toBeNull();
  });

  it('merges who is consulted as sets: each side’s additions and removals', () => {
    const base = draft();
    const right = base.rights[0];
    right.consulted = ['principal', 'teacher-teams'];
    const mine = edit(base, (c) => c.rights[0].consulted.push('superintendent'));
    const theirs = edit(base, (c) => (c.rights[0].consulted = ['teacher-teams', 'central-office']));
    const m = mergeCharters(base, mine, theirs);
    expect(m.charter.rights[0].consulted.sort()).toEqual(['central-office', 'superintendent', 'teacher-teams']);
  });

  it('never merges across a signature: a charter signed elsewhere wins and this side is kept as a copy', () => {
    const base: Charter = { ...signed(), status: 'draft', signatures: [], lockedAt: null, fingerprint: null };
    const theirs = signed();
    const mine = edit(base, (c) => (c.title = 'Edited while they signed'));
    const m = mergeCharters(base, mine, theirs);
    expect(m.charter.status).toBe('signed');
    expect(m.charter.fingerprint).toBe(theirs.fingerprint);
    expect(m.keepAsCopy?.title).toBe('Edited while they signed');
  });

  it('takes the other side when only it changed, and this side when only it changed', () => {
    const base = draft();
    const theirs = edit(base, (c) => (c.title = 'Only B'));
    expect(mergeCharters(base, base, theirs).charter.title).toBe('Only B');
    expect(mergeCharters(base, theirs, base).charter.title).toBe('Only B');
    expect(sameContent(mergeCharters(base, theirs, theirs).charter, theirs)).toBe(true);
  });

  it('loses nothing whatever two tabs type into the charter’s text (property)', () => {
    const base = draft();
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      if (typeof v === 'string') {
        const last = path.at(-1);
        if (typeof last === 'string' && !/id$|Id$|^format$|At$|^status$|^side$|^cadence$|^kind$|Date$|^start$|^due$|^first$|^byWhen$|^end$/.test(last)) {
          paths.push(path);
        }
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(base, []);
    expect(paths.length).toBeGreaterThan(20);
    const get = (c: unknown, p: (string | number)[]) => p.reduce((o: any, k) => o[k], c);
    const set = (c: unknown, p: (string | number)[], value: string) => {
      const parent = get(c, p.slice(0, -1));
      parent[p.at(-1)!] = value;
    };
    const edits = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: paths.length - 1 }), fc.string({ minLength: 1, maxLength: 12 })), {
      selector: ([i]) => i,
      maxLength: 6,
    });
    fc.assert(
      fc.property(edits, edits, (a, b) => {
        const mine = structuredClone(base);
        const theirs = structuredClone(base);
        for (const [i, text] of a) set(mine, paths[i], `A:${text}`);
        for (const [i, text] of b) set(theirs, paths[i], `B:${text}`);
        const m = mergeCharters(base, mine, theirs);
        const bByPath = new Map(b.map(([i, t]) => [i, `B:${t}`]));
        for (const [i, text] of a) expect(get(m.charter, paths[i])).toBe(`A:${text}`);
        for (const [i, text] of b) {
          if (a.some(([j]) => j === i)) expect(get(m.keepAsCopy, paths[i])).toBe(text === undefined ? '' : bByPath.get(i));
          else expect(get(m.charter, paths[i])).toBe(`B:${text}`);
        }
        expect(m.keepAsCopy === null).toBe(!a.some(([i]) => bByPath.has(i)));
      }),
      { numRuns: 300 },
    );
  });
});
