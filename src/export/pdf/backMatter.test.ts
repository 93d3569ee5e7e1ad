import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
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

describe('the end of the charter PDF', () => {
  let pages: string[];
  beforeAll(async () => {
    const parsed = parseCharterFile(readFileSync(fileURLToPath(new URL('../../../tests/fixtures/riverside-signed.json', import.meta.url)), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    pages = await pagesText(await buildCharterPdf(parsed.charter, { fonts: await loadFontsFromDisk(), paper: 'letter' }));
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
