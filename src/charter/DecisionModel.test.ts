import { describe, expect, it } from 'vitest';
import {
  CONSTANTS_IN_EVERY_MODEL,
  CSI_CITATION,
  DECISION_MODELS,
  MODEL_NUMBERS,
  SOURCE_CITATION,
  TAKEAWAYS,
  modelAnswers,
  modelFor,
  modelLabel,
  type Side,
} from './DecisionModel';

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
      for (const field of ['name', 'short', 'looksLike'] as const) {
        expect(m[field].trim(), `model ${n} ${field}`).not.toBe('');
      }
      for (const field of ['fitsWhen', 'asksOfDistrict', 'asksOfSchools', 'risks'] as const) {
        expect(m[field].length, `model ${n} ${field}`).toBeGreaterThanOrEqual(2);
        for (const line of m[field]) expect(line, `model ${n} ${field}`).toMatch(/^[A-Z].{15,}\.$/);
      }
      expect(m.example.title.trim()).not.toBe('');
      expect(m.example.text.length).toBeGreaterThan(100);
    }
  });

  it('uses the source’s own districts as worked examples: Idaho for model 1, Washington for model 2', () => {
    expect(DECISION_MODELS[1].example.title).toMatch(/Idaho/);
    expect(DECISION_MODELS[1].example.text).toMatch(/foundational reading.*model 2.*model 1/s);
    expect(DECISION_MODELS[1].example.source).toBe(SOURCE_CITATION);
    expect(DECISION_MODELS[2].example.title).toMatch(/Washington/);
    expect(DECISION_MODELS[2].example.text).toMatch(/reading/);
    expect(DECISION_MODELS[2].example.source).toBe(SOURCE_CITATION);
    // No source gives a case of models 3 or 4: the examples there are our own, and labelled as such.
    for (const n of [3, 4] as const) {
      expect(DECISION_MODELS[n].example.source).toBeNull();
      expect(DECISION_MODELS[n].example.title).toMatch(/^An illustration/);
    }
  });

  it('does not place Evansville under model 3: its district set the priority', () => {
    expect(JSON.stringify(DECISION_MODELS[3])).not.toMatch(/Evansville/);
    expect(CSI_CITATION).toBe('Kaufman, Grimm & Miller, 2012');
  });

  it('keeps the Washington superintendent’s verbs: data, reports and consultation required; the K–12 link asked for', () => {
    const text = DECISION_MODELS[2].example.text;
    expect(text).toMatch(/required schools to collect data, report progress regularly and consult one another/);
    expect(text).toMatch(/asked school leaders to show how their own work made for a stronger K–12 experience/);
    const requiredClause = text.slice(text.indexOf('required'), text.indexOf('asked'));
    expect(requiredClause).not.toMatch(/K–12|show/);
  });

  it('asks of the district what the source says each kind of model needs', () => {
    // When the district sets priorities, sharing the data behind them wins buy-in.
    for (const n of [1, 2] as const) expect(DECISION_MODELS[n].asksOfDistrict.join(' ')).toMatch(/data/);
    // When decisions are delegated to schools, the district supports school planning and data use.
    for (const n of [2, 3] as const) expect(DECISION_MODELS[n].asksOfDistrict.join(' ')).toMatch(/planning.*data|data.*planning/);
  });

  it('states what holds in every model as the source does: exactly two things, resources agreed early and communication about progress', () => {
    expect(CONSTANTS_IN_EVERY_MODEL).toHaveLength(2);
    expect(CONSTANTS_IN_EVERY_MODEL[0]).toMatch(/early.*resources.*professional development/);
    expect(CONSTANTS_IN_EVERY_MODEL[1]).toMatch(/progress/);
    expect(CONSTANTS_IN_EVERY_MODEL.join(' ')).not.toMatch(/data|trust/);
  });

  it('gives the source’s three takeaways, each with the example the source gives for it', () => {
    expect(TAKEAWAYS).toHaveLength(3);
    expect(TAKEAWAYS.map((t) => t.example.title)).toEqual([
      'A small district in Washington state',
      'A large district in Idaho',
      'A large district in Washington state',
    ]);
    for (const t of TAKEAWAYS) {
      expect(t.example.source).toBe(SOURCE_CITATION);
      expect(t.text.length).toBeGreaterThan(80);
    }
    expect(TAKEAWAYS[0]!.text).toMatch(/say what it needs/);
    expect(TAKEAWAYS[2]!.text).toMatch(/trust/);
  });

  it('states each model’s two answers in words', () => {
    expect(modelAnswers(1)).toBe('District sets priorities · district controls actions');
    expect(modelAnswers(2)).toBe('District sets priorities · school controls actions');
    expect(modelAnswers(3)).toBe('School sets priorities · school controls actions');
    expect(modelAnswers(4)).toBe('School sets priorities · district controls actions');
  });

  it('labels a model, or says it is not decided', () => {
    expect(modelLabel(3)).toBe('Model 3: School sets priorities and controls actions');
    expect(modelLabel(null)).toBe('Not decided');
    expect(modelLabel(undefined)).toBe('Not decided');
  });
});
