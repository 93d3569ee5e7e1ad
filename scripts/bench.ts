/**
 * `npm run bench` — the speed figures we report:
 *  - first-load JS and CSS (gzip) of the library page and of a charter stage,
 *    measured from what Chromium actually requests;
 *  - every lazy chunk (gzip);
 *  - the time to build the PDF of the largest fixture, in Node and in headless Chromium;
 *  - autosave latency in Chromium (keystroke → stored in IndexedDB).
 * Run after `vite build` (the npm script does both).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { parseCharterFile } from '../src/charter/charterFile';
import { buildCharterPdf } from '../src/export/pdf/charterPdf';
import { loadFontsFromDisk } from '../src/export/pdf/diskFonts';

const BUDGET_FIRST_LOAD_JS_KB = 90;
const PORT = 4176;
const BASE = `http://127.0.0.1:${PORT}`;
const LARGE = 'tests/fixtures/large-signed.json';

const kb = (n: number) => (n / 1024).toFixed(1);
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function distFile(url: string): string | null {
  const path = new URL(url).pathname;
  const file = `dist${path === '/' ? '/index.html' : path}`;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

async function main() {
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    console.log(s);
  };

  const largeText = readFileSync(LARGE, 'utf8');
  const parsed = parseCharterFile(largeText);
  if (!parsed.ok) throw new Error(parsed.error);
  const large = parsed.charter;

  // PDF in Node.
  const fonts = await loadFontsFromDisk();
  const nodeTimes: number[] = [];
  let pdfBytes = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const bytes = await buildCharterPdf(large, { fonts, paper: 'letter' });
    nodeTimes.push(performance.now() - t0);
    pdfBytes = bytes.length;
  }

  const server = await preview({ preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const requested = new Set<string>();
    const everRequested = new Set<string>();
    page.on('request', (r) => {
      requested.add(r.url());
      everRequested.add(r.url());
    });

    // First load: the library.
    await page.goto(`${BASE}/`);
    await page.getByRole('button', { name: 'New charter' }).waitFor();
    const sizeOf = (urls: Iterable<string>, ext: string) =>
      [...urls].map(distFile).filter((f): f is string => !!f && f.endsWith(ext)).reduce((sum, f) => sum + gz(f), 0);
    const libraryJs = sizeOf(requested, '.js');
    const libraryCss = sizeOf(requested, '.css');
    const firstLoad = new Set([...requested].map(distFile).filter((f): f is string => !!f));

    // Open the large charter (imports the file) and reload on a stage: what a charter's first load costs.
    await page.locator('input[type=file]').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(largeText) });
    await page.waitForURL(/#\/charter\//);
    requested.clear();
    await page.goto(`${BASE}/#/charter/${large.id}/review`);
    await page.reload();
    await page.locator('#stage-heading').waitFor();
    const stageJs = sizeOf(requested, '.js');
    const stageCss = sizeOf(requested, '.css');

    // PDF in Chromium: click → download.
    const chromeTimes: number[] = [];
    let chromeBytes = 0;
    await page.goto(`${BASE}/#/charter/${large.id}/export`);
    await page.getByRole('button', { name: 'Download the PDF' }).waitFor();
    for (let i = 0; i < 4; i++) {
      const t0 = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the PDF' }).click(),
      ]);
      chromeTimes.push(performance.now() - t0);
      const path = await download.path();
      chromeBytes = statSync(path).size;
    }
    const firstChrome = chromeTimes.shift() ?? 0;

    // Autosave latency: a keystroke in a new charter until the text is in IndexedDB.
    await page.goto(`${BASE}/`);
    await page.getByRole('button', { name: 'New charter' }).click();
    await page.getByLabel('District').waitFor();
    const saveTimes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const text = `District ${i}`;
      const t0 = performance.now();
      await page.getByLabel('District').fill(text);
      for (;;) {
        const stored = await page.evaluate(async (want) => {
          const req = indexedDB.open('same-playbook');
          const db: IDBDatabase = await new Promise((res, rej) => {
            req.onsuccess = () => res(req.result);
            req.onerror = () => rej(req.error);
          });
          const all: Array<{ district: string }> = await new Promise((res) => {
            const r = db.transaction('charters').objectStore('charters').getAll();
            r.onsuccess = () => res(r.result);
          });
          db.close();
          return all.some((c) => c.district === want);
        }, text);
        if (stored) break;
        if (performance.now() - t0 > 5000) throw new Error('autosave did not happen within 5 s');
      }
      saveTimes.push(performance.now() - t0);
    }

    const loadedEver = new Set([...everRequested].map(distFile).filter((f): f is string => !!f));
    const lazy = readdirSync('dist/assets')
      .filter((f) => f.endsWith('.js') || f.endsWith('.ttf') || f.endsWith('.css'))
      .map((f) => `dist/assets/${f}`)
      .filter((f) => !firstLoad.has(f));

    say('Same Playbook — benchmark');
    say(`first load, library page:   JS ${kb(libraryJs)} kB gzip (budget ${BUDGET_FIRST_LOAD_JS_KB} kB), CSS ${kb(libraryCss)} kB gzip`);
    say(`first load, a charter stage: JS ${kb(stageJs)} kB gzip, CSS ${kb(stageCss)} kB gzip`);
    say('lazy chunks (loaded only when used):');
    for (const f of lazy.sort()) {
      const note = loadedEver.has(f) ? '' : '  never loaded (jsPDF optional dependency)';
      say(`  ${f.replace('dist/assets/', '').padEnd(44)} ${kb(gz(f)).padStart(7)} kB gzip  (${kb(statSync(f).size)} kB raw)${note}`);
    }
    say(`PDF of ${LARGE} (${large.expectations.length} expectations, ${large.focusAreas.length} focus areas):`);
    say(`  Node:     median ${median(nodeTimes).toFixed(0)} ms over ${nodeTimes.length} runs, ${kb(pdfBytes)} kB`);
    say(`  Chromium: first ${firstChrome.toFixed(0)} ms (includes loading jsPDF and fonts), then median ${median(chromeTimes).toFixed(0)} ms, ${kb(chromeBytes)} kB`);
    say(`autosave latency (keystroke → IndexedDB): median ${median(saveTimes).toFixed(0)} ms, max ${Math.max(...saveTimes).toFixed(0)} ms`);
    if (libraryJs / 1024 > BUDGET_FIRST_LOAD_JS_KB) {
      say(`OVER BUDGET: first-load JS ${kb(libraryJs)} kB > ${BUDGET_FIRST_LOAD_JS_KB} kB`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    server.httpServer.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
