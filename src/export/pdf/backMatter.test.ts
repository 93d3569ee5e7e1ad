import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Charter } from '../../charter/Charter';
import { parseCharterFile } from '../../charter/charterFile';
import { EIGHT_PRACTICES } from '../../charter/reflectAndRefine';
import { referenceList } from '../../charter/sources';
import { buildCharterPdf } from './charterPdf';
import { loadFontsFromDisk } from './diskFonts';

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

async function pagesText(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const out: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    out.push(norm(content.items.map((i) => ('str' in i ? i.str : '')).join(' ')));
  }
  await doc.destroy();
  return out;
}

function fixture(name: string): Charter {
  const parsed = parseCharterFile(readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/${name}`, import.meta.url)), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.charter;
}

describe('the end of the charter PDF', () => {
  let pages: string[];
  beforeAll(async () => {
    pages = await pagesText(await buildCharterPdf(fixture('riverside-signed.json'), { fonts: await loadFontsFromDisk(), paper: 'letter' }));
  });

  it('gives the next review its reflect-and-refine checklist: the eight practices, each with its question', () => {
    const end = pages.slice(-2).join(' ');
    expect(end).toContain('At the next review: reflect and refine');
    for (const [i, p] of EIGHT_PRACTICES.entries()) {
      expect(end).toContain(`${i + 1}. ${p.name}`);
      expect(end).toContain(norm(p.question).slice(0, 40));
    }
  });

  it('ends with the list of sources, the same as the app’s Sources page', () => {
    const last = pages.at(-1)!;
    expect(last).toContain('Sources');
    for (const entry of referenceList()) expect(last).toContain(norm(entry).slice(0, 60));
  });
});

describe('what the sources add to the charter, in the PDF', () => {
  it('prints the focus, problems of practice, district barriers, what each side needs, the resource check and each expectation’s source', async () => {
    const c = structuredClone(fixture('riverside-draft.json'));
    c.reflection.focus = 'Every K–3 pupil reading fluently by June.';
    c.reflection.problemsOfPractice = 'Coaches spend their days on paperwork.';
    c.reflection.districtBarriers = 'Principals cannot pick their reading interventionists.';
    c.decisions[0]!.needsFromDistrict = 'Screening data by the second week.';
    c.decisions[0]!.needsFromSchools = 'Monthly progress notes on time.';
    c.supports.resourceCheck = 'Half the coaching budget sits in secondary.';
    c.expectations[0] = { ...c.expectations[0]!, source: 'Kaufman, Grimm & Miller, Education Week, 2012' };
    const text = (await pagesText(await buildCharterPdf(c, { fonts: await loadFontsFromDisk(), paper: 'letter' }))).join(' ');
    expect(text).toContain('Clarity of focus Every K–3 pupil reading fluently by June.');
    expect(text).toContain('Problems of practice Coaches spend their days on paperwork.');
    expect(text).toContain('Where the district stands in the way Principals cannot pick their reading interventionists.');
    expect(text).toContain('Schools need from the district Screening data by the second week.');
    expect(text).toContain('The district needs from schools Monthly progress notes on time.');
    expect(text).toContain('Resource check: Half the coaching budget sits in secondary.');
    expect(text).toMatch(/\(Kaufman, Grimm & Miller, Education Week, 2012\)/);
  });
});
