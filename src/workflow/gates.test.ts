import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newCharter, newFocusArea, newTeamMember, type Charter } from '../charter/Charter';
import { parseCharterFile } from '../charter/charterFile';
import { revise } from '../charter/signing';
import { canLeave, exitBlockers } from './gates';
import { restoredStage } from './workflowMachine';

/** The furthest stage the machine lets a charter reach. */
const furthestReachable = (c: Charter) => restoredStage(c, 'export');

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

function setUpCharter(): Charter {
  const c = newCharter();
  c.district = 'Riverside Unified';
  c.title = 'Reading charter';
  c.focusAreas = [newFocusArea('Elementary reading')];
  c.team = [newTeamMember({ name: 'José Ñúñez' })];
  return c;
}

describe('furthestReachable', () => {
  it('is set-up for a fresh charter', () => {
    expect(furthestReachable(newCharter())).toBe('setup');
  });

  it('is decide once set-up is done but no model is agreed', () => {
    expect(furthestReachable(setUpCharter())).toBe('decide');
  });

  it('is decide for the draft fixture, whose "Attendance" focus area is undecided', () => {
    expect(furthestReachable(fixture('riverside-draft'))).toBe('decide');
  });

  it('is review when every model is agreed but open items remain', () => {
    const c = fixture('riverside-draft');
    c.decisions[1].model = 2;
    expect(furthestReachable(c)).toBe('review'); // "Staffing and hiring" has no one setting priorities
  });

  it('is sign for a complete charter that nobody has signed yet', () => {
    expect(furthestReachable(revise(fixture('riverside-signed')))).toBe('sign');
  });

  it('is export for a signed charter', () => {
    expect(furthestReachable(fixture('riverside-signed'))).toBe('export');
    expect(furthestReachable(fixture('large-signed'))).toBe('export');
  });
});

describe('exitBlockers', () => {
  it('says what blocks each gate', () => {
    expect(exitBlockers(newCharter(), 'setup').map((i) => i.message)).toEqual([
      'Name the district.',
      'Give the charter a title.',
      'Add at least one focus area.',
      'Add the team members.',
    ]);
    expect(exitBlockers(fixture('riverside-draft'), 'decide').map((i) => i.message)).toEqual([
      'Agree a model for “Attendance”.',
    ]);
    expect(exitBlockers(revise(fixture('riverside-signed')), 'sign')[0].message).toMatch(/every signatory must sign/i);
  });

  it('never blocks the stages that have no gate', () => {
    for (const stage of ['reflect', 'models', 'positions', 'roles', 'expectations', 'export'] as const) {
      expect(canLeave(newCharter(), stage), stage).toBe(true);
    }
  });
});
