import { describe, expect, it } from 'vitest';
import { DECISION_MODELS, MODEL_NUMBERS, type ModelNumber } from './DecisionModel';
import { AGREE_BEFORE_THE_SHIFT, shiftBetween, shiftHeadline, shiftLines } from './shift';

const PAIRS: Array<[ModelNumber, ModelNumber]> = MODEL_NUMBERS.flatMap((a) =>
  MODEL_NUMBERS.filter((b) => b !== a).map((b) => [a, b] as [ModelNumber, ModelNumber]),
);

describe('the shift between two models', () => {
  it('covers the 12 ordered pairs of different models', () => {
    expect(PAIRS).toHaveLength(12);
    for (const [a, b] of PAIRS) expect(shiftBetween(a, b), `${a} → ${b}`).not.toBeNull();
  });

  it('is nothing when the model does not change', () => {
    for (const n of MODEL_NUMBERS) expect(shiftBetween(n, n)).toBeNull();
  });

  it.each(PAIRS)('from model %i to model %i: says what the district and schools start and stop doing', (a, b) => {
    const s = shiftBetween(a, b)!;
    expect(s.from).toBe(a);
    expect(s.to).toBe(b);
    for (const side of [s.district, s.schools]) {
      expect(side.start.length).toBeGreaterThan(0);
      expect(side.stop.length).toBeGreaterThan(0);
      for (const line of [...side.start, ...side.stop]) {
        expect(line).toMatch(/^[A-Z].*\.$/); // a whole sentence
        expect(line.length).toBeGreaterThan(15);
      }
    }
    expect(shiftHeadline(s)).toBe(`From model ${a} to model ${b}: ${s.summary}.`);
  });

  it.each(PAIRS)('from model %i to model %i: names who gains and who gives up each decision', (a, b) => {
    const s = shiftBetween(a, b)!;
    const from = DECISION_MODELS[a];
    const to = DECISION_MODELS[b];
    const district = s.district.start.join(' ') + ' ' + s.district.stop.join(' ');
    const schools = s.schools.start.join(' ') + ' ' + s.schools.stop.join(' ');

    if (from.setsPriorities !== to.setsPriorities) {
      expect(s.priorities).toEqual({ from: from.setsPriorities, to: to.setsPriorities });
      // The side that gains the priority starts choosing/naming it; the other stops.
      const gains = to.setsPriorities === 'district' ? s.district.start : s.schools.start;
      const gives = to.setsPriorities === 'district' ? s.schools.stop : s.district.stop;
      expect(gains.join(' ')).toMatch(/priorit|need/i);
      expect(gives.join(' ')).toMatch(/priorit|focus|told/i);
    } else {
      expect(s.priorities).toBeNull();
    }

    if (from.controlsActions !== to.controlsActions) {
      expect(s.actions).toEqual({ from: from.controlsActions, to: to.controlsActions });
      if (to.controlsActions === 'district') {
        expect(s.district.start.join(' ')).toMatch(/specify|deliver|organise|approach|response|align/i);
        expect(schools).toMatch(/(own strategies|own programmes|own methods|own actions|own priority and methods|designing)/i);
      } else {
        expect(s.schools.start.join(' ')).toMatch(/strateg|actions|own/i);
        expect(district).toMatch(/support/i);
      }
    } else {
      expect(s.actions).toBeNull();
    }
  });

  it('reads differently for every pair: no two headlines or lists are the same', () => {
    const headlines = PAIRS.map(([a, b]) => shiftBetween(a, b)!.summary);
    expect(new Set(headlines).size).toBe(12);
    const bodies = PAIRS.map(([a, b]) => JSON.stringify([shiftBetween(a, b)!.district, shiftBetween(a, b)!.schools]));
    expect(new Set(bodies).size).toBe(12);
  });

  it('spells out 2 → 1 as the source describes it, with the Idaho district as precedent', () => {
    const s = shiftBetween(2, 1)!;
    expect(shiftHeadline(s)).toBe('From model 2 to model 1: the district now specifies the actions and the support; schools implement and report.');
    expect(s.district.start.join(' ')).toMatch(/Specify the actions/);
    expect(s.schools.stop.join(' ')).toMatch(/Designing their own strategies/);
    expect(s.precedent).toMatch(/Idaho.*Education Northwest, 2017/);
    // The source says only that the district realised it worked under model 2 while the data called for model 1.
    expect(s.precedent).toMatch(/worked under model 2 while the data called for model 1/);
    expect(s.precedent).not.toMatch(/made this move|after its data review/);
    expect(shiftBetween(1, 2)!.precedent).toBeNull();
  });

  it('lays the shift out as labelled lines for the review page and the PDF', () => {
    const lines = shiftLines(shiftBetween(3, 2)!);
    expect(lines.map(([label]) => label)).toEqual([
      'The shift',
      'The district starts',
      'The district stops',
      'Schools start',
      'Schools stop',
    ]);
    expect(lines[0][1]).toBe('From model 3 to model 2: the district now names the priority; schools keep the “how”.');
    expect(AGREE_BEFORE_THE_SHIFT).toMatch(/resources.*professional development.*progress/);
    expect(shiftLines(shiftBetween(2, 1)!).map(([l]) => l)).toContain('A district in the same position');
  });
});
