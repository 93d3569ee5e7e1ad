import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Charter } from '../charter/Charter';
import { newExpectation } from '../charter/Charter';
import { revise } from '../charter/signing';
import { compareCharters, totalChanges, wordParts, type DiffSection } from './charterDiff';

const signed = () => JSON.parse(readFileSync('tests/fixtures/riverside-signed.json', 'utf8')) as Charter;
const sectionOf = (sections: DiffSection[], id: string) => sections.find((s) => s.id === id)!;
const changed = (s: DiffSection) => s.items.filter((i) => i.change !== 'same');

describe('what changed between two revisions', () => {
  const rev1 = signed();
  const rev2 = revise(rev1, new Date('2027-06-01T09:00:00.000Z'));
  // The annual review: one model changes, a role is reassigned, an expectation is added and one dropped, a new signatory.
  const maths = rev2.focusAreas[1];
  const mathsDecision = rev2.decisions.find((d) => d.focusAreaId === maths.id)!;
  mathsDecision.model = 2;
  mathsDecision.rationale = 'Schools are now ready to plan their own routes to the district priority.';
  const right = rev2.rights[0];
  right.decidesActions = 'principal';
  const dropped = rev2.expectations.shift()!;
  rev2.expectations.push(newExpectation({ what: 'Share each school’s mathematics plan with the others by October.', ownerRoleId: 'principal', cadence: 'annually' }));
  rev2.team.push({ id: 'new-member', name: 'Kwame Mensah', title: 'Principal, Eastgate', side: 'school', signatory: true, keyboardName: '' });
  const sections = compareCharters(rev1, rev2);

  it('shows the agreed model that changed, in words, with the reasoning', () => {
    const models = changed(sectionOf(sections, 'models'));
    expect(models.map((i) => i.name)).toEqual([maths.name]);
    const model = models[0].fields.find((f) => f.label === 'Agreed model')!;
    expect(model.before).toBe('Model 3: School sets priorities and controls actions');
    expect(model.after).toBe('Model 2: District sets priorities, school controls actions');
    expect(models[0].fields.find((f) => f.label === 'Why this model')?.changed).toBe(true);
  });

  it('shows a reassigned decision right by role name', () => {
    const rights = changed(sectionOf(sections, 'rights'));
    expect(rights).toHaveLength(1);
    const f = rights[0].fields.find((x) => x.label === 'Decides actions')!;
    expect(f.after).toBe('Principal');
    expect(f.before).not.toBe('Principal');
    expect(rights[0].name).toContain(' — ');
  });

  it('lists added and removed expectations and a new signatory', () => {
    const exp = changed(sectionOf(sections, 'expectations'));
    expect(exp.map((i) => i.change).sort()).toEqual(['added', 'removed']);
    expect(exp.find((i) => i.change === 'removed')?.fields.find((f) => f.label === 'What')?.before).toBe(dropped.what);
    const team = changed(sectionOf(sections, 'team'));
    expect(team).toMatchObject([{ change: 'added', name: 'Kwame Mensah' }]);
    expect(team[0].fields.find((f) => f.label === 'Signs the charter')?.after).toBe('Yes');
  });

  it('shows that the new revision is not signed yet', () => {
    expect(changed(sectionOf(sections, 'signatures')).every((i) => i.change === 'removed')).toBe(true);
    expect(changed(sectionOf(sections, 'signatures'))).toHaveLength(rev1.signatures.length);
    const status = sectionOf(sections, 'basics').items[0].fields.find((f) => f.label === 'Status')!;
    expect(status.before).toMatch(/^Signed and locked on 20\d\d-/);
    expect(status.after).toBe('Draft');
  });

  it('finds no changes between a revision and itself', () => {
    expect(totalChanges(compareCharters(rev1, structuredClone(rev1)))).toBe(0);
  });

  it('marks the words that changed inside a sentence', () => {
    const lead = 'Every principal reports progress on the school reading goals to the central office ';
    const { beforeParts, afterParts } = wordParts(`${lead}monthly.`, `${lead}each quarter.`);
    expect(beforeParts.filter((p) => p.changed).map((p) => p.text.trim())).toEqual(['monthly']);
    expect(afterParts.filter((p) => p.changed).map((p) => p.text.trim()).join('')).toMatch(/^each\s*quarter$/);
    expect(beforeParts.map((p) => p.text).join('')).toBe(`${lead}monthly.`);
    expect(afterParts.map((p) => p.text).join('')).toBe(`${lead}each quarter.`);
    // A short value, such as a model, is replaced whole.
    expect(wordParts('Model 3: School sets priorities and controls actions', 'Model 2: District sets priorities, school controls actions')).toEqual({
      beforeParts: [{ text: 'Model 3: School sets priorities and controls actions', changed: true }],
      afterParts: [{ text: 'Model 2: District sets priorities, school controls actions', changed: true }],
    });
  });
});
