/**
 * The app speaks plain words; the precise term and what it means stay one
 * hover (or one screen-reader sentence) away. One place for each explanation.
 */
export const PLAIN_WORDS = {
  fingerprint:
    'A code worked out from every word of the signed charter (a SHA-256 hash). Change a single letter and the code no longer matches, so it shows whether a copy is the one that was signed.',
  parked:
    '“Parked”: a decision the team has put off on purpose. It is listed on the review and printed in the charter, and it does not stop signing.',
  cadence: 'The cadence: how often the commitment repeats. A repeating one puts its own dates on the year’s calendar.',
} as const;

export type PlainWord = keyof typeof PLAIN_WORDS;
