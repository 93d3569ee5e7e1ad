/**
 * Progress you can see: for each step, whether it is done, has open items, or
 * has not been started — from the charter alone, so the step list, the library
 * and the review never disagree.
 */
import type { Charter } from '../charter/Charter';
import {
  decisionProblems,
  expectationProblems,
  openItems,
  roleProblems,
  setupProblems,
  signatoryProblems,
  supportsProblems,
} from '../charter/completeness';
import { unheldRights } from '../charter/DecisionRight';
import { STAGE_IDS, STAGES, type StageId } from './stages';

export type StepProgress = 'done' | 'open' | 'not-started';

export const STEP_PROGRESS_LABELS: Record<StepProgress, string> = {
  done: 'done',
  open: 'has open items',
  'not-started': 'not started',
};

const filled = (s: string) => s.trim() !== '';

function viewsOrDecision(c: Charter, focusAreaId: string): boolean {
  return (
    c.positions.some((p) => p.focusAreaId === focusAreaId) ||
    c.tallies.some((t) => t.focusAreaId === focusAreaId && [...t.now, ...t.shouldBe].some((n) => n > 0)) ||
    c.decisions.some((d) => d.focusAreaId === focusAreaId && (d.model !== null || d.parked))
  );
}

/** How far one step has come. */
export function stepProgress(c: Charter, stage: StageId): StepProgress {
  const signed = c.status === 'signed';
  switch (stage) {
    case 'setup': {
      if (!filled(c.district) && !filled(c.title) && c.focusAreas.length === 0 && c.team.length === 0) return 'not-started';
      return setupProblems(c).length || signatoryProblems(c).length ? 'open' : 'done';
    }
    case 'reflect': {
      const r = c.reflection as unknown as Record<string, unknown>;
      const texts = Object.values(r).filter((v): v is string => typeof v === 'string');
      const n = texts.filter(filled).length;
      if (n === 0) return signed ? 'done' : 'not-started';
      return n === texts.length || signed ? 'done' : 'open';
    }
    case 'models':
      return c.positions.length || c.tallies.length || c.decisions.some((d) => d.model !== null || d.parked) ? 'done' : 'not-started';
    case 'positions': {
      if (c.focusAreas.length === 0) return 'not-started';
      const n = c.focusAreas.filter((f) => viewsOrDecision(c, f.id)).length;
      if (n === 0) return 'not-started';
      return n === c.focusAreas.length ? 'done' : 'open';
    }
    case 'decide': {
      if (!c.decisions.some((d) => d.model !== null || d.parked)) return 'not-started';
      return decisionProblems(c).length ? 'open' : 'done';
    }
    case 'roles': {
      const linked = c.roles.some((r) => r.memberIds.length > 0);
      if (!c.rights.length && !linked) return 'not-started';
      return roleProblems(c).length || unheldRights(c).length ? 'open' : 'done';
    }
    case 'expectations': {
      if (c.expectations.length === 0) return 'not-started';
      return expectationProblems(c).length || supportsProblems(c).length ? 'open' : 'done';
    }
    case 'review':
      if (signed) return 'done';
      return openItems(c).length ? 'open' : 'done';
    case 'sign':
      if (signed) return 'done';
      return c.signatures.length ? 'open' : 'not-started';
    case 'export':
      if (!signed) return 'not-started';
      return filled(c.nextReviewDate) ? 'done' : 'open';
  }
}

export function allProgress(c: Charter): Record<StageId, StepProgress> {
  return Object.fromEntries(STAGE_IDS.map((id) => [id, stepProgress(c, id)])) as Record<StageId, StepProgress>;
}

/**
 * The step a charter is on, for the library: the first step with open items
 * or not started (after the set-up), the last when everything is done.
 */
export function currentStep(c: Charter): { id: StageId; number: number; title: string } {
  if (c.status === 'signed') {
    const s = STAGES.find((x) => x.id === 'export')!;
    return { id: s.id, number: s.number, title: s.title };
  }
  // The reflection and the room's views are optional on the way: the step is the first that blocks or is missing.
  const order: StageId[] = ['setup', 'decide', 'roles', 'expectations', 'review', 'sign'];
  const progress = (id: StageId) => stepProgress(c, id);
  const id = order.find((s) => progress(s) !== 'done') ?? 'sign';
  const s = STAGES.find((x) => x.id === id)!;
  return { id: s.id, number: s.number, title: s.title };
}
