/**
 * What a board secretary sees in the printed charter: no blank printed as
 * words, every name in its own script, signing times in local time, and the
 * bookmarks and contents of a long charter.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { newTeamMember, type Charter } from '../../charter/Charter';
import { minimalSignedCharter } from '../../../tests/unit/minimalCharter';
import { buildCharterPdf } from './charterPdf';
import { loadFontsFromDisk } from './diskFonts';
import { extractCharterJson } from './embeddedCharter';

async function pdfText(pdf: Uint8Array): Promise<{ text: string; pages: number; outline: string[] }> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    parts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  const pages = doc.numPages;
  await doc.destroy();
  return { text: parts.join('\n').normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e]/g, ''), pages, outline };
}

const PLACEHOLDERS = [
  'Not stated',
  'Not named',
  'Not set',
  'Not written yet',
  'No one on the team yet',
  'None recorded',
  'Not recorded',
  'Unnamed',
  'None agreed yet',
  'No progress reports',
  'No dates yet',
  'Not chosen',
  'listed yet',
  'District not named',
  'Untitled',
];

describe('the printed charter', () => {
  it('prints no blank as words in a minimal signed charter', async () => {
    const c = await minimalSignedCharter();
    expect(c.status).toBe('signed');
    const { text } = await pdfText(await buildCharterPdf(c, { fonts: await loadFontsFromDisk(c), paper: 'letter', timeZone: 'UTC' }));
    for (const phrase of PLACEHOLDERS) expect(text, phrase).not.toContain(phrase);
    expect(text).toContain('Share reading data each month.');
  });

  it('prints signing times in the local time zone, in the locale’s order', async () => {
    const c = await minimalSignedCharter();
    const pdf = await buildCharterPdf(c, { fonts: await loadFontsFromDisk(c), paper: 'letter', timeZone: 'America/Los_Angeles', locale: 'en-US' });
    const { text } = await pdfText(pdf);
    expect(text).toMatch(/September 13, 2026 at 8:00\s?PM PDT/);
    expect(text).not.toMatch(/September 14, 2026 at/);
    expect(text).toContain('2026-09-14 03:00 UTC');
    const gb = await pdfText(await buildCharterPdf(c, { fonts: await loadFontsFromDisk(c), paper: 'a4', timeZone: 'America/Los_Angeles', locale: 'en-GB' }));
    expect(gb.text).toMatch(/13 September 2026 at 20:00 GMT-7 \(Pacific Time\)/);
  });

  it('prints every name in its own script, with only the fonts it needs', async () => {
    const names = ['김민준', '王芳', '陳美玲', '佐藤花子', 'فاطمة الزهراء', 'דוד כהן'];
    const c = await minimalSignedCharter(names.slice(0, 2));
    for (const name of names.slice(2)) c.team.push(newTeamMember({ name, side: 'school', signatory: false }));
    const fonts = await loadFontsFromDisk(c);
    expect(Object.keys(fonts.scripts ?? {}).sort()).toEqual(['arabic', 'hebrew', 'kr', 'sc']);
    const pdf = await buildCharterPdf(c, { fonts, paper: 'letter' });
    const { text } = await pdfText(pdf);
    // pdf.js drops the space drawn between right-to-left words (poppler's pdftotext keeps it), so compare without spaces.
    const squeezed = text.replace(/\s+/g, '');
    for (const name of names) expect(squeezed, name).toContain(name.normalize('NFKC').replace(/\s+/g, ''));
    // An all-Latin charter loads no script font at all.
    expect((await loadFontsFromDisk(await minimalSignedCharter())).scripts).toEqual({});
  });

  it('gives a long charter bookmarks for every section and a table of contents, and a signing record', async () => {
    const large = JSON.parse(readFileSync('tests/fixtures/large-signed.json', 'utf8')) as Charter;
    const pdf = await buildCharterPdf(large, { fonts: await loadFontsFromDisk(large), paper: 'letter' });
    const { text, pages, outline } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(8);
    for (const section of ['Cover and team', 'At a glance', 'Contents', 'Reflection', 'Focus areas and agreed models', 'Decision rights', 'Roles', 'Expectations', 'Supports and the year’s calendar', 'Signatures', 'Signing record']) {
      expect(outline, section).toContain(section);
    }
    expect(text).toMatch(/Contents[\s\S]*Decision rights[ .]*\d+/);
    expect(text).toContain('History of revision 1');
    expect(text).toContain(large.fingerprint!);
    expect(JSON.parse((await extractCharterJson(pdf))!)).toEqual(large);
    // The charter travelled as base64 in the XMP: 456 kB for the version-3 fixture. Since version 4
    // its 120 commitments also make the year's calendar (several hundred dated check-ins, 18 more
    // pages), and the PDF is still well under two thirds of that.
    expect(pdf.byteLength).toBeLessThanOrEqual(256 * 1024);
  });
});

describe('bad input', () => {
  it('prints 200-character names, long unbroken addresses and 2,000 expectations with nothing past the page edge', async () => {
    const c = JSON.parse(readFileSync('tests/fixtures/large-signed.json', 'utf8')) as Charter;
    c.team[0]!.name = 'Ñ'.repeat(5) + 'x'.repeat(195);
    c.team[0]!.title = `http://localhost/${'a'.repeat(300)}`;
    c.title = `http://localhost/district/${'b'.repeat(400)}`;
    c.focusAreas[0]!.name = 'F'.repeat(300);
    c.roles[0]!.name = 'R'.repeat(250);
    const base = c.expectations[0]!;
    c.expectations = Array.from({ length: 2000 }, (_, i) => ({
      ...base,
      id: `e${i}`,
      what: i === 0 ? 'W'.repeat(3000) : `Commitment ${i}: ${base.what}`,
      ownerRoleId: c.roles[i % c.roles.length]!.id,
    }));
    Object.assign(c, { status: 'draft', fingerprint: null, lockedAt: null, signedContent: null });
    const pdf = await buildCharterPdf(c, { fonts: await loadFontsFromDisk(c), paper: 'letter' });
    const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false }).promise;
    const outside: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const x = item.transform[4] as number;
        if (x < 53 - 0.5 || x + item.width > 612 - 53 + 0.5) outside.push(`page ${p}: ${item.str.slice(0, 30)} (${x.toFixed(2)}–${(x + item.width).toFixed(2)})`);
      }
      page.cleanup();
    }
    await doc.destroy();
    expect(outside).toEqual([]);
  }, 180_000);
});
