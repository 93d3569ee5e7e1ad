import { describe, expect, it } from 'vitest';
import { breakable } from './breakable';

const show = (s: string) => s.replace(/\u00ad/g, '-');

describe('breakable', () => {
  it('puts one soft hyphen near the middle of long words only', () => {
    expect(show(breakable('Superintendent'))).toBe('Superin-tendent');
    expect(show(breakable('Instructional coaches'))).toBe('Instruc-tional coaches');
    expect(breakable('School leadership team')).toBe('School leadership team');
  });

  it('leaves the text the same once the soft hyphens are taken out', () => {
    for (const s of ['Special-education lead', 'Assistant superintendents', 'Περιφερειακός διευθυντής']) {
      expect(breakable(s).replace(/\u00ad/g, '')).toBe(s);
    }
  });
});
