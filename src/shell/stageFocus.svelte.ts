/**
 * Which focus area the facilitator is working on, on the stages that take one
 * at a time (the tab on Take positions, the card on Decide). The workspace
 * provides it; the stages set it; the projector follows it.
 */
import { getContext, setContext } from 'svelte';
import type { StageId } from '../workflow/stages';

export class StageFocus {
  /** The stage that set the focus last. */
  stage: StageId | null = $state(null);
  /** The focus area in hand on that stage; null for the stage as a whole. */
  focusAreaId: string | null = $state(null);
  /** The last focus area chosen on each stage, so coming back opens the same one. */
  #last = new Map<StageId, string | null>();

  set(stage: StageId, focusAreaId: string | null): void {
    this.#last.set(stage, focusAreaId);
    this.stage = stage;
    this.focusAreaId = focusAreaId;
  }

  last(stage: StageId): string | null {
    return this.#last.get(stage) ?? null;
  }
}

const KEY = Symbol('stage-focus');

export function provideStageFocus(focus: StageFocus): void {
  setContext(KEY, focus);
}

/** The workspace's focus, or undefined where a stage is shown on its own (component tests). */
export function useStageFocus(): StageFocus | undefined {
  return getContext<StageFocus | undefined>(KEY);
}
