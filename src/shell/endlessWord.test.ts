import { describe, expect, it } from 'vitest';
import { ENDLESS_WORD_LETTERS, hasEndlessWord } from './endlessWord';

describe('hasEndlessWord', () => {
  it('leaves real names, titles and roles alone', () => {
    for (const name of [
      'Αλέξανδρος Παπαδόπουλος',
      'Siobhán O’Connor',
      'Nguyễn Thị Minh',
      'Special-education lead',
      'María José Fernández-Castellanos de la Fuente',
      'Instructional coaches',
      'reports/reading/2026-27/grade-3',
    ]) {
      expect(hasEndlessWord(name), name).toBe(false);
    }
  });

  it('finds a word of 25 letters or more', () => {
    expect(hasEndlessWord(`José ${'W'.repeat(ENDLESS_WORD_LETTERS)}`)).toBe(true);
    expect(hasEndlessWord('W'.repeat(ENDLESS_WORD_LETTERS - 1))).toBe(false);
    expect(hasEndlessWord('Superintendent'.repeat(2))).toBe(true);
  });

  it('is false for empty text', () => {
    expect(hasEndlessWord('')).toBe(false);
    expect(hasEndlessWord(undefined)).toBe(false);
  });
});
