import { describe, expect, it } from 'vitest';
import { DECISION_MODELS, MODEL_NUMBERS, SOURCE_CITATION, modelFor, modelLabel, type Side } from './DecisionModel';

describe('the four decision models (Education Northwest, 2017)', () => {
  it.each([
    [1, 'district', 'district'],
    [2, 'district', 'school'],
    [3, 'school', 'school'],
    [4, 'school', 'district'],
  ] as const)('model %i: %s sets priorities, %s controls actions', (n, sets, controls) => {
    expect(DECISION_MODELS[n].number).toBe(n);
    expect(DECISION_MODELS[n].setsPriorities).toBe(sets);
    expect(DECISION_MODELS[n].controlsActions).toBe(controls);
  });

  it('modelFor is the inverse: each pair of answers gives back its model', () => {
    for (const n of MODEL_NUMBERS) {
      const m = DECISION_MODELS[n];
      expect(modelFor(m.setsPriorities, m.controlsActions).number).toBe(n);
    }
  });

  it('covers every cell of the 2×2 exactly once', () => {
    const sides: Side[] = ['district', 'school'];
    const cells = sides.flatMap((s) => sides.map((c) => modelFor(s, c).number));
    expect([...cells].sort()).toEqual([1, 2, 3, 4]);
  });

  it('gives every model the plain-language text the Explore stage shows', () => {
    for (const n of MODEL_NUMBERS) {
      const m = DECISION_MODELS[n];
      for (const field of ['name', 'short', 'looksLike', 'fitsWhen', 'asksOfDistrict', 'asksOfSchools', 'risks', 'example'] as const) {
        expect(m[field].trim(), `model ${n} ${field}`).not.toBe('');
      }
    }
  });

  it('labels a model, or says it is not decided', () => {
    expect(modelLabel(3)).toBe('Model 3: School sets priorities and controls actions');
    expect(modelLabel(null)).toBe('Not decided');
    expect(modelLabel(undefined)).toBe('Not decided');
  });

  it('cites the source', () => {
    expect(SOURCE_CITATION).toBe('Education Northwest, 2017');
  });
});
