import { describe, expect, it } from 'vitest';
import { CADENCES } from '../charter/Cadence';
import { MODEL_NUMBERS } from '../charter/DecisionModel';
import { defaultRoles } from '../charter/Role';
import { EXPECTATION_TEMPLATES, expectationFromTemplate, isTemplateAdded, templatesFor } from './templates';

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
      expect(t.source).toMatch(/Education Northwest, 2017|Kaufman, Grimm & Miller, 2012|MSU K-12 Outreach/);
    }
    // Something only this model asks for comes first.
    expect(list[0]!.models.length).toBeLessThan(4);
  });

  it('draws on the ideas in the sources', () => {
    const text = EXPECTATION_TEMPLATES.map((t) => t.what).join(' ');
    expect(text).toMatch(/report progress/);
    expect(text).toMatch(/Consult another school/);
    expect(text).toMatch(/stronger K–12 experience/);
    expect(text).toMatch(/data behind each district priority/);
    expect(text).toMatch(/including professional development, before the school year starts/);
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
      withRoleIds: [],
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
