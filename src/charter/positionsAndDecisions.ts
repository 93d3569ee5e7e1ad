/** Recording where each person (or the room) stands, and what the team decided, per focus area. */
import type { Charter, Decision, Position, RoomTally } from './Charter';
import type { ModelNumber } from './DecisionModel';
import { syncRights } from './DecisionRight';
import { mostCommonNow, roomViews } from './positionSummary';

export type ViewField = 'now' | 'shouldBe';

export function memberPosition(c: Charter, focusAreaId: string, memberId: string): Position | undefined {
  return c.positions.find((p) => p.focusAreaId === focusAreaId && p.memberId === memberId);
}

export function tallyFor(c: Charter, focusAreaId: string): RoomTally | undefined {
  return c.tallies.find((t) => t.focusAreaId === focusAreaId);
}

/** How the views on a focus area are being recorded. */
export function entryMode(c: Charter, focusAreaId: string): 'people' | 'tally' {
  return tallyFor(c, focusAreaId) ? 'tally' : 'people';
}

/** Record one person's view (null clears it). A person with no view left has no entry. */
export function setMemberView(
  c: Charter,
  focusAreaId: string,
  memberId: string,
  field: ViewField,
  model: ModelNumber | null,
): void {
  if (tallyFor(c, focusAreaId)) throw new Error('This focus area is recorded as a show of hands.');
  let p = memberPosition(c, focusAreaId, memberId);
  if (!p) {
    if (model === null) return;
    c.positions.push({ focusAreaId, memberId, now: null, shouldBe: null });
    p = c.positions[c.positions.length - 1];
  }
  p[field] = model;
  if (p.now === null && p.shouldBe === null) {
    c.positions = c.positions.filter((x) => !(x.focusAreaId === focusAreaId && x.memberId === memberId));
  }
}

/** How many views would be lost by switching a focus area to the other way of recording. */
export function viewsRecorded(c: Charter, focusAreaId: string): number {
  const t = tallyFor(c, focusAreaId);
  if (t) return [...t.now, ...t.shouldBe].some((n) => n > 0) ? 1 : 0;
  return c.positions.filter((p) => p.focusAreaId === focusAreaId).length;
}

/** Switch a focus area between person-by-person views and a show of hands; the other kind is cleared. */
export function setEntryMode(c: Charter, focusAreaId: string, mode: 'people' | 'tally'): void {
  if (entryMode(c, focusAreaId) === mode) return;
  if (mode === 'tally') {
    c.positions = c.positions.filter((p) => p.focusAreaId !== focusAreaId);
    c.tallies.push({ focusAreaId, now: [0, 0, 0, 0], shouldBe: [0, 0, 0, 0] });
  } else {
    c.tallies = c.tallies.filter((t) => t.focusAreaId !== focusAreaId);
  }
}

/** Set how many hands went up for one model. */
export function setTallyCount(c: Charter, focusAreaId: string, field: ViewField, model: ModelNumber, count: number): void {
  const t = tallyFor(c, focusAreaId);
  if (!t) throw new Error('This focus area is recorded person by person.');
  t[field][model - 1] = Number.isFinite(count) ? Math.max(0, Math.min(10_000, Math.round(count))) : 0;
}

/** Show or hide the room's views on a focus area. */
export function setRevealed(c: Charter, focusAreaId: string, revealed: boolean): void {
  const f = c.focusAreas.find((x) => x.id === focusAreaId);
  if (f) f.revealed = revealed;
}

export function emptyDecision(focusAreaId: string): Decision {
  return { focusAreaId, model: null, operatesNow: null, rationale: '', evidence: '', parked: false, parkedNote: '', needsFromSchools: '', needsFromDistrict: '' };
}

/** Change a focus area's decision, creating it on first use. */
export function updateDecision(c: Charter, focusAreaId: string, patch: Partial<Omit<Decision, 'focusAreaId'>>): void {
  let d = c.decisions.find((x) => x.focusAreaId === focusAreaId);
  if (!d) {
    c.decisions.push(emptyDecision(focusAreaId));
    d = c.decisions[c.decisions.length - 1];
  }
  Object.assign(d, patch);
  // The decision rights follow the agreed model, whichever page is open.
  if ('model' in patch) syncRights(c);
}

/**
 * Agree a model for a focus area. If the team has not said where it works today,
 * the room's most common view of today is filled in (it can be changed).
 */
export function agreeModel(c: Charter, focusAreaId: string, model: ModelNumber): void {
  const d = c.decisions.find((x) => x.focusAreaId === focusAreaId);
  const patch: Partial<Decision> = { model, parked: false };
  if (!d?.operatesNow) {
    const today = mostCommonNow(roomViews(c, focusAreaId));
    if (today) patch.operatesNow = today;
  }
  updateDecision(c, focusAreaId, patch);
}

/** Park a focus area: no model yet; the note says what is disagreed and when it comes back. */
export function parkDecision(c: Charter, focusAreaId: string): void {
  updateDecision(c, focusAreaId, { model: null, parked: true });
}

export type DecisionStatus = 'agreed' | 'parked' | 'open';

export function decisionStatus(d: Decision | undefined): DecisionStatus {
  if (d?.model) return 'agreed';
  if (d?.parked) return 'parked';
  return 'open';
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
