/**
 * Every model-specific text agrees with its model's two answers: no district
 * priority where schools set priorities, no school-chosen strategies where the
 * district controls actions, and so on. Checked across the models' own text and
 * examples, the expectation templates, the suggested supports, and the
 * start-lines of every shift between models.
 */
import { describe, expect, it } from 'vitest';
import { DECISION_MODELS, MODEL_NUMBERS, TAKEAWAYS, type ModelNumber, type Side } from '../../../src/charter/DecisionModel';
import { COMMUNICATION_SUGGESTIONS, RESOURCE_SUGGESTIONS } from '../../../src/charter/supports';
import { shiftBetween } from '../../../src/charter/shift';
import { EXPECTATION_TEMPLATES } from '../../../src/expectations/templates';

/** Wording that only makes sense when the given question is answered by the other side. */
const CONTRADICTS: Record<'priorities' | 'actions', Record<Side, RegExp[]>> = {
  priorities: {
    // When schools set priorities, there is no district priority and no district-chosen focus.
    school: [
      /district(’s|'s)? priorit/i,
      /district-wide priority/i,
      /priority the district/i,
      /district (names|sets|chooses) the (focus|priority)/i,
      /every school in scope/i,
      /common approach/i,
    ],
    // When the district sets priorities, schools do not choose their own.
    district: [
      /school(’s|'s)? (own )?priorities from its own data/i,
      /(choose|pick|set)s? (its|their) (own )?priorit/i,
      /school(’s|'s)? most pressing need/i,
      /schools (say|name) what they (most )?need/i,
    ],
  },
  actions: {
    // When schools control actions, the district does not prescribe or deliver them.
    school: [
      /common approach/i,
      /specif(y|ies) the (actions|approach)/i,
      /district (designs|delivers|organises|leads) the (response|actions)/i,
      /actions (it|the district) leads/i,
      /district’s chosen actions/i,
    ],
    // When the district controls actions, schools do not choose their own strategies or run their own plans.
    district: [
      /choose (the|its|their) (own )?strateg/i,
      /school(’s|'s)? own (goals and )?strateg/i,
      /(run|runs) (its|their) own (plan|actions|programmes)/i,
      /design (their|its) own strateg/i,
    ],
  },
};

function contradictions(text: string, model: ModelNumber): string[] {
  const m = DECISION_MODELS[model];
  const rules = [...CONTRADICTS.priorities[m.setsPriorities], ...CONTRADICTS.actions[m.controlsActions]];
  return rules.filter((r) => r.test(text)).map((r) => `model ${model}: ${r} in “${text}”`);
}

describe('model-specific text agrees with its model', () => {
  it('in each model’s own description and worked example', () => {
    const found = MODEL_NUMBERS.flatMap((n) => {
      const m = DECISION_MODELS[n];
      const texts = [m.looksLike, ...m.fitsWhen, ...m.asksOfDistrict, ...m.asksOfSchools, m.example.text];
      return texts.flatMap((t) => contradictions(t, n));
    });
    expect(found).toEqual([]);
  });

  it('in every expectation template, for each model it is offered under', () => {
    const found = EXPECTATION_TEMPLATES.flatMap((t) => t.models.flatMap((n) => contradictions(`${t.what} ${t.evidence}`, n)));
    expect(found).toEqual([]);
  });

  it('in every suggested resource agreement and line of the communication plan', () => {
    const found = [...RESOURCE_SUGGESTIONS, ...COMMUNICATION_SUGGESTIONS].flatMap((s) => s.models.flatMap((n) => contradictions(s.what, n)));
    expect(found).toEqual([]);
  });

  it('in what each side starts doing when a focus area moves to a model', () => {
    const found: string[] = [];
    for (const from of MODEL_NUMBERS) {
      for (const to of MODEL_NUMBERS) {
        const s = shiftBetween(from, to);
        if (!s) continue;
        for (const line of [...s.district.start, ...s.schools.start]) found.push(...contradictions(line, to));
      }
    }
    expect(found).toEqual([]);
  });

  it('would catch the contradictions fixed in issue 15', () => {
    expect(contradictions('Set school goals that serve the district priority, and choose the strategies to reach them.', 3)).not.toEqual([]);
    expect(contradictions('Train and coach every school in scope on the common approach the district has chosen.', 4)).not.toEqual([]);
  });

  it('ties each takeaway’s example to the model the source places it under', () => {
    // The Washington superintendent set the focus and left goals and methods to schools: model 2.
    expect(DECISION_MODELS[2].example).toBe(TAKEAWAYS[0]!.example);
    // Idaho: working under model 2, the data called for model 1.
    expect(DECISION_MODELS[1].example).toBe(TAKEAWAYS[1]!.example);
  });
});
