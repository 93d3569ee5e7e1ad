/**
 * Where the room stands on a focus area, counted and said in plain words:
 * "7 of 9 see model 2 today; 5 of 9 want model 1."
 *
 * Views come either person by person (positions) or from a show of hands
 * (a room tally); a focus area uses one or the other.
 */
import type { Charter } from './Charter';
import { MODEL_NUMBERS, type ModelNumber } from './DecisionModel';

/** How many chose models 1, 2, 3 and 4 (index 0 is model 1). */
export type Counts = [number, number, number, number];

export type Agreement =
  /** No one has answered. */
  | 'none'
  /** Everyone who answered chose the same model. */
  | 'all'
  /** One model has more than half. */
  | 'most'
  /** One model leads, without a majority. */
  | 'leads'
  /** Two or more models share the lead. */
  | 'split';

export interface QuestionSummary {
  counts: Counts;
  /** How many answered this question. */
  answered: number;
  /** The model(s) with the most votes, lowest number first; empty when no one answered. */
  top: ModelNumber[];
  topCount: number;
  agreement: Agreement;
}

export interface RoomViews {
  mode: 'people' | 'tally';
  now: QuestionSummary;
  shouldBe: QuestionSummary;
  /** People mode: team members with no view yet on one or both questions. */
  missing: number;
  /** People mode: the size of the team. Tally mode: the larger of the two hand counts. */
  people: number;
  /** People mode: how many gave both views and want a different model from the one they see today. */
  wantChange: number;
  /** People mode: how many gave both views. */
  gaveBoth: number;
}

export function summariseCounts(counts: Counts): QuestionSummary {
  const answered = counts.reduce((a, b) => a + b, 0);
  if (answered === 0) return { counts, answered, top: [], topCount: 0, agreement: 'none' };
  const topCount = Math.max(...counts);
  const top = MODEL_NUMBERS.filter((n) => counts[n - 1] === topCount);
  const agreement: Agreement =
    topCount === answered ? 'all' : top.length > 1 ? 'split' : topCount * 2 > answered ? 'most' : 'leads';
  return { counts, answered, top, topCount, agreement };
}

function emptyCounts(): Counts {
  return [0, 0, 0, 0];
}

/** The room's views on one focus area, whichever way they were recorded. */
export function roomViews(c: Charter, focusAreaId: string): RoomViews {
  const tally = c.tallies.find((t) => t.focusAreaId === focusAreaId);
  if (tally) {
    const now = summariseCounts([...tally.now]);
    const shouldBe = summariseCounts([...tally.shouldBe]);
    return { mode: 'tally', now, shouldBe, missing: 0, people: Math.max(now.answered, shouldBe.answered), wantChange: 0, gaveBoth: 0 };
  }
  const now = emptyCounts();
  const shouldBe = emptyCounts();
  let missing = 0;
  let wantChange = 0;
  let gaveBoth = 0;
  for (const m of c.team) {
    const p = c.positions.find((x) => x.focusAreaId === focusAreaId && x.memberId === m.id);
    if (p?.now) now[p.now - 1]++;
    if (p?.shouldBe) shouldBe[p.shouldBe - 1]++;
    if (!p?.now || !p?.shouldBe) missing++;
    else {
      gaveBoth++;
      if (p.now !== p.shouldBe) wantChange++;
    }
  }
  return {
    mode: 'people',
    now: summariseCounts(now),
    shouldBe: summariseCounts(shouldBe),
    missing,
    people: c.team.length,
    wantChange,
    gaveBoth,
  };
}

/** "model 2", "model 1 and model 2", "models 1, 2 and 4" */
function models(ns: ModelNumber[]): string {
  if (ns.length === 1) return `model ${ns[0]}`;
  if (ns.length === 2) return `model ${ns[0]} and model ${ns[1]}`;
  return `models ${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}

/** One question in words, e.g. "7 of 9 see model 2 today". */
export function describeQuestion(q: QuestionSummary, question: 'now' | 'shouldBe'): string {
  const verb = question === 'now' ? { one: 'sees', many: 'see' } : { one: 'wants', many: 'want' };
  const when = question === 'now' ? ' today' : '';
  switch (q.agreement) {
    case 'none':
      return question === 'now' ? 'no one has said where we are today' : 'no one has said where we should be';
    case 'all':
      if (q.answered === 1) return `1 person ${verb.one} model ${q.top[0]}${when}`;
      if (q.answered === 2) return `both ${verb.many} model ${q.top[0]}${when}`;
      return `all ${q.answered} ${verb.many} model ${q.top[0]}${when}`;
    case 'most':
      return `${q.topCount} of ${q.answered} ${q.topCount === 1 ? verb.one : verb.many} model ${q.top[0]}${when}`;
    case 'leads':
      return `${q.topCount} of ${q.answered} ${verb.many} model ${q.top[0]}${when}, short of a majority`;
    case 'split':
      return question === 'now'
        ? `views of today are split between ${models(q.top)} (${q.topCount} each of ${q.answered})`
        : `views of where we should be are split between ${models(q.top)} (${q.topCount} each of ${q.answered})`;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The room's views in a few plain sentences. */
export function describeViews(v: RoomViews): string[] {
  if (v.now.agreement === 'none' && v.shouldBe.agreement === 'none') {
    return [v.mode === 'tally' ? 'No hands counted yet.' : 'No views recorded yet.'];
  }
  const out = [`${capitalise(describeQuestion(v.now, 'now'))}; ${describeQuestion(v.shouldBe, 'shouldBe')}.`];
  if (v.mode === 'people' && v.gaveBoth > 1) {
    out.push(
      v.wantChange === 0
        ? `Everyone who gave both views wants to stay with the model they see today.`
        : `${v.wantChange} of ${v.gaveBoth} want a different model from the one they see today.`,
    );
  }
  if (v.mode === 'people' && v.missing > 0) {
    out.push(
      v.missing === v.people
        ? 'No one has given both views yet.'
        : `${v.missing} of ${v.people} ${v.missing === 1 ? 'has' : 'have'} not given both views yet.`,
    );
  }
  return out;
}

/** The one model most of the room sees today, if there is a single leader. */
export function mostCommonNow(v: RoomViews): ModelNumber | null {
  return v.now.top.length === 1 ? v.now.top[0] : null;
}

/** Whether anyone has given a view yet. */
export function hasAnyView(v: RoomViews): boolean {
  return v.now.answered + v.shouldBe.answered > 0;
}

export interface Placement {
  now: string[];
  shouldBe: string[];
}

/** Who placed the focus area in each model (member ids, in team order): the dots on the 2×2. */
export function placements(c: Charter, focusAreaId: string): Record<ModelNumber, Placement> {
  const out = { 1: { now: [], shouldBe: [] }, 2: { now: [], shouldBe: [] }, 3: { now: [], shouldBe: [] }, 4: { now: [], shouldBe: [] } } as Record<
    ModelNumber,
    Placement
  >;
  for (const m of c.team) {
    const p = c.positions.find((x) => x.focusAreaId === focusAreaId && x.memberId === m.id);
    if (p?.now) out[p.now].now.push(m.id);
    if (p?.shouldBe) out[p.shouldBe].shouldBe.push(m.id);
  }
  return out;
}
