/** Offering the reflection's data and root causes as evidence for a decision. */
import type { Reflection } from '../charter/Charter';

export interface EvidenceSuggestion {
  key: keyof Reflection;
  label: string;
  text: string;
}

const SOURCES: ReadonlyArray<[keyof Reflection, string]> = [
  ['dataReviewed', 'Data we reviewed'],
  ['dataShows', 'What the data shows'],
  ['rootCauses', 'Root causes'],
];

/** The parts of the reflection worth citing as evidence (those written so far). */
export function evidenceSuggestions(r: Reflection): EvidenceSuggestion[] {
  return SOURCES.filter(([key]) => r[key].trim() !== '').map(([key, label]) => ({ key, label, text: r[key].trim() }));
}

/** The evidence with the suggestion added as its own paragraph; null when it is already there. */
export function withSuggestion(evidence: string, s: EvidenceSuggestion): string | null {
  const line = `${s.label}: ${s.text}`;
  if (evidence.includes(s.text)) return null;
  const current = evidence.trimEnd();
  return current ? `${current}\n${line}` : line;
}
