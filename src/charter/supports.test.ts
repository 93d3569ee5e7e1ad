import { describe, expect, it } from 'vitest';
import { MODEL_NUMBERS } from './DecisionModel';
import { defaultRoles } from './Role';
import {
  COMMUNICATION_SUGGESTIONS,
  RESOURCE_SUGGESTIONS,
  commitmentFromSuggestion,
  defaultSchoolYear,
  parseDay,
  resourceFromSuggestion,
  schoolYearLabel,
  schoolYearProblem,
  suggestionsFor,
} from './supports';

const ROLE_IDS = new Set(defaultRoles().map((r) => r.id));

describe('the school year', () => {
  it('plans for the year that starts in August: from April on, the coming year; before April, the one under way', () => {
    expect(defaultSchoolYear(new Date('2026-09-14T12:00:00Z'))).toEqual({ start: '2026-08-15', end: '2027-06-15' });
    expect(defaultSchoolYear(new Date('2026-04-02T12:00:00Z'))).toEqual({ start: '2026-08-15', end: '2027-06-15' });
    expect(defaultSchoolYear(new Date('2027-01-20T12:00:00Z'))).toEqual({ start: '2026-08-15', end: '2027-06-15' });
    expect(defaultSchoolYear(new Date('2026-09-14T12:00:00Z'), 9)).toEqual({ start: '2026-09-15', end: '2027-07-15' });
  });

  it('is labelled like a school year', () => {
    expect(schoolYearLabel({ start: '2026-08-17', end: '2027-06-11' })).toBe('2026–27');
    expect(schoolYearLabel({ start: '2027-02-03', end: '2027-12-10' })).toBe('2027');
  });

  it('must have both dates, in order, and no more than about 13 months', () => {
    expect(schoolYearProblem({ start: '2026-08-17', end: '2027-06-11' })).toBeNull();
    expect(schoolYearProblem({ start: '', end: '2027-06-11' })).toBe('Set the first and last day of the school year.');
    expect(schoolYearProblem({ start: '2026-02-30', end: '2027-06-11' })).toBe('Set the first and last day of the school year.');
    expect(schoolYearProblem({ start: '2026-08-17', end: '2026-08-17' })).toBe('The school year must end after it starts.');
    expect(schoolYearProblem({ start: '2026-08-17', end: '2028-06-11' })).toBe('A school year is at most about 13 months long.');
  });

  it('reads only real calendar days', () => {
    expect(parseDay('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parseDay('2027-02-29')).toBeNull();
    expect(parseDay('29/02/2028')).toBeNull();
  });
});

describe('suggested supports', () => {
  it('every model gets resource agreements and a full communication plan: progress reports, check-ins and cross-school sharing', () => {
    for (const n of MODEL_NUMBERS) {
      expect(suggestionsFor(RESOURCE_SUGGESTIONS, [n]).length, `model ${n}`).toBeGreaterThanOrEqual(3);
      const kinds = new Set(suggestionsFor(COMMUNICATION_SUGGESTIONS, [n]).map((s) => s.kind));
      expect([...kinds].sort(), `model ${n}`).toEqual(['check-in', 'cross-school', 'progress-report']);
    }
    expect(suggestionsFor(RESOURCE_SUGGESTIONS, [])).toHaveLength(RESOURCE_SUGGESTIONS.length);
  });

  it('the professional development agreement is due before the school year starts', () => {
    const year = { start: '2026-08-17', end: '2027-06-11' };
    const pd = resourceFromSuggestion('r1', RESOURCE_SUGGESTIONS.find((s) => s.id === 'pd-budget')!, year, ROLE_IDS);
    expect(pd).toMatchObject({ id: 'r1', fromRoleId: 'central-office', toRoleId: 'principal', byWhen: '2026-07-18' });
  });

  it('a suggested check-in becomes an expectation that starts inside the year and keeps only roles the charter has', () => {
    const year = { start: '2026-08-17', end: '2027-06-11' };
    const s = COMMUNICATION_SUGGESTIONS.find((x) => x.id === 'semester-sharing')!;
    const line = commitmentFromSuggestion('m1', s, year, new Set(['central-office', 'school-leadership-team']));
    expect(line).toEqual({
      id: 'm1',
      what: `Schools learning from schools: ${s.what}`,
      ownerRoleId: 'central-office',
      withRoleIds: ['school-leadership-team'],
      cadence: 'semester',
      evidence: '',
      start: '2026-10-16',
      due: '',
      source: s.source,
    });
  });
});
