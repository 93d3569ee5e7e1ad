import { describe, expect, it } from 'vitest';
import { CADENCES } from '../charter/Cadence';
import { MODEL_NUMBERS } from '../charter/DecisionModel';
import { defaultRoles } from '../charter/Role';
import { OWN_SUGGESTION, SOURCES } from '../charter/sources';
import { EXPECTATION_TEMPLATES, expectationFromTemplate, isTemplateAdded, templatesFor } from './templates';

const CITATIONS = new Set([...SOURCES.map((s) => s.cite), OWN_SUGGESTION]);

const ROLE_IDS = new Set(defaultRoles().map((r) => r.id));
const YEAR = { start: '2026-08-17', end: '2027-06-11' };

describe('the template library', () => {
  it.each(MODEL_NUMBERS)('offers at least six expectations for model %i, each with an owner, a cadence, evidence and a source', (n) => {
    const list = templatesFor(n);
    expect(list.length).toBeGreaterThanOrEqual(6);
    for (const t of list) {
      expect(ROLE_IDS.has(t.ownerRoleId), t.id).toBe(true);
      expect(CADENCES).toContain(t.cadence);
      expect(t.evidence.trim()).not.toBe('');
      expect(CITATIONS.has(t.source), `${t.id}: ${t.source}`).toBe(true);
    }
    // Something only this model asks for comes first.
    expect(list[0]!.models.length).toBeLessThan(4);
  });

  it('draws on the ideas in the sources', () => {
    const text = EXPECTATION_TEMPLATES.map((t) => t.what).join(' ');
    expect(text).toMatch(/report progress/);
    expect(text).toMatch(/Consult another school/);
    expect(text).toMatch(/practice that is working in one school/);
    expect(text).toMatch(/strengthens the K–12 experience/);
    expect(text).toMatch(/data behind each district priority/);
    expect(text).toMatch(/including professional development, before the school year starts/);
  });

  it('credits Education Northwest only with what its article says, and marks our own ideas as ours', () => {
    const byId = (id: string) => EXPECTATION_TEMPLATES.find((t) => t.id === id)!;
    // Consulting other schools was one superintendent's requirement under model 2, not a rule for every model.
    expect(byId('consult-schools').models).toEqual([2]);
    expect(byId('k12-contribution').models).toEqual([2]);
    // Training, feedback, classroom visits and the model-4 templates are our own suggestions.
    for (const id of ['common-approach-training', 'response-training', 'implementation-feedback', 'classroom-visits', 'school-needs', 'district-response']) {
      expect(byId(id).source, id).toBe(OWN_SUGGESTION);
    }
    // Scaling up from a pocket of success fits every model (Education Week, 2012).
    expect(byId('scale-up').models).toEqual([1, 2, 3, 4]);
    expect(byId('scale-up').source).toMatch(/Education Week, 2012/);
  });

  it('has unique ids', () => {
    expect(new Set(EXPECTATION_TEMPLATES.map((t) => t.id)).size).toBe(EXPECTATION_TEMPLATES.length);
  });

  it('without a model, offers everything', () => {
    expect(templatesFor(null)).toHaveLength(EXPECTATION_TEMPLATES.length);
  });
});

describe('adding a template', () => {
  it('gives a complete expectation dated within the school year', () => {
    const t = EXPECTATION_TEMPLATES.find((x) => x.id === 'report-progress')!;
    expect(expectationFromTemplate('e1', t, YEAR, ROLE_IDS)).toEqual({
      id: 'e1',
      ownerRoleId: 'principal',
      what: t.what,
      cadence: 'monthly',
      evidence: t.evidence,
      start: '2026-08-17',
      due: '2027-06-11',
      source: t.source,
    });
    const resources = EXPECTATION_TEMPLATES.find((x) => x.id === 'agree-resources')!;
    expect(expectationFromTemplate('e2', resources, YEAR, ROLE_IDS)).toMatchObject({ start: '2026-06-18', due: '2026-08-17' });
  });

  it('keeps the template’s citation on the expectation, and none for our own suggestions', () => {
    const sourced = EXPECTATION_TEMPLATES.find((x) => x.id === 'scale-up')!;
    expect(expectationFromTemplate('e', sourced, YEAR, ROLE_IDS).source).toBe('Kaufman, Grimm & Miller, Education Week, 2012');
    const own = EXPECTATION_TEMPLATES.find((x) => x.id === 'classroom-visits')!;
    expect(expectationFromTemplate('e', own, YEAR, ROLE_IDS).source).toBe('');
  });

  it('leaves the owner empty when the charter has removed that role', () => {
    const t = EXPECTATION_TEMPLATES.find((x) => x.id === 'inquiry-cycles')!;
    expect(expectationFromTemplate('e', t, YEAR, new Set(['principal'])).ownerRoleId).toBeNull();
  });

  it('knows when its wording is already in the charter, and stops knowing once the team rewrites it', () => {
    const t = EXPECTATION_TEMPLATES[0]!;
    expect(isTemplateAdded(t, [{ what: `  ${t.what} ` }])).toBe(true);
    expect(isTemplateAdded(t, [{ what: `${t.what} By 1 August.` }])).toBe(false);
  });
});
