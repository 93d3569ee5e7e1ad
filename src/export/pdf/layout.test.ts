import { describe, expect, it } from 'vitest';
import {
  cleanText,
  contentWidth,
  fits,
  formatDate,
  formatDateShort,
  formatDateTime,
  headingKeepHeight,
  pageFrame,
  place,
  truncateToWidth,
  wrapText,
} from './layout';

/** Every character is one unit wide. */
const mono = (s: string) => Array.from(s).length;

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('hello world', 20, mono)).toEqual(['hello world']);
  });

  it('breaks between words so no line is wider than the limit', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 10, mono);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
    for (const l of lines) expect(mono(l)).toBeLessThanOrEqual(10);
  });

  it('uses a word that exactly fills the line', () => {
    expect(wrapText('abcde fghij', 5, mono)).toEqual(['abcde', 'fghij']);
  });

  it('splits a word longer than the line by characters', () => {
    expect(wrapText('ab abcdefghijkl cd', 5, mono)).toEqual(['ab', 'abcde', 'fghij', 'kl cd']);
  });

  it('keeps line breaks and blank lines, collapses runs of spaces', () => {
    expect(wrapText('one   two\n\nthree', 20, mono)).toEqual(['one two', '', 'three']);
    expect(wrapText('a\r\nb\rc', 20, mono)).toEqual(['a', 'b', 'c']);
  });

  it('gives no lines for empty or blank text', () => {
    expect(wrapText('', 10, mono)).toEqual([]);
    expect(wrapText('  \n \n ', 10, mono)).toEqual([]);
  });

  it('does not lose or reorder any word', () => {
    const text = 'Nguyễn Thị Minh and Αλέξανδρος Παπαδόπουλος met Ольга Иванова at the September retreat';
    const lines = wrapText(text, 12, mono);
    expect(lines.join(' ')).toBe(text);
  });

  it('respects a proportional measure', () => {
    const wide = (s: string) => Array.from(s).reduce((w, ch) => w + (ch === 'W' ? 3 : 1), 0);
    const lines = wrapText('WWW aaa WWW', 13, wide);
    expect(lines).toEqual(['WWW aaa', 'WWW']);
    for (const l of lines) expect(wide(l)).toBeLessThanOrEqual(13);
  });

  it('normalises to NFC and drops control characters', () => {
    const decomposed = 'Nguye\u0302\u0303n';
    expect(wrapText(decomposed, 40, mono)).toEqual(['Nguyễn']);
    expect(cleanText('a\u0007b\tc')).toBe('ab    c');
  });
});

describe('page breaks', () => {
  const frame = { top: 62, bottom: 734 };

  it('fits a block that ends at the bottom exactly', () => {
    expect(fits(700, 34, 734)).toBe(true);
    expect(fits(700, 35, 734)).toBe(false);
  });

  it('keeps a block where it is when it fits', () => {
    expect(place(100, 50, frame)).toEqual({ y: 100, newPage: false });
  });

  it('moves a block that does not fit to the top of a new page', () => {
    expect(place(700, 50, frame)).toEqual({ y: 62, newPage: true });
  });

  it('never moves a block that already starts at the top, however tall', () => {
    expect(place(62, 5000, frame)).toEqual({ y: 62, newPage: false });
  });

  it('keeps a heading with the start of what follows', () => {
    expect(headingKeepHeight(20, 300, 48)).toBe(68);
    expect(headingKeepHeight(20, 10, 48)).toBe(30);
  });

  it('gives letter and A4 frames with 54 pt side margins', () => {
    const letter = pageFrame('letter');
    expect([letter.width, letter.height]).toEqual([612, 792]);
    expect(contentWidth(letter)).toBe(504);
    const a4 = pageFrame('a4');
    expect(a4.width).toBeCloseTo(595.28);
    expect(a4.bottom).toBeLessThan(a4.height - 54);
    expect(a4.top).toBeGreaterThan(54);
  });
});

describe('dates and truncation', () => {
  it('writes dates with the month spelled out', () => {
    expect(formatDate('2026-09-14')).toBe('14 September 2026');
    expect(formatDate('')).toBe('Not set');
    expect(formatDateShort('2027-06-01')).toBe('1 Jun 2027');
    expect(formatDateShort('')).toBe('Not set');
    expect(formatDateTime('2026-09-14T19:05:00.000Z')).toBe('14 September 2026, 19:05 UTC');
  });

  it('truncates to a width with an ellipsis only when needed', () => {
    expect(truncateToWidth('short', 10, mono)).toBe('short');
    const cut = truncateToWidth('a rather long heading', 10, mono);
    expect(cut.endsWith('…')).toBe(true);
    expect(mono(cut)).toBeLessThanOrEqual(10);
  });
});
