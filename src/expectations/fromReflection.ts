/**
 * Carrying the reflection through: what sank earlier efforts, and what the team
 * said it will do differently, become commitments in the charter. "Before
 * diving into the work, everyone reflected on challenges that had sunk earlier
 * reform efforts" (Education Northwest, 2017).
 */
import type { Cadence } from '../charter/Cadence';
import type { Expectation, Reflection } from '../charter/Charter';

export type ReflectionSource = 'earlierEfforts' | 'doDifferently';

export interface ReflectionCommitment {
  source: ReflectionSource;
  /** The sentence as the team wrote it. */
  sentence: string;
  /** The commitment it becomes. */
  what: string;
  cadence: Cadence | null;
  evidence: string;
}

export const WATCH_PREFIX = 'Guard against a repeat of what held back earlier efforts: ';

/** Split an answer into its points: one per line or bullet, and one per sentence. */
export function splitPoints(text: string): string[] {
  return text
    .split(/\r?\n+/)
    .map((line) => line.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, '').trim())
    .flatMap((line) => line.split(/(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|vs|etc|e\.g|i\.e)\.)(?<=[.!?])\s+(?=[A-Z0-9“"‘'(])/u))
    .map((s) => s.trim())
    .filter((s) => s.replace(/[^\p{L}\p{N}]/gu, '').length >= 3);
}

/** How often, if the sentence says so ("every month", "weekly", "each semester"…). */
export function cadenceIn(text: string): Cadence | null {
  const t = text.toLowerCase();
  if (/\b(weekly|every week|each week)\b/.test(t)) return 'weekly';
  if (/\b(monthly|every month|each month)\b/.test(t)) return 'monthly';
  if (/\b(quarterly|every quarter|each quarter|every term|each term)\b/.test(t)) return 'quarterly';
  if (/\b(semester|twice a year)\b/.test(t)) return 'semester';
  if (/\b(annually|yearly|every year|each year|once a year)\b/.test(t)) return 'annually';
  if (/\b(up front|before the (school )?year|at the start)\b/.test(t)) return 'once';
  return null;
}

function lowerFirst(s: string): string {
  // "The 2019 plan…" → "the 2019 plan…", but keep "I", acronyms and names that start a word in capitals ("IEP", "ESSA").
  if (/^[A-Z][a-z]/.test(s) && !/^I\s/.test(s)) return s.charAt(0).toLowerCase() + s.slice(1);
  return s;
}

function withStop(s: string): string {
  return /[.!?…]$/.test(s) ? s : `${s}.`;
}

/** The commitments the reflection suggests, in the order the team wrote them: "do differently" first. */
export function reflectionCommitments(reflection: Pick<Reflection, 'earlierEfforts' | 'doDifferently'>): ReflectionCommitment[] {
  const doing = splitPoints(reflection.doDifferently).map((sentence) => ({
    source: 'doDifferently' as const,
    sentence,
    what: withStop(sentence),
    cadence: cadenceIn(sentence),
    evidence: '',
  }));
  const watching = splitPoints(reflection.earlierEfforts).map((sentence) => ({
    source: 'earlierEfforts' as const,
    sentence,
    what: `${WATCH_PREFIX}${withStop(lowerFirst(sentence))}`,
    cadence: 'quarterly' as const,
    evidence: 'Checked together at each quarterly check-in',
  }));
  return [...doing, ...watching];
}

/** Already in the charter: an expectation with exactly this wording. */
export function isCommitted(c: ReflectionCommitment, expectations: readonly Pick<Expectation, 'what'>[]): boolean {
  return expectations.some((e) => e.what.trim() === c.what);
}
