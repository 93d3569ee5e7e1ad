/** Recording where the room stands and what it decided, per focus area. */
import type { Charter, Decision, Position } from './Charter';
import type { ModelNumber } from './DecisionModel';

/** Set the room's view of a focus area (now, or where it should be); null clears it. */
export function setRoomPosition(
  charter: Charter,
  focusAreaId: string,
  field: 'now' | 'shouldBe',
  model: ModelNumber | null,
): void {
  let p = charter.positions.find((x) => x.focusAreaId === focusAreaId && x.memberId === null);
  if (!p) {
    const created: Position = { focusAreaId, memberId: null, now: null, shouldBe: null };
    charter.positions.push(created);
    p = charter.positions[charter.positions.length - 1];
  }
  p[field] = model;
}

/** Change a focus area's decision, creating it on first use. */
export function updateDecision(charter: Charter, focusAreaId: string, patch: Partial<Omit<Decision, 'focusAreaId'>>): void {
  let d = charter.decisions.find((x) => x.focusAreaId === focusAreaId);
  if (!d) {
    charter.decisions.push({ focusAreaId, model: null, rationale: '', evidence: '' });
    d = charter.decisions[charter.decisions.length - 1];
  }
  Object.assign(d, patch);
}

/** The models agreed across focus areas, most common first (ties by model number). */
export function agreedModels(charter: Charter): ModelNumber[] {
  const counts = new Map<ModelNumber, number>();
  for (const f of charter.focusAreas) {
    const m = charter.decisions.find((d) => d.focusAreaId === f.id)?.model;
    if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([m]) => m);
}
