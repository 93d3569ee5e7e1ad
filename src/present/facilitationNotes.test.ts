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
});
