/**
 * The large charter (12 focus areas, 15 domains, 120 expectations, 10
 * signatories, drawn signatures) on both paper sizes: every name and every
 * expectation can be found in the text, the fingerprint is on every page, and
 * it stays within the size budget.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCharterFile } from '../../charter/charterFile';
import type { Charter } from '../../charter/Charter';
import { pdfPages } from '../../../tests/e2e/pdfPages';
import { buildCharterPdf } from './charterPdf';
import { loadFontsFromDisk } from './diskFonts';
import { findEmbeddedCharter } from './embeddedCharter';

const parsed = parseCharterFile(readFileSync(new URL('../../../tests/fixtures/large-signed.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error(parsed.error);
const large: Charter = parsed.charter;
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

describe.each(['letter', 'a4'] as const)('the large charter on %s', (paper) => {
  let pdf: Uint8Array;
  let text: string;
  let perPage: string[];
  let pages: number;

  beforeAll(async () => {
    pdf = await buildCharterPdf(large, { fonts: await loadFontsFromDisk(), paper });
    perPage = await pdfPages(pdf);
    pages = perPage.length;
    text = perPage.join('\n');
  }, 60_000);

  it('is the size of the fixture it claims to be', () => {
    expect(large.focusAreas).toHaveLength(12);
    expect(large.domains).toHaveLength(15);
    expect(large.expectations).toHaveLength(126); // 120 written, and the 6 check-ins of its communication plan (one list since version 4)
    expect(large.team.filter((m) => m.signatory)).toHaveLength(10);
    expect(large.signatures.filter((s) => s.method === 'drawn').length).toBeGreaterThan(0);
  });

  it('runs to 25 pages or more (the sections flow on) and stays under 1.5 MB', () => {
    expect(pages).toBeGreaterThanOrEqual(25);
    expect(pdf.byteLength).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('has every name and every expectation in its text (wrapped lines allowed)', () => {
    const all = squash(text);
    for (const m of large.team) expect(text, m.name).toContain(m.name.normalize('NFC'));
    const missing = large.expectations.filter((e) => !all.includes(squash(e.what)));
    expect(missing.map((e) => e.what)).toEqual([]);
  });

  it('prints the revision, the short fingerprint and “Page X of Y” on every page', () => {
    perPage.forEach((t, i) => {
      expect(t, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages}`);
      expect(t, `page ${i + 1}`).toContain(`Revision ${large.revision} · Signed · Fingerprint ${large.fingerprint!.slice(0, 12)}`);
    });
  });

  it('repeats a table’s header row on every page it runs onto', () => {
    const continued = perPage.filter((t) => /Expectations: .* \(continued\)/.test(t));
    expect(continued.length).toBeGreaterThan(3);
    // The fixture's expectations share their dates, said once above each table, so those columns are left out.
    for (const t of continued) expect(t).toMatch(/What\s+(With\s+)?How often\s+Evidence of done/);
  });

  it('draws each drawn signature as an image and carries the charter, unchanged, inside', () => {
    const raw = new TextDecoder('latin1').decode(pdf);
    const images = raw.match(/\/Subtype \/Image/g) ?? [];
    // Each drawn signature is an image with its transparency as a soft mask.
    expect(images.length).toBeGreaterThanOrEqual(large.signatures.filter((s) => s.method === 'drawn').length);
    const found = findEmbeddedCharter(pdf);
    expect(found.kind).toBe('found');
    if (found.kind === 'found') expect(JSON.parse(found.json)).toEqual(large);
  });
});
