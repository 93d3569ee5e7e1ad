/**
 * Many charters at once: which charters of a backup get a PDF (the latest
 * revision of each, or every revision), what each file is called, and what
 * to tell the user about text the PDF cannot print faithfully. Plain
 * TypeScript with no file system, shared by the command line and the
 * library's "Download PDFs" (a ZIP).
 */
import type { Charter } from '../../charter/Charter';
import { printProblems } from '../../charter/printScripts';

/** The charters with no later revision among them (each chain's latest), in the order given. */
export function latestRevisions(charters: readonly Charter[]): Charter[] {
  const superseded = new Set(charters.map((c) => c.previousRevisionId).filter((id): id is string => !!id));
  return charters.filter((c) => !superseded.has(c.id));
}

/** Characters no file system takes (or that hide or reorder a name), dropped; separators become hyphens. */
const DROPPED = /["*?<>\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const SEPARATORS = /[/\\|]/g;

/** One part of a file name: unsafe characters replaced, spaces tidied, at most `max` characters. */
function safePart(text: string, max: number): string {
  const clean = text
    .normalize('NFC')
    .replace(DROPPED, '')
    .replace(SEPARATORS, '-')
    .replace(/:/g, ' -')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  const chars = Array.from(clean);
  return chars.length > max ? chars.slice(0, max).join('').trimEnd() + '…' : clean;
}

/** "Riverside – Literacy charter – r2.pdf": safe on Windows, macOS and Linux, under 120 characters. */
export function pdfFileName(c: Pick<Charter, 'district' | 'title' | 'revision'>): string {
  const parts = [safePart(c.district, 50), safePart(c.title, 60)].filter(Boolean);
  return `${parts.length ? parts.join(' – ') : 'Charter'} – r${c.revision}.pdf`;
}

/** File names made unique within one folder or ZIP ("… – r1 (2).pdf"), case-insensitively. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = name.replace(/\.pdf$/, ` (${n}).pdf`);
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The warnings to give before a charter's PDF is made: which names or fields will not print faithfully. */
export function printWarnings(c: Charter): string[] {
  return printProblems(c).map((p) => `${p.field}: “${p.text.length > 60 ? `${p.text.slice(0, 60)}…` : p.text}” — ${p.problem}.`);
}
