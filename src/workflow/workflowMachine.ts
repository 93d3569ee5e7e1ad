/**
 * The workflow through the ten stages of a charter. One state per stage.
 * Forward moves are guarded by the stage gates; backward moves always succeed.
 */
import { and, assign, or, setup, stateIn, type SnapshotFrom } from 'xstate';
import type { Charter } from '../charter/Charter';
import { canLeave, canReach } from './gates';
import { STAGE_IDS, type StageId } from './stages';

export interface WorkflowContext {
  charter: Charter;
}

export type WorkflowEvent =
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'GOTO'; stage: StageId }
  | { type: 'CHARTER_CHANGED'; charter: Charter };

export const workflowMachine = setup({
  types: {
    context: {} as WorkflowContext,
    events: {} as WorkflowEvent,
    input: {} as { charter: Charter },
  },
  guards: {
    canLeave: ({ context }, params: { stage: StageId }) => canLeave(context.charter, params.stage),
    isGoTo: ({ event }, params: { stage: StageId }) => event.type === 'GOTO' && event.stage === params.stage,
    canReach: ({ context }, params: { stage: StageId }) => canReach(context.charter, params.stage),
  },
  actions: {
    storeCharter: assign({
      charter: ({ context, event }) => (event.type === 'CHARTER_CHANGED' ? event.charter : context.charter),
    }),
  },
}).createMachine({
  id: 'workflow',
  context: ({ input }) => ({ charter: input.charter }),
  initial: 'setup',
  on: {
    CHARTER_CHANGED: { actions: 'storeCharter' },
    // GOTO any stage: backwards (or to the current stage) always, forwards only as
    // far as the gates allow. "Backwards" means the machine is now in `stage` or a
    // later one — checked with stateIn, since guards do not see the current state.
    GOTO: STAGE_IDS.map((stage, i) => ({
      target: `.${stage}`,
      guard: and([
        { type: 'isGoTo' as const, params: { stage } },
        or([{ type: 'canReach' as const, params: { stage } }, ...STAGE_IDS.slice(i).map((s) => stateIn(s))]),
      ]),
    })),
  },
  states: {
    setup: { on: { NEXT: { target: 'reflect', guard: { type: 'canLeave', params: { stage: 'setup' } } } } },
    reflect: {
      on: {
        NEXT: { target: 'models', guard: { type: 'canLeave', params: { stage: 'reflect' } } },
        BACK: 'setup',
      },
    },
    models: {
      on: {
        NEXT: { target: 'positions', guard: { type: 'canLeave', params: { stage: 'models' } } },
        BACK: 'reflect',
      },
    },
    positions: {
      on: {
        NEXT: { target: 'decide', guard: { type: 'canLeave', params: { stage: 'positions' } } },
        BACK: 'models',
      },
    },
    decide: {
      on: {
        NEXT: { target: 'roles', guard: { type: 'canLeave', params: { stage: 'decide' } } },
        BACK: 'positions',
      },
    },
    roles: {
      on: {
        NEXT: { target: 'expectations', guard: { type: 'canLeave', params: { stage: 'roles' } } },
        BACK: 'decide',
      },
    },
    expectations: {
      on: {
        NEXT: { target: 'review', guard: { type: 'canLeave', params: { stage: 'expectations' } } },
        BACK: 'roles',
      },
    },
    review: {
      on: {
        NEXT: { target: 'sign', guard: { type: 'canLeave', params: { stage: 'review' } } },
        BACK: 'expectations',
      },
    },
    sign: {
      on: {
        NEXT: { target: 'export', guard: { type: 'canLeave', params: { stage: 'sign' } } },
        BACK: 'review',
      },
    },
    export: { on: { BACK: 'sign' } },
  },
});

export type WorkflowSnapshot = SnapshotFrom<typeof workflowMachine>;

export function stageOf(snapshot: WorkflowSnapshot): StageId {
  return snapshot.value as StageId;
}

/** A snapshot positioned at `stage` (used to restore after a reload). */
export function snapshotAt(charter: Charter, stage: StageId): WorkflowSnapshot {
  return workflowMachine.resolveState({ value: stage, context: { charter } });
}
