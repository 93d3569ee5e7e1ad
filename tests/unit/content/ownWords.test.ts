/**
 * The app's text is in its own words. Every string it can show or print is
 * compared with the source documents in ../shared/seeds: a run of eight or more
 * words that matches a source (ignoring case and punctuation) fails the test,
 * unless it stands inside quotation marks with a citation beside it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../src/charter/sources';
import { appFiles, findSeeds, runsOf, seedTexts, words, type AppFile, type AppString } from './appText';

const RUN = 8;
const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const SRC = fileURLToPath(new URL('../../../src', import.meta.url));

/** Quoted passages: “…”, "…" and «…». */
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»/g;
/** A citation: a year or "n.d." in brackets, a page number, or one of the app's citation constants just after the string. */
const CITATION = /\([^()]*(?:\b(?:19|20)\d{2}\b|n\.d\.|\bp\.\s*\d)[^()]*\)|SOURCE_CITATION|CSI_CITATION|cite\(/;

/** Authors and titles in the reference list are the sources' own, by nature. */
const BIBLIOGRAPHY = new Set(SOURCES.flatMap((s) => [s.authors, s.title]));

/** The text to check: quoted passages are left out when a citation follows them closely. */
function checkedText(s: AppString, f: AppFile): string {
  if (f.file === 'src/charter/sources.ts' && BIBLIOGRAPHY.has(s.text)) return '';
  const near = f.source.slice(s.start, s.end + 160);
  return CITATION.test(s.text) || CITATION.test(near) ? s.text.replace(QUOTED, ' ¶ ') : s.text;
}

function seedRuns(): Map<string, string> {
  const runs = new Map<string, string>();
  for (const seed of seedTexts(findSeeds(REPO))) for (const r of runsOf(words(seed.text), RUN)) runs.set(r, seed.name);
  return runs;
}

/** Words of one string, split where a quoted passage was left out, so no run crosses the gap. */
function pieces(text: string): string[][] {
  return text.split('¶').map(words);
}

describe('the app’s text is its own', () => {
  it('finds the source documents, and fails loudly when they are missing', () => {
    const seeds = seedTexts(findSeeds(REPO));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(seeds.map((s) => s.name)).toContain('district-role-four-decision-models.txt');
    expect(() => findSeeds('/nonexistent/repo', [])).toThrow(/source documents were not found/);
  });

  it('reads strings from TypeScript and from Svelte markup, scripts and attributes', () => {
    const files = appFiles(SRC);
    const text = (name: string) => files.find((f) => f.file === name)!.strings.map((s) => s.text).join('\n');
    expect(files.length).toBeGreaterThan(100);
    expect(text('src/charter/DecisionModel.ts')).toContain('District sets priorities and controls actions');
    expect(text('src/models/ModelsStage.svelte')).toContain('Three takeaways for district leaders');
    expect(text('src/reflect/ReflectStage.svelte')).toMatch(/\S/);
  });

  it('matches no run of eight words in the source documents, outside cited quotations', () => {
    const runs = seedRuns();
    expect(runs.size).toBeGreaterThan(3000);
    const copied: string[] = [];
    for (const f of appFiles(SRC)) {
      for (const s of f.strings) {
        for (const piece of pieces(checkedText(s, f))) {
          for (const r of runsOf(piece, RUN)) {
            const seed = runs.get(r);
            if (seed) copied.push(`${f.file}: “${r}” (from ${seed}) in: ${s.text.slice(0, 160)}`);
          }
        }
      }
    }
    expect([...new Set(copied)]).toEqual([]);
  });

  it('would catch a copied sentence, and lets a quotation with its citation through', () => {
    const runs = seedRuns();
    const copied = words('In the end, who makes the decisions matters less than having everyone read from the same playbook.');
    expect(runsOf(copied, RUN).some((r) => runs.has(r))).toBe(true);
    const f: AppFile = { file: 'x.ts', source: '', strings: [] };
    const quoted: AppString = {
      file: 'x.ts',
      text: 'As the source puts it, “who makes the decisions matters less than having everyone read from the same playbook” (Education Northwest, 2017).',
      start: 0,
      end: 0,
    };
    expect(pieces(checkedText(quoted, f)).flatMap((p) => runsOf(p, RUN)).some((r) => runs.has(r))).toBe(false);
    const uncited: AppString = { ...quoted, text: 'As they say, “who makes the decisions matters less than having everyone read from the same playbook”.' };
    expect(pieces(checkedText(uncited, f)).flatMap((p) => runsOf(p, RUN)).some((r) => runs.has(r))).toBe(true);
  });
});
