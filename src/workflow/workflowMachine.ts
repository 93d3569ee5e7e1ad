/**
 * The workflow through the ten stages of a charter: the one place that says
 * where you can go. One state per stage, generated from the stage list. Moving
 * forward out of a stage passes its gate when it has one (set-up complete, every
 * focus area decided, nothing open, everyone signed — see gates.ts); the other
 * stages are unguarded. Moving back always succeeds.
 *
 * The machine keeps no copy of the charter: the events that need it carry the
 * charter as it is at that moment, and the UI asks the actor what is possible
 * with `snapshot.can(...)`.
 */
import { and, getInitialSnapshot, getNextSnapshot, or, setup, stateIn, type MachineContext, type SnapshotFrom } from 'xstate';
import type { Charter } from '../charter/Charter';
import { gateOf, gatePasses, gatesBefore, type GateName } from './gates';
import { STAGE_IDS, stageIndex, type StageId } from './stages';

export type WorkflowEvent =
  | { type: 'NEXT'; charter: Charter }
  | { type: 'BACK' }
  /** Go to a stage: backwards (or to the current one) always, forwards as far as the gates allow. */
  | { type: 'GOTO'; stage: StageId; charter: Charter }
  /** After a reload: the stage asked for when it can be reached, else the furthest one before it that can. */
  | { type: 'RESTORE'; stage: StageId; charter: Charter };

const passes =
  (gate: GateName) =>
  ({ event }: { event: WorkflowEvent }) =>
    'charter' in event && gatePasses(event.charter, gate);

const machineSetup = setup({
  types: {
    events: {} as WorkflowEvent,
  },
  guards: {
    setUpComplete: passes('setUpComplete'),
    everyFocusAreaDecided: passes('everyFocusAreaDecided'),
    nothingOpen: passes('nothingOpen'),
    everyoneSigned: passes('everyoneSigned'),
    isGoTo: ({ event }, params: { stage: StageId }) => event.type === 'GOTO' && event.stage === params.stage,
    /** The stage asked for on RESTORE is `stage` or a later one. */
    asksAtLeast: ({ event }, params: { stage: StageId }) =>
      event.type === 'RESTORE' && stageIndex(event.stage) >= stageIndex(params.stage),
  },
});

function stageState(stage: StageId, i: number) {
  const next = STAGE_IDS[i + 1];
  const prev = STAGE_IDS[i - 1];
  const gate = gateOf(stage);
  return {
    on: {
      ...(next ? { NEXT: gate ? { target: next, guard: gate } : { target: next } } : {}),
      ...(prev ? { BACK: { target: prev } } : {}),
    },
  };
}

/** A guard that holds when every gate before `stage` passes (none before it: no guard). */
function reaches(stage: StageId) {
  const gates = gatesBefore(stage);
  return gates.length ? and<MachineContext, WorkflowEvent, GateName[]>(gates) : null;
}

export const workflowMachine = machineSetup.createMachine({
  id: 'workflow',
  initial: 'setup',
  on: {
    // Forwards as far as the gates allow; backwards (the machine is in `stage`
    // or a later one, checked with stateIn) always.
    GOTO: STAGE_IDS.map((stage, i) => {
      const reach = reaches(stage);
      const behind = STAGE_IDS.slice(i).map((s) => stateIn(s));
      return {
        target: `.${stage}`,
        guard: reach ? and([{ type: 'isGoTo' as const, params: { stage } }, or([reach, ...behind])]) : { type: 'isGoTo' as const, params: { stage } },
      };
    }),
    // The furthest reachable stage up to the one asked for: tried from the last stage down.
    RESTORE: [...STAGE_IDS].reverse().map((stage) => {
      const reach = reaches(stage);
      const asks = { type: 'asksAtLeast' as const, params: { stage } };
      return { target: `.${stage}`, guard: reach ? and([asks, reach]) : asks };
    }),
  },
  states: Object.fromEntries(STAGE_IDS.map((stage, i) => [stage, stageState(stage, i)])) as Record<StageId, ReturnType<typeof stageState>>,
});

export type WorkflowSnapshot = SnapshotFrom<typeof workflowMachine>;

export function stageOf(snapshot: WorkflowSnapshot): StageId {
  return snapshot.value as StageId;
}

/** The stage a charter reopens at when `wanted` was the stage in the address (the machine's RESTORE). */
export function restoredStage(charter: Charter, wanted: StageId): StageId {
  const start = getInitialSnapshot(workflowMachine);
  return stageOf(getNextSnapshot(workflowMachine, start, { type: 'RESTORE', stage: wanted, charter }));
}
