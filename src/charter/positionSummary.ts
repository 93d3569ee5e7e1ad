/**
 * Where the room stands on a focus area, counted and said in plain words, the
 * whole split and not just the largest group:
 * "Today: 6 see model 1, 3 model 2, 2 model 4. Should be: 5 want model 2, 4 model 3, 2 model 1."
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

const TIES = ['', '', 'a tie', 'a three-way tie', 'a four-way tie'];

/**
 * One question's whole split in words, largest group first (ties by model
 * number), every model anyone chose included: "6 see model 1, 3 model 2,
 * 2 model 4". Everyone agreeing, one person and no one are said as such.
 */
export function describeSplit(q: QuestionSummary, question: 'now' | 'shouldBe', people = q.answered): string {
  const verb = question === 'now' ? { one: 'sees', many: 'see' } : { one: 'wants', many: 'want' };
  if (q.agreement === 'none') return 'no one has said yet';
  if (q.agreement === 'all') {
    if (q.answered === 1) return `1 person ${verb.one} model ${q.top[0]}`;
    const who = q.answered === 2 ? 'both' : `all ${q.answered}`;
    return `${who}${q.answered < people ? ' who answered' : ''} ${verb.many} model ${q.top[0]}`;
  }
  const groups = MODEL_NUMBERS.map((n) => ({ n, count: q.counts[n - 1] }))
    .filter((g) => g.count > 0)
    .sort((a, b) => b.count - a.count || a.n - b.n);
  const parts = groups.map((g, i) => (i === 0 ? `${g.count} ${g.count === 1 ? verb.one : verb.many} model ${g.n}` : `${g.count} model ${g.n}`));
  const tie = q.top.length > 1 ? ` (${TIES[q.top.length]})` : '';
  return parts.join(', ') + tie;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The room's views in plain sentences: the whole split for today and for
 * should-be, then (person by person) how many would move from today's model,
 * and who has not answered. Every number stands for one thing only. The one
 * wording used by Take positions, the audience view, Decide, the review and the PDF.
 */
export function describeViews(v: RoomViews): string[] {
  if (v.now.agreement === 'none' && v.shouldBe.agreement === 'none') {
    return [v.mode === 'tally' ? 'No hands counted yet.' : 'No views recorded yet.'];
  }
  const out = [`Today: ${describeSplit(v.now, 'now', v.people)}.`, `Should be: ${describeSplit(v.shouldBe, 'shouldBe', v.people)}.`];
  if (v.mode === 'people' && v.gaveBoth > 1) {
    const stay = v.gaveBoth - v.wantChange;
    out.push(
      v.wantChange === 0
        ? 'Everyone who gave both views would keep the model they see today.'
        : stay === 0
          ? 'Everyone who gave both views would move away from the model they see today.'
          : `${v.wantChange} would move away from the model they see today; ${stay} would keep it.`,
    );
  }
  if (v.mode === 'people' && v.missing > 0) {
    out.push(
      v.missing === v.people
        ? 'No one has given both views yet.'
        : `${v.missing} of ${v.people} ${v.missing === 1 ? 'has' : 'have'} not given both views yet.`,
    );
  }
  return out.map(capitalise);
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
