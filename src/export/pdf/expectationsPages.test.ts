import { describe, expect, it } from 'vitest';
import { datesByLetter } from './expectationsPages';

describe('the printed calendar, one line per date', () => {
  const A = { id: 'a' };
  const B = { id: 'b' };
  const C = { id: 'c' };
  const letters = new Map([[A, 'A'], [B, 'B'], [C, 'C']]);
  const at = (date: string, item: { id: string }, number: number, of: number) => ({ date, item, number, of });

  it('writes letters at the same point of their run once, with one count', () => {
    const lines = datesByLetter(
      [at('2026-09-01', A, 1, 12), at('2026-09-01', C, 1, 12), at('2026-09-01', B, 1, 4), at('2026-10-01', A, 2, 12)],
      (item) => letters.get(item)!,
    );
    expect(lines).toEqual([
      { date: '2026-09-01', line: 'A, C (1 of 12); B (1 of 4)' },
      { date: '2026-10-01', line: 'A (2 of 12)' },
    ]);
  });

  it('gives a one-off its letter alone', () => {
    expect(datesByLetter([at('2027-06-15', B, 1, 1)], (item) => letters.get(item)!)).toEqual([{ date: '2027-06-15', line: 'B' }]);
  });
});
