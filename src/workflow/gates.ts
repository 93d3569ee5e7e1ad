/**
 * What must be true to move forward out of each stage. Moving back is always
 * allowed. Plain functions of the charter, shared by the machine and the UI.
 */
import type { Charter } from '../charter/Charter';
import {
  decisionProblems,
  openItems,
  setupProblems,
  type OpenItem,
} from '../charter/completeness';
import { STAGE_IDS, stageIndex, type StageId } from './stages';

/** The reasons the user cannot leave `stage` forwards yet (empty when they can). */
export function exitBlockers(charter: Charter, stage: StageId): OpenItem[] {
  switch (stage) {
    case 'setup':
      return setupProblems(charter);
    case 'decide':
      return decisionProblems(charter);
    case 'review':
      return charter.status === 'signed' ? [] : openItems(charter);
    case 'sign':
      return charter.status === 'signed'
        ? []
        : [{ part: 'signatures', message: 'Every signatory must sign before the charter can be exported.' }];
    default:
      return [];
  }
}

export function canLeave(charter: Charter, stage: StageId): boolean {
  return exitBlockers(charter, stage).length === 0;
}

/** The furthest stage reachable from the start, passing each gate in turn. */
export function furthestReachable(charter: Charter): StageId {
  for (const id of STAGE_IDS) {
    if (!canLeave(charter, id)) return id;
  }
  return STAGE_IDS[STAGE_IDS.length - 1];
}

export function canReach(charter: Charter, target: StageId): boolean {
  return stageIndex(target) <= stageIndex(furthestReachable(charter));
}
