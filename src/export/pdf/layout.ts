/**
 * Pure layout helpers for the charter PDF. Nothing here knows about jsPDF, so
 * every rule (how text wraps, when a block moves to a new page) can be
 * unit-tested on its own.
 */
import { MONTH_NAMES } from '../../charter/calendar';

/** Measures the width of a string in the current font and size (points). */
export type Measure = (text: string) => number;

export type Paper = 'letter' | 'a4';

export interface PageFrame {
  width: number;
  height: number;
  /** Left and right margin. */
  marginX: number;
  /** First baseline area below the running header. */
  top: number;
  /** Lowest y any content may reach (above the running footer). */
  bottom: number;
}

export const MARGIN = 54;

/** Page size in points. */
export const PAPER_SIZES: Record<Paper, { width: number; height: number }> = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
};

export function pageFrame(paper: Paper): PageFrame {
  const { width, height } = PAPER_SIZES[paper];
  // The running header and footer sit inside the top and bottom margins.
  return { width, height, marginX: MARGIN, top: MARGIN + 8, bottom: height - MARGIN - 4 };
}

export function contentWidth(frame: PageFrame): number {
  return frame.width - 2 * frame.marginX;
}

/** Text as it should be printed: NFC, no control characters, tabs as spaces, unified line breaks. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** Break one word that is wider than the line into pieces that fit. */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of Array.from(word)) {
    if (current && measure(current + ch) > maxWidth) {
      pieces.push(current);
      current = ch;
    } else {
      current += ch;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Wrap text into lines no wider than maxWidth. Existing line breaks are kept,
 * runs of spaces collapse, and a word longer than a line is split by
 * characters. Empty text gives no lines; a blank line in the text gives "".
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const cleaned = cleanText(text);
  if (cleaned.trim() === '') return [];
  const lines: string[] = [];
  const space = measure(' ');
  for (const paragraph of cleaned.replace(/^\n+|\n+$/g, '').split('\n')) {
    const words = paragraph.split(' ').filter((w) => w !== '');
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const word of words) {
      const w = measure(word);
      if (line === '') {
        if (w <= maxWidth) {
          line = word;
          lineWidth = w;
        } else {
          const pieces = breakWord(word, maxWidth, measure);
          lines.push(...pieces.slice(0, -1));
          line = pieces[pieces.length - 1] ?? '';
          lineWidth = measure(line);
        }
      } else if (lineWidth + space + w <= maxWidth) {
        line += ' ' + word;
        lineWidth += space + w;
      } else {
        lines.push(line);
        if (w <= maxWidth) {
          line = word;
          lineWidth = w;
        } else {
          const pieces = breakWord(word, maxWidth, measure);
          lines.push(...pieces.slice(0, -1));
          line = pieces[pieces.length - 1] ?? '';
          lineWidth = measure(line);
        }
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Does a block of height h, starting at y, end above the bottom limit? */
export function fits(y: number, h: number, bottom: number): boolean {
  return y + h <= bottom + 0.01;
}

export interface Placement {
  /** Where the block starts. */
  y: number;
  /** True when the block must go on a new page first. */
  newPage: boolean;
}

/**
 * Where a block of height h goes: at y when it fits, otherwise at the top of a
 * new page. A block taller than a whole page is never moved when it already
 * starts at the top (it would not fit anywhere; the caller splits it).
 */
export function place(y: number, h: number, frame: Pick<PageFrame, 'top' | 'bottom'>): Placement {
  if (fits(y, h, frame.bottom)) return { y, newPage: false };
  if (y <= frame.top + 0.01) return { y, newPage: false };
  return { y: frame.top, newPage: true };
}

/**
 * Space a heading needs so it is never left alone at the bottom of a page: its
 * own height plus the first part of what follows.
 */
export function headingKeepHeight(headingHeight: number, followingHeight: number, minFollowing: number): number {
  return headingHeight + Math.min(followingHeight, minFollowing);
}

/** "2026-09-14" → "14 September 2026" (unambiguous on both sides of the Atlantic); "" → fallback. */
export function formatDate(iso: string, fallback = 'Not set'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso.trim() || fallback;
  const month = MONTH_NAMES[Number(m[2]) - 1];
  if (!month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** An ISO timestamp as "14 September 2026, 10:00 UTC". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(d.toISOString().slice(0, 10))}, ${hh}:${mm} UTC`;
}

export function sideLabel(side: 'district' | 'school'): string {
  return side === 'district' ? 'District' : 'School';
}

/** "2026-09-14" → "14 Sep 2026", for narrow table columns; "" → fallback. */
export function formatDateShort(iso: string, fallback = 'Not set'): string {
  const long = formatDate(iso, fallback);
  return long.replace(/^(\d+) (\w{3})\w* (\d{4})$/, '$1 $2 $3');
}

/** Cut text to fit a width, ending with "…" when something had to go. */
export function truncateToWidth(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + '…') <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + '…';
}

/** The largest size with the image's proportions that fits in maxWidth × maxHeight. */
export function fitBox(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(maxWidth / width, maxHeight / height);
  return { width: width * scale, height: height * scale };
}
