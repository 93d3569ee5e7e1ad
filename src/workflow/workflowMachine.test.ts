import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { newCharter, newFocusArea, newTeamMember, type Charter } from '../charter/Charter';
import { parseCharterFile } from '../charter/charterFile';
import { revise, sign } from '../charter/signing';
import { STAGE_IDS, stageIndex, type StageId } from './stages';
import { GATES } from './gates';
import { restoredStage, stageOf, workflowMachine, type WorkflowEvent } from './workflowMachine';

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

type Command = { type: 'NEXT' } | { type: 'BACK' } | { type: 'GOTO'; stage: StageId };

/** The machine placed at `stage` (or the start), and the charter the next events carry. */
function start(charter: Charter, stage?: StageId) {
  const actor = stage
    ? createActor(workflowMachine, { snapshot: workflowMachine.resolveState({ value: stage, context: {} }) })
    : createActor(workflowMachine);
  actor.start();
  return {
    actor,
    charter,
    send(command: Command) {
      actor.send((command.type === 'BACK' ? command : { ...command, charter: this.charter }) as WorkflowEvent);
    },
  };
}

const stage = (flow: ReturnType<typeof start>) => stageOf(flow.actor.getSnapshot());

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
    actor.charter = structuredClone(c);
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('setup'); // district alone is not enough

    actor.charter = setUpCharter();
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('reflect');
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

    actor.charter = completeUnsigned();
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
    actor.charter = partly;
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('sign');

    actor.charter = await signEveryone(unsigned);
    actor.send({ type: 'NEXT' });
    expect(stage(actor)).toBe('export');
  });

  it('lets a fully signed charter jump straight to export', () => {
    const actor = start(fixture('riverside-signed'));
    actor.send({ type: 'GOTO', stage: 'export' });
    expect(stage(actor)).toBe('export');
  });

  it('restores after a reload through its own rules: the stage asked for, or the furthest one before it that can be reached', () => {
    const draft = fixture('riverside-draft'); // stuck at decide
    expect(restoredStage(draft, 'positions')).toBe('positions');
    expect(restoredStage(draft, 'decide')).toBe('decide');
    expect(restoredStage(draft, 'export')).toBe('decide');
    expect(restoredStage(newCharter(), 'sign')).toBe('setup');
    expect(restoredStage(completeUnsigned(), 'export')).toBe('sign');
    for (const id of STAGE_IDS) expect(restoredStage(fixture('riverside-signed'), id)).toBe(id);
  });

  it('keeps no copy of the charter', () => {
    const flow = start(fixture('riverside-draft'), 'positions');
    expect(JSON.stringify(flow.actor.getSnapshot().context ?? {})).toBe('{}');
  });
});

describe('the guards', () => {
  it('are the four gates, named for what they mean, on the four gated stages only', () => {
    expect(GATES.map((g) => [g.name, g.stage])).toEqual([
      ['setUpComplete', 'setup'],
      ['everyFocusAreaDecided', 'decide'],
      ['nothingOpen', 'review'],
      ['everyoneSigned', 'sign'],
    ]);
    const config = workflowMachine.config.states as Record<string, { on?: { NEXT?: { guard?: unknown } } }>;
    for (const id of STAGE_IDS) {
      const gate = GATES.find((g) => g.stage === id)?.name;
      expect(config[id]?.on?.NEXT?.guard, id).toBe(gate);
    }
  });

  it('answer snapshot.can() the way the events go', () => {
    const draft = fixture('riverside-draft');
    const flow = start(draft);
    const snap = flow.actor.getSnapshot();
    const reachable = STAGE_IDS.filter((s) => snap.can({ type: 'GOTO', stage: s, charter: draft }));
    expect(reachable).toEqual(['setup', 'reflect', 'models', 'positions', 'decide']);
    expect(snap.can({ type: 'NEXT', charter: newCharter() })).toBe(false);
    expect(snap.can({ type: 'NEXT', charter: draft })).toBe(true);
  });
});
