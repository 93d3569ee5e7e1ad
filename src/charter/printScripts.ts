/**
 * Which font prints each letter of a charter, and what cannot be printed
 * faithfully. The PDF draws every piece of text in runs, each in one font:
 * Noto Sans for Latin, Greek, Cyrillic and Vietnamese, and, only when the
 * charter needs them, Noto Sans Arabic, Hebrew, SC (Simplified Chinese, which
 * also holds most Traditional characters), TC, JP and KR.
 *
 * Two things cannot be printed faithfully, and are reported before a PDF is
 * made (never dropped in silence): letters no font has, and scripts whose
 * letters must be joined or reordered by a shaping engine that the PDF
 * library does not have (Devanagari and the other Indic scripts, Thai, …).
 */
import { FONT_COVERAGE } from './fontCoverage';
import type { Charter } from './Charter';

export type ScriptFont = 'arabic' | 'hebrew' | 'sc' | 'tc' | 'jp' | 'kr';
export type RunFont = 'base' | ScriptFont;

export const SCRIPT_FONT_NAMES: Record<ScriptFont, string> = {
  arabic: 'Arabic',
  hebrew: 'Hebrew',
  sc: 'Chinese (Simplified)',
  tc: 'Chinese (Traditional)',
  jp: 'Japanese',
  kr: 'Korean',
};

/** A stretch of text drawn in one font. rtl: the letters run right to left. */
export interface TextRun {
  font: RunFont;
  text: string;
  rtl: boolean;
}

/** Scripts that need shaping (joining, reordering, stacking) beyond what jsPDF does. */
const NEEDS_SHAPING: Array<[number, number, string]> = [
  [0x0700, 0x074f, 'Syriac'],
  [0x0780, 0x07bf, 'Thaana'],
  [0x07c0, 0x07ff, 'N’Ko'],
  [0x0900, 0x097f, 'Devanagari'],
  [0x0980, 0x09ff, 'Bengali'],
  [0x0a00, 0x0a7f, 'Gurmukhi'],
  [0x0a80, 0x0aff, 'Gujarati'],
  [0x0b00, 0x0b7f, 'Odia'],
  [0x0b80, 0x0bff, 'Tamil'],
  [0x0c00, 0x0c7f, 'Telugu'],
  [0x0c80, 0x0cff, 'Kannada'],
  [0x0d00, 0x0d7f, 'Malayalam'],
  [0x0d80, 0x0dff, 'Sinhala'],
  [0x0e00, 0x0e7f, 'Thai'],
  [0x0e80, 0x0eff, 'Lao'],
  [0x0f00, 0x0fff, 'Tibetan'],
  [0x1000, 0x109f, 'Myanmar'],
  [0x1780, 0x17ff, 'Khmer'],
  [0x1800, 0x18af, 'Mongolian'],
  [0x1b00, 0x1b7f, 'Balinese'],
  [0xa8e0, 0xa8ff, 'Devanagari'],
  [0xa980, 0xa9df, 'Javanese'],
];

/** Decoded coverage: sorted starts and ends for a binary search. */
interface Ranges {
  starts: Int32Array;
  ends: Int32Array;
}

function decode(encoded: string): Ranges {
  const pairs = encoded === '' ? [] : encoded.split(',');
  const starts = new Int32Array(pairs.length);
  const ends = new Int32Array(pairs.length);
  let last = 0;
  pairs.forEach((p, i) => {
    const [delta, length] = p.split('.');
    const start = last + parseInt(delta ?? '0', 36);
    const end = start + parseInt(length ?? '0', 36);
    starts[i] = start;
    ends[i] = end;
    last = end;
  });
  return { starts, ends };
}

function inRanges(r: Ranges, cp: number): boolean {
  let lo = 0;
  let hi = r.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r.starts[mid]!) hi = mid - 1;
    else if (cp > r.ends[mid]!) lo = mid + 1;
    else return true;
  }
  return false;
}

let coverage: Record<keyof typeof FONT_COVERAGE, Ranges> | null = null;
function cov(): Record<keyof typeof FONT_COVERAGE, Ranges> {
  coverage ??= Object.fromEntries(Object.entries(FONT_COVERAGE).map(([k, v]) => [k, decode(v)])) as Record<
    keyof typeof FONT_COVERAGE,
    Ranges
  >;
  return coverage;
}

const isHangul = (cp: number) => (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f);
const isKana = (cp: number) => (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0xff66 && cp <= 0xff9d);

/** The script needing shaping a letter belongs to, or null. */
export function shapingScript(cp: number): string | null {
  for (const [lo, hi, name] of NEEDS_SHAPING) if (cp >= lo && cp <= hi) return name;
  return null;
}

/** Does a script font (as generated) hold this letter? tc, jp and kr are checked beyond sc. */
function fontHas(font: RunFont, cp: number): boolean {
  const c = cov();
  // tc, jp and kr hold the shared punctuation sc holds.
  if (font === 'tc' || font === 'jp' || font === 'kr') return inRanges(c[font], cp) || inRanges(c.sc, cp);
  return inRanges(c[font], cp);
}

/** The font that draws a letter, or null when none of them has it. */
export function fontForCodePoint(cp: number): RunFont | null {
  const c = cov();
  if (isHangul(cp)) return inRanges(c.kr, cp) ? 'kr' : null;
  if (isKana(cp) && (inRanges(c.jp, cp) || inRanges(c.sc, cp))) return 'jp';
  if (inRanges(c.base, cp)) return 'base';
  if (inRanges(c.arabic, cp)) return 'arabic';
  if (inRanges(c.hebrew, cp)) return 'hebrew';
  if (inRanges(c.sc, cp)) return 'sc';
  if (inRanges(c.tc, cp)) return 'tc';
  if (inRanges(c.jp, cp)) return 'jp';
  if (inRanges(c.kr, cp)) return 'kr';
  return null;
}

/** Text the base font draws alone: the common case, checked without a lookup per letter. */
const SIMPLE = /^[\u0000-\u036f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff\u2000-\u206f]*$/;

export function isBaseOnly(text: string): boolean {
  if (SIMPLE.test(text)) return true;
  for (const ch of text) if (fontForCodePoint(ch.codePointAt(0)!) !== 'base') return false;
  return true;
}

/** Spaces and punctuation shared by every script: they join the run around them. */
const NEUTRAL = /^[\s\d.,:;!?'"’‘“”()[\]\-–—/·…&+]$/u;

/**
 * Split text into runs of one font each, in reading (logical) order. A letter
 * no font has goes in a run of the base font (it prints as a box; the
 * problems below report it). Spaces and punctuation between two letters of
 * the same script stay in that script's run, so a right-to-left name keeps its
 * words together.
 */
export function textRuns(text: string): TextRun[] {
  if (isBaseOnly(text)) return text === '' ? [] : [{ font: 'base', text, rtl: false }];
  const chars = Array.from(text);
  const fonts: Array<RunFont | null> = chars.map((ch) => (NEUTRAL.test(ch) ? null : (fontForCodePoint(ch.codePointAt(0)!) ?? 'base')));
  // Neutral characters take the font of the letters on both sides when they agree (and it has them).
  for (let i = 0; i < chars.length; i++) {
    if (fonts[i] !== null) continue;
    let j = i;
    while (j < chars.length && fonts[j] === null) j++;
    const before = i > 0 ? fonts[i - 1] : null;
    const after = j < chars.length ? fonts[j] : null;
    for (let k = i; k < j; k++) {
      const cp = chars[k]!.codePointAt(0)!;
      fonts[k] = before && before === after && before !== 'base' && fontHas(before, cp) ? before : 'base';
    }
    i = j - 1;
  }
  const runs: TextRun[] = [];
  chars.forEach((ch, i) => {
    const font = fonts[i] ?? 'base';
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += ch;
    else runs.push({ font, text: ch, rtl: font === 'arabic' || font === 'hebrew' });
  });
  return runs;
}

/** The script fonts a text needs. */
export function fontsForText(text: string, into = new Set<ScriptFont>()): Set<ScriptFont> {
  if (isBaseOnly(text)) return into;
  for (const run of textRuns(text)) if (run.font !== 'base') into.add(run.font);
  return into;
}

export interface PrintProblem {
  /** Where the text is, in words: "team member 3 (name)". */
  field: string;
  /** The text itself, as typed. */
  text: string;
  /** What goes wrong, in words. */
  problem: string;
}

/** What in a text cannot be printed faithfully, in words; '' when all is well. */
export function textProblem(text: string): string {
  if (SIMPLE.test(text)) return '';
  const scripts = new Set<string>();
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const script = shapingScript(cp);
    if (script) scripts.add(script);
    else if (fontForCodePoint(cp) === null && !/\s/u.test(ch) && !/\p{M}|\p{Cf}/u.test(ch)) missing.add(ch);
  }
  const parts: string[] = [];
  if (scripts.size) {
    parts.push(
      `${[...scripts].join(' and ')} letters would print unjoined (the PDF cannot shape ${scripts.size === 1 ? 'this script' : 'these scripts'})`,
    );
  }
  if (missing.size) {
    const list = [...missing].slice(0, 8).map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
    parts.push(`no font in the PDF has ${list.join(', ')}${missing.size > 8 ? ` and ${missing.size - 8} more` : ''}`);
  }
  return parts.join('; ');
}

const LIST_LABELS: Record<string, string> = {
  team: 'team member',
  focusAreas: 'focus area',
  roles: 'role',
  domains: 'decision area',
  decisions: 'decision',
  rights: 'decision right',
  expectations: 'expectation',
  signatures: 'signature',
  resources: 'resource agreement',
  communication: 'communication plan line',
};

const SKIP_KEYS = new Set(['id', 'image', 'fingerprint', 'signedContent', 'format', 'memberId', 'focusAreaId', 'domainId', 'ownerRoleId']);

function words(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Every string in the charter with where it is, in words. */
export function* charterTexts(charter: Charter): Generator<{ field: string; text: string }> {
  function* walk(value: unknown, where: string[]): Generator<{ field: string; text: string }> {
    if (typeof value === 'string') {
      if (value !== '') yield { field: where.join(', ') || 'charter', text: value };
      return;
    }
    if (Array.isArray(value)) return;
    if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (SKIP_KEYS.has(key) || key.endsWith('Id') || key.endsWith('Ids')) continue;
        if (Array.isArray(v)) {
          const label = LIST_LABELS[key] ?? words(key);
          for (let i = 0; i < v.length; i++) yield* walk(v[i], [...where, `${label} ${i + 1}`]);
        } else {
          yield* walk(v, [...where, words(key)]);
        }
      }
    }
  }
  yield* walk(charter, []);
}

/** Every piece of the charter the PDF could not print faithfully, with the reason. */
export function printProblems(charter: Charter): PrintProblem[] {
  const out: PrintProblem[] = [];
  for (const { field, text } of charterTexts(charter)) {
    const problem = textProblem(text);
    if (problem) out.push({ field, text, problem });
  }
  return out;
}

/** The script fonts the whole charter needs. */
export function fontsForCharter(charter: Charter): ScriptFont[] {
  const set = new Set<ScriptFont>();
  for (const { text } of charterTexts(charter)) fontsForText(text, set);
  return [...set].sort();
}
