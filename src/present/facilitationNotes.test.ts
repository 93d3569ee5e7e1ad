import { describe, expect, it } from 'vitest';
import { STAGE_IDS } from '../workflow/stages';
import { FACILITATION_NOTES, notesFor } from './facilitationNotes';

describe('facilitation notes', () => {
  it('give every stage an aim, questions to ask, a pitfall and a source', () => {
    for (const stage of STAGE_IDS) {
      const n = notesFor(stage);
      expect(n.aim.length, stage).toBeGreaterThan(20);
      expect(n.ask.length, stage).toBeGreaterThanOrEqual(2);
      for (const q of n.ask) expect(q, stage).toMatch(/\?$/);
      expect(n.watchFor.length, stage).toBeGreaterThan(40);
      expect(n.source, stage).toMatch(/\d{4}|Outreach|Westover/);
    }
    expect(Object.keys(FACILITATION_NOTES)).toEqual([...STAGE_IDS]);
  });

  it('say what the sources say, no more (issue 15)', () => {
    // Two things hold in every model — not shared data, not trust.
    const models = notesFor('models').watchFor;
    expect(models).toMatch(/Two things hold in every model: early agreement on the resources needed, such as professional development, and frequent communication about progress\./);
    expect(models).not.toMatch(/shared data|trust/);
    // The staffing quote is an MSU K-12 Outreach specialist's, not what schools say.
    const roles = notesFor('roles');
    expect(roles.watchFor).toMatch(/MSU K-12 Outreach specialist/);
    expect(roles.watchFor).not.toMatch(/schools starting a turnaround say/);
    expect(roles.source).toBe('MSU K-12 Outreach, n.d.');
    // The Washington superintendent required data, reports and consultation, and asked for the K–12 link.
    const expectations = notesFor('expectations').watchFor;
    expect(expectations).toMatch(/required schools to collect data, report progress regularly and consult each other/);
    expect(expectations).toMatch(/asked them to show how their work strengthened K–12/);
    // "Different areas may need different models" is not in the source, so it is not credited to it.
    expect(notesFor('decide').watchFor).not.toMatch(/different models/);
    // What each side needs from the other is asked on Take positions and on Decide.
    expect(notesFor('positions').ask.join(' ')).toMatch(/what does each side need from the other/);
    expect(notesFor('decide').ask).toContain('What does each side need from the other for this model to work?');
  });
});
