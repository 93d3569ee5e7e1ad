import { describe, expect, it } from 'vitest';
import { defaultPaper } from './paper';

describe('default paper size', () => {
  it('is Letter in the United States and Canada', () => {
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('fr-CA')).toBe('letter');
  });
  it('is A4 elsewhere', () => {
    expect(defaultPaper('en-GB')).toBe('a4');
    expect(defaultPaper('de-DE')).toBe('a4');
    expect(defaultPaper('vi-VN')).toBe('a4');
  });
  it('guesses from the language when no region is given', () => {
    expect(defaultPaper('en')).toBe('letter');
    expect(defaultPaper('fr')).toBe('a4');
  });
  it('copes with a malformed locale', () => {
    expect(defaultPaper('not a locale!!')).toBe('a4');
  });
});
