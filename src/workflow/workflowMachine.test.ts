import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { newCharter, newFocusArea, newTeamMember, type Charter } from '../charter/Charter';
import { parseCharterFile } from '../charter/charterFile';
import { revise, sign } from '../charter/signing';
import { STAGE_IDS, stageIndex, type StageId } from './stages';
import { snapshotAt, stageOf, workflowMachine } from './workflowMachine';

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

function start(charter: Charter, stage?: StageId) {
  const actor = stage
    ? createActor(workflowMachine, { input: { charter }, snapshot: snapshotAt(charter, stage) })
    : createActor(workflowMachine, { input: { charter } });
  actor.start();
  return actor;
}

const stage = (actor: ReturnType<typeof start>) => stageOf(actor.getSnapshot());

/** A charter with just enough to leave set-up. */
function setUpCharter(): Charter {
  const c = newCharter(new Date('2026-09-01T09:00:00Z'));
  c.district = 'Riverside Unified';
  c.title = 'Reading charter';
  c.focusAreas = [newFocusArea('Elementary reading', 'K–5')];
  c.team = [newTeamMember({ name: 'José Ñúñez', side: 'district' })];
  return c;
}

/** riverside-signed as it was just before anyone signed: complete, not yet signed. */
function completeUnsigned(): Charter {
  const c = revise(fixture('riverside-signed'));
  return c;
}

async function signEveryone(c: Charter): Promise<Charter> {
  let cur = c;
  for (const m of c.team.filter((t) => t.signatory)) {
    const r = await sign(cur, m.id, m.name);
    if (!r.ok) throw new Error(r.error);
    cur = r.charter;
  }
  return cur;
}

describe('workflow machine', () => {
  it('starts at set-up', () => {
    expect(stage(start(newCharter()))).toBe('setup');
  });

  it('will not move on from set-up with an empty charter', () => {
    const actor = start(newCharter());
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('setup');
  });

  it('moves on from set-up once district, title, a focus area and the team are filled in', () => {
    const actor = start(newCharter());
    const c = newCharter();
    c.district = 'Riverside Unified';
    actor.send({ type: 'CHARTER_CHANGED', charter: structuredClone(c) });
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('setup'); // district alone is not enough

    actor.send({ type: 'CHARTER_CHANGED', charter: setUpCharter() });
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('reflect');
    expect(actor.getSnapshot().context.charter.district).toBe('Riverside Unified');
  });

  it('refuses to leave set-up when one of the team has no name', () => {
    const c = setUpCharter();
    c.team.push(newTeamMember({ name: '  ' }));
    const actor = start(c);
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('setup');
  });

  it('always allows BACK, from every stage, even with an empty charter', () => {
    const empty = newCharter();
    for (const id of STAGE_IDS.slice(1)) {
      const actor = start(empty, id);
      expect(stage(actor)).toBe(id);
      actor.send({ type: 'BACK' });
      expect(stage(actor)).toBe(STAGE_IDS[stageIndex(id) - 1]);
    }
  });

  it('ignores BACK at the first stage', () => {
    const actor = start(newCharter());
    actor.send({ type: 'BACK' });
    expect(stage(actor)).toBe('setup');
  });

  it('walks forward through the stages that have no gate', () => {
    const actor = start(setUpCharter());
    for (const expected of ['reflect', 'models', 'positions', 'decide'] as const) {
      actor.send({ type: 'NEXT' });
      expect(stage(actor)).toBe(expected);
    }
    actor.send({ type: 'NEXT' }); // no model agreed for the focus area yet
    expect(stage(actor)).toBe('decide');
  });

  it('refuses GOTO beyond the furthest reachable stage, and allows it up to there', () => {
    const draft = fixture('riverside-draft'); // "Attendance" has no agreed model: stuck at decide
    const actor = start(draft);
    actor.send({ type: 'GOTO', stage: 'roles' });
    expect(stage(actor)).toBe('setup');
    actor.send({ type: 'GOTO', stage: 'export' });
    expect(stage(actor)).toBe('setup');
    actor.send({ type: 'GOTO', stage: 'decide' });
    expect(stage(actor)).toBe('decide');
  });

  it('allows GOTO back to any earlier stage', () => {
    const done = fixture('riverside-signed');
    for (const from of STAGE_IDS) {
      for (const to of STAGE_IDS.slice(0, stageIndex(from) + 1)) {
        const actor = start(done, from);
        actor.send({ type: 'GOTO', stage: to });
        expect(stage(actor), `${from} → ${to}`).toBe(to);
      }
    }
  });

  it('allows GOTO back even when the charter no longer passes the earlier gates', () => {
    // e.g. restored at "review" after the district name was cleared
    const actor = start(newCharter(), 'review');
    actor.send({ type: 'GOTO', stage: 'roles' });
    expect(stage(actor)).toBe('roles');
    actor.send({ type: 'GOTO', stage: 'expectations' }); // forwards again: not reachable
    expect(stage(actor)).toBe('roles');
  });

  it('cannot leave review while open items remain', () => {
    const draft = fixture('riverside-draft');
    const actor = start(draft, 'review');
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('review');

    actor.send({ type: 'CHARTER_CHANGED', charter: completeUnsigned() });
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('sign');
  });

  it('cannot leave sign until every signatory has signed', async () => {
    const unsigned = completeUnsigned();
    const actor = start(unsigned, 'sign');
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('sign');
    actor.send({ type: 'GOTO', stage: 'export' });
    expect(stage(actor)).toBe('sign');

    // all but the last signatory
    const last = unsigned.team.filter((m) => m.signatory).at(-1)!;
    let partly = unsigned;
    for (const m of unsigned.team.filter((t) => t.signatory && t.id !== last.id)) {
      const r = await sign(partly, m.id, m.name);
      if (!r.ok) throw new Error(r.error);
      partly = r.charter;
    }
    actor.send({ type: 'CHARTER_CHANGED', charter: partly });
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('sign');

    actor.send({ type: 'CHARTER_CHANGED', charter: await signEveryone(unsigned) });
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('export');
  });

  it('lets a fully signed charter jump straight to export', () => {
    const actor = start(fixture('riverside-signed'));
    actor.send({ type: 'GOTO', stage: 'export' });
    expect(stage(actor)).toBe('export');
  });

  it('restores any stage with its charter (a reload lands where the user was)', () => {
    const draft = fixture('riverside-draft');
    for (const id of STAGE_IDS) {
      const actor = start(draft, id);
      expect(stage(actor)).toBe(id);
      expect(actor.getSnapshot().context.charter).toEqual(draft);
    }
  });

  it('keeps the stage when the charter changes', () => {
    const actor = start(fixture('riverside-draft'), 'positions');
    actor.send({ type: 'CHARTER_CHANGED', charter: newCharter() });
    expect(stage(actor)).toBe('positions');
    expect(actor.getSnapshot().context.charter.district).toBe('');
  });
});
