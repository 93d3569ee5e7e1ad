import { describe, expect, it } from 'vitest';
import { EIGHT_PRACTICES, EIGHT_PRACTICES_SOURCE } from './reflectAndRefine';
import { OWN_SUGGESTION, SOURCES, cite, referenceEntry, referenceList } from './sources';

describe('the sources', () => {
  it('lists each source document once, with author, title and outlet as the documents give them', () => {
    expect(SOURCES.map((s) => s.id)).toEqual(['ednw-2017', 'csi-2012', 'edweek-2012', 'westover', 'msu']);
    expect(new Set(SOURCES.map((s) => s.cite)).size).toBe(SOURCES.length);
    for (const s of SOURCES) {
      expect(s.title.trim()).not.toBe('');
      expect(s.authors.trim()).not.toBe('');
      expect(s.usedFor.length).toBeGreaterThan(0);
    }
  });

  it('invents no year where the document gives none', () => {
    expect(sourceYear('westover')).toBeNull();
    expect(sourceYear('msu')).toBeNull();
    expect(cite('westover')).toBe('Westover & Steinhauser, n.d.');
    expect(cite('msu')).toBe('MSU K-12 Outreach, n.d.');
    expect(referenceEntry(SOURCES.find((s) => s.id === 'westover')!)).toBe(
      'Westover, J., & Steinhauser, C. (n.d.). Reimagining Schools for Better Student Learning. Publisher not given.',
    );
  });

  it('tells the book from the Education Week article by the same authors', () => {
    expect(cite('csi-2012')).toBe('Kaufman, Grimm & Miller, 2012');
    expect(cite('edweek-2012')).toBe('Kaufman, Grimm & Miller, Education Week, 2012');
  });

  it('gives the reference list alphabetically by author', () => {
    expect(referenceList()).toEqual([
      'Education Northwest. (2017). The District’s Role in School Improvement. Education Northwest.',
      'Kaufman, T. E., Grimm, E. D., & Miller, A. (2012). Using District Resources to Scale Up School Reform. Education Week (opinion).',
      'Kaufman, T. E., Grimm, E. D., & Miller, A. E. (2012). Collaborative School Improvement: Eight Practices for District-School Partnerships to Transform Teaching and Learning. Harvard Education Press.',
      'MSU Office of K-12 Outreach. (n.d.). District systems change. MSU Office of K-12 Outreach.',
      'Westover, J., & Steinhauser, C. (n.d.). Reimagining Schools for Better Student Learning. Publisher not given.',
    ]);
  });

  it('has a mark for our own suggestions that is not a citation', () => {
    expect(SOURCES.some((s) => s.cite === OWN_SUGGESTION)).toBe(false);
  });
});

describe('the annual reflect-and-refine checklist', () => {
  it('asks one question for each of the eight practices, in the book’s order', () => {
    expect(EIGHT_PRACTICES.map((p) => p.name)).toEqual([
      'Adopt an inquiry cycle',
      'Clarify roles and create teams',
      'Team effectively',
      'Narrow the focus',
      'Lead with purpose',
      'Connect teams',
      'Leverage expertise',
      'Reflect and refine',
    ]);
    for (const p of EIGHT_PRACTICES) expect(p.question).toMatch(/^[A-Z].{30,}\?$/);
    expect(EIGHT_PRACTICES_SOURCE).toBe('Kaufman, Grimm & Miller, 2012');
  });
});

function sourceYear(id: 'westover' | 'msu'): string | null {
  return SOURCES.find((s) => s.id === id)!.year;
}
