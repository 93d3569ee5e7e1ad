/**
 * What the printed charter will leave out because it is empty. The PDF never
 * prints a blank as words ("Not stated", "No one on the team yet"): an empty
 * field, row or section is simply not printed. So that nobody is surprised,
 * Review lists the gaps before signing ("will print without: evidence for 3
 * expectations, …"), without blocking anything.
 */
import { decisionFor, type Charter } from './Charter';
import { hasAnyView, roomViews } from './positionSummary';
import { roleHolders } from './Role';

export interface PrintGap {
  /** What is missing, counted: "evidence for 3 expectations". */
  text: string;
  /** How many. */
  count: number;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** The word for n things: "expectation" or "expectations". */
function noun(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** Count of items matching, as one gap when there are any. */
function gap(out: PrintGap[], count: number, text: (n: number) => string): void {
  if (count > 0) out.push({ count, text: text(count) });
}

/** Every kind of field the PDF will leave out, with how many. */
export function printGaps(c: Charter): PrintGap[] {
  const out: PrintGap[] = [];
  const one = (empty: boolean, text: string) => empty && out.push({ count: 1, text });

  one(blank(c.inScope), 'what is in scope');
  one(blank(c.outOfScope), 'what is out of scope');
  one(blank(c.facilitator), 'the facilitator’s name');
  one(blank(c.meetingDate), 'the meeting date');
  one(blank(c.nextReviewDate), 'the next review date');
  gap(out, c.team.filter((m) => blank(m.title)).length, (n) => `titles for ${n} ${noun(n, 'team member', 'team members')}`);
  const reflection = Object.values(c.reflection).filter((v) => blank(v)).length;
  gap(out, reflection, (n) => (n === Object.keys(c.reflection).length ? 'the reflection' : `${n} reflection ${noun(n, 'answer', 'answers')}`));

  const decided = c.focusAreas.map((f) => ({ f, d: decisionFor(c, f.id) }));
  gap(out, c.focusAreas.filter((f) => blank(f.scope)).length, (n) => `the scope of ${n} ${noun(n, 'focus area', 'focus areas')}`);
  gap(out, decided.filter(({ d }) => !d?.parked && blank(d?.rationale)).length, (n) => `the rationale for ${n} ${noun(n, 'focus area', 'focus areas')}`);
  gap(out, decided.filter(({ d }) => !d?.parked && blank(d?.evidence)).length, (n) => `the evidence for ${n} ${noun(n, 'focus area', 'focus areas')}`);
  gap(out, decided.filter(({ d }) => !d?.operatesNow).length, (n) => `where ${n} ${noun(n, 'focus area operates', 'focus areas operate')} today`);
  gap(out, decided.filter(({ f }) => !hasAnyView(roomViews(c, f.id))).length, (n) => `the room’s views on ${n} ${noun(n, 'focus area', 'focus areas')}`);
  gap(out, decided.filter(({ d }) => d?.parked && blank(d.parkedNote)).length, (n) => `notes on ${n} parked ${noun(n, 'disagreement', 'disagreements')}`);

  gap(out, c.roles.filter((r) => blank(r.purpose)).length, (n) => `the purpose of ${n} ${noun(n, 'role', 'roles')}`);
  gap(out, c.roles.filter((r) => blank(r.responsibilities)).length, (n) => `responsibilities for ${n} ${noun(n, 'role', 'roles')}`);
  gap(out, c.roles.filter((r) => roleHolders(c, r).length === 0).length, (n) => `who holds ${n} ${noun(n, 'role', 'roles')}`);

  const ex = c.expectations;
  gap(out, ex.filter((e) => blank(e.what)).length, (n) => `the text of ${n} ${noun(n, 'expectation', 'expectations')}`);
  gap(out, ex.filter((e) => !e.cadence).length, (n) => `how often, for ${n} ${noun(n, 'expectation', 'expectations')}`);
  gap(out, ex.filter((e) => blank(e.evidence)).length, (n) => `evidence for ${n} ${noun(n, 'expectation', 'expectations')}`);
  gap(out, ex.filter((e) => blank(e.start)).length, (n) => `start dates for ${n} ${noun(n, 'expectation', 'expectations')}`);
  gap(out, ex.filter((e) => blank(e.due)).length, (n) => `due dates for ${n} ${noun(n, 'expectation', 'expectations')}`);

  const res = c.supports.resources;
  gap(out, res.filter((r) => blank(r.byWhen)).length, (n) => `dates for ${n} resource ${noun(n, 'agreement', 'agreements')}`);
  gap(out, res.filter((r) => !r.fromRoleId || !r.toRoleId).length, (n) => `who gives or receives, in ${n} resource ${noun(n, 'agreement', 'agreements')}`);
  const repeating = ex.filter((e) => e.cadence && e.cadence !== 'once');
  one(repeating.length > 0 && (blank(c.supports.schoolYear.start) || blank(c.supports.schoolYear.end)), 'the calendar of check-ins (the school year has no dates)');
  return out;
}

/** "will print without: evidence for 3 expectations, start dates for 5 expectations"; '' when nothing is missing. */
export function printGapsSentence(gaps: readonly PrintGap[]): string {
  return gaps.length ? `The PDF will print without: ${gaps.map((g) => g.text).join('; ')}.` : '';
}
