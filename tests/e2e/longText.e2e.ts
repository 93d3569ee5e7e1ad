/**
 * Long text never breaks the layout: a charter whose every text field holds an
 * unbroken 5,000-character word (480 in one-line fields) and a long address
 * makes no page scroll sideways at 1280 px, and its PDF keeps every word
 * inside the page.
 */
import { expect, test } from '@playwright/test';
import { fixture, goVia, jsonFile, openCharterFile, openLibrary, STAGE_TITLES, type StageId } from './app';
import type { Charter } from '../../src/charter/Charter';
import { buildCharterPdf } from '../../src/export/pdf/charterPdf';
import { loadFontsFromDisk } from '../../src/export/pdf/diskFonts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

test.use({ actionTimeout: 20_000 });

const LINE_FIELDS = new Set(['district', 'title', 'facilitator', 'name', 'scope', 'device']);
const TEXT_FIELDS = new Set([
  'inScope', 'outOfScope', 'whyNow', 'dataReviewed', 'dataShows', 'rootCauses', 'earlierEfforts', 'doDifferently', 'focus',
  'problemsOfPractice', 'districtBarriers', 'rationale', 'evidence', 'needsFromSchools', 'needsFromDistrict', 'purpose',
  'responsibilities', 'what', 'resourceCheck',
]);
const URL_TEXT = ' https://data.example-district.k12.us/reports/reading/2026-27/grade-3/benchmark?school=all&view=summary';

function lengthen(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => lengthen(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lengthen(v, k)]));
  if (typeof value !== 'string' || !value) return value;
  if (LINE_FIELDS.has(key)) return `${value} ${'W'.repeat(480 - value.length - 1)}`.slice(0, 500);
  if (TEXT_FIELDS.has(key)) return `${value} ${'Unbroken'.repeat(625)}${URL_TEXT}`;
  return value;
}

/** The signed fixture, made a draft again (nothing signed), with every text field lengthened. */
function longCharter(): Record<string, unknown> {
  const c = fixture('riverside-signed.json');
  const draft = { ...c, id: 'long-words', status: 'draft', signatures: [], lockedAt: null, fingerprint: null, signedContent: null };
  return lengthen(draft) as Record<string, unknown>;
}

test('no page scrolls sideways at 1280 px, and the PDF keeps every word inside the page', async ({ page }) => {
  test.setTimeout(240_000);
  await openLibrary(page);
  await openCharterFile(page, jsonFile('long.json', longCharter()));
  await expect(page).toHaveURL(/#\/charter\/long-words\//);
  const stages = (Object.keys(STAGE_TITLES) as StageId[]).filter((s) => s !== 'export');
  for (const stage of stages) {
    await goVia(page, stage);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll, `${stage}: page width ${widths.scroll} px in a ${widths.client} px window`).toBeLessThanOrEqual(widths.client + 1);
  }

  // The PDF, made by the same module as the app's, from the same charter.
  const bytes = await buildCharterPdf(longCharter() as unknown as Charter, { fonts: await loadFontsFromDisk(), paper: 'letter' });
  const doc = await getDocument({ data: bytes, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  // Some 390 pages and 30,000 pieces of text: gathered, then checked at once (an expect per piece takes minutes).
  let words = 0;
  const outside: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const pg = await doc.getPage(p);
    const [, , width] = pg.view;
    const content = await pg.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      words++;
      const x = item.transform[4];
      if (x < 0 || x + item.width > width + 0.5) {
        outside.push(`page ${p}: “${item.str.slice(0, 30)}…” runs from ${Math.round(x)} to ${Math.round(x + item.width)} of ${width}`);
      }
    }
  }
  expect(words).toBeGreaterThan(100);
  expect(outside, 'words that start before or end after the page').toEqual([]);
});
