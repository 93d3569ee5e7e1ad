/**
 * The four gates of the workflow: what must be true to move forward out of a
 * stage. Only four stages have one; moving back is always allowed. Each gate is
 * named for what it means, and the machine (workflowMachine.ts) uses these names
 * as its guards. Plain functions of a charter, remembered per charter object (the
 * session hands over a new object only when the charter changed).
 */
import type { Charter } from '../charter/Charter';
import { decisionProblems, openItems, setupProblems, type OpenItem } from '../charter/completeness';
import { STAGE_IDS, stageIndex, type StageId } from './stages';

export type GateName = 'setUpComplete' | 'everyFocusAreaDecided' | 'nothingOpen' | 'everyoneSigned';

interface Gate {
  name: GateName;
  /** The stage this gate closes: it must pass to leave it forwards. */
  stage: StageId;
  /** Why the gate is closed (empty when it is open). */
  blockers: (charter: Charter) => OpenItem[];
}

export const GATES: readonly Gate[] = [
  { name: 'setUpComplete', stage: 'setup', blockers: setupProblems },
  { name: 'everyFocusAreaDecided', stage: 'decide', blockers: decisionProblems },
  { name: 'nothingOpen', stage: 'review', blockers: (c) => (c.status === 'signed' ? [] : openItems(c)) },
  {
    name: 'everyoneSigned',
    stage: 'sign',
    blockers: (c) =>
      c.status === 'signed' ? [] : [{ part: 'signatures', message: 'Every signatory must sign before the charter can be exported.' }],
  },
];

const byName = new Map(GATES.map((g) => [g.name, g]));
const byStage = new Map(GATES.map((g) => [g.stage, g]));

const remembered = new WeakMap<Charter, Map<GateName, OpenItem[]>>();

/** Why `gate` is closed for `charter` (empty when open); computed once per charter object. */
export function gateBlockers(charter: Charter, gate: GateName): OpenItem[] {
  let known = remembered.get(charter);
  if (!known) remembered.set(charter, (known = new Map()));
  let items = known.get(gate);
  if (!items) known.set(gate, (items = byName.get(gate)!.blockers(charter)));
  return items;
}

export function gatePasses(charter: Charter, gate: GateName): boolean {
  return gateBlockers(charter, gate).length === 0;
}

/** The gate that closes `stage`, if it has one. */
export function gateOf(stage: StageId): GateName | null {
  return byStage.get(stage)?.name ?? null;
}

/** The gates between the start and `stage`: all must pass to reach it. */
export function gatesBefore(stage: StageId): GateName[] {
  return STAGE_IDS.slice(0, stageIndex(stage)).flatMap((s) => {
    const g = gateOf(s);
    return g ? [g] : [];
  });
}

/** The reasons the user cannot leave `stage` forwards yet (empty when they can). */
export function exitBlockers(charter: Charter, stage: StageId): OpenItem[] {
  const gate = gateOf(stage);
  return gate ? gateBlockers(charter, gate) : [];
}

export function canLeave(charter: Charter, stage: StageId): boolean {
  return exitBlockers(charter, stage).length === 0;
}
