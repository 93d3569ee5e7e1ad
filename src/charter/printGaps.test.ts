import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Charter } from './Charter';
import { printGaps, printGapsSentence } from './printGaps';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')) as Charter;

describe('printGaps', () => {
  it('counts each kind of empty field the PDF will leave out', () => {
    const c = fixture('riverside-signed');
    for (const e of c.expectations) {
      e.evidence ||= 'Report on file';
      e.start ||= '2026-09-01';
    }
    c.expectations.slice(0, 3).forEach((e) => (e.evidence = ''));
    c.expectations.slice(0, 2).forEach((e) => (e.start = ''));
    c.inScope = ' ';
    const gaps = printGaps(c);
    expect(gaps).toContainEqual({ count: 3, text: 'evidence for 3 expectations' });
    expect(gaps).toContainEqual({ count: 2, text: 'start dates for 2 expectations' });
    expect(gaps).toContainEqual({ count: 1, text: 'what is in scope' });
    expect(printGapsSentence(gaps)).toMatch(/^The PDF will print without: .*evidence for 3 expectations; start dates for 2 expectations/);
  });

  it('says nothing when nothing is missing', () => {
    expect(printGapsSentence([])).toBe('');
  });
});
