/**
 * Lighthouse on the production build: the large fixture's Expectations stage
 * (tests/fixtures/large-signed.json), with the mobile preset and the desktop
 * preset. The charter is first opened in the same browser profile, so it is in
 * IndexedDB when Lighthouse loads the stage (storage is not reset between).
 *
 * `npm run lighthouse` (builds first); alone after a build: `npx tsx scripts/lighthouse.ts`.
 * Prints the performance score, total blocking time, largest contentful paint
 * and the rest of the metrics for each preset. Needs Chromium (CHROMIUM_PATH).
 * Each preset runs three times (LIGHTHOUSE_RUNS=n to change it); the median run is shown with every
 * run's score and total blocking time. LIGHTHOUSE_JSON=<folder> also writes each median run's report and
 * trace there (lighthouse-mobile.json, trace-mobile.json …); LIGHTHOUSE_PRESETS=mobile runs one preset;
 * LIGHTHOUSE_DIST=<folder> measures another build (an unminified one, to read the trace).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';

const FIXTURE = 'tests/fixtures/large-signed.json';
const DIST = process.env.LIGHTHOUSE_DIST ?? 'dist';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForDevTools(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Chromium did not open its DevTools port');
}

const server = await preview({ preview: { port: await freePort(), strictPort: true, host: '127.0.0.1' }, build: { outDir: DIST }, logLevel: 'silent' });
const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
const debuggingPort = await freePort();
const profile = mkdtempSync(join(tmpdir(), 'sp-lighthouse-'));
const browser = spawn(chromiumPath(), [...CHROMIUM_ARGS, '--headless=new', `--remote-debugging-port=${debuggingPort}`, `--user-data-dir=${profile}`, 'about:blank'], {
  stdio: 'ignore',
});

try {
  await waitForDevTools(debuggingPort);
  // Put the large charter in this profile's IndexedDB, as a user opening the file would.
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
  const page = await cdp.contexts()[0]!.newPage();
  await page.goto(`${origin}/`);
  await page.getByRole('heading', { level: 1, name: 'Charters' }).waitFor();
  const charter = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { id: string };
  await page.getByLabel('Charter file to open').setInputFiles({ name: 'large-signed.json', mimeType: 'application/json', buffer: readFileSync(FIXTURE) });
  await page.waitForURL(/#\/charter\//);
  await page.close();
  await cdp.close();

  const url = `${origin}/#/charter/${encodeURIComponent(charter.id)}/expectations`;
  console.log(`Lighthouse ${url.replace(origin, '')} (${FIXTURE})`);
  // Each preset runs RUNS times (LIGHTHOUSE_RUNS, 3 by default) and the median run is reported, with the
  // range: on a small, shared machine one run can differ from the next by a few points.
  const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
  const presets = [['mobile', undefined], ['desktop', desktopConfig]] as const;
  for (const [preset, config] of presets.filter(([name]) => (process.env.LIGHTHOUSE_PRESETS ?? 'mobile,desktop').split(',').includes(name))) {
    const results: Array<{ score: number; lhr: Result; trace: unknown }> = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, { port: debuggingPort, output: 'json', logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: true }, config);
      const lhr = result!.lhr;
      results.push({ score: Math.round((lhr.categories.performance?.score ?? 0) * 100), lhr, trace: result!.artifacts.Trace });
    }
    results.sort((a, b) => a.score - b.score);
    const { score, lhr, trace } = results[Math.floor((results.length - 1) / 2)]!;
    if (process.env.LIGHTHOUSE_JSON) {
      mkdirSync(process.env.LIGHTHOUSE_JSON, { recursive: true });
      writeFileSync(join(process.env.LIGHTHOUSE_JSON, `lighthouse-${preset}.json`), JSON.stringify(lhr, null, 1));
      // The median run's trace too (open it in Chromium's Performance panel).
      writeFileSync(join(process.env.LIGHTHOUSE_JSON, `trace-${preset}.json`), JSON.stringify(trace));
    }
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? '–';
    const range = runs > 1 ? ` (${runs} runs: ${results.map((r) => `${r.score} (${r.lhr.audits['total-blocking-time']?.displayValue ?? '–'})`).join(', ')})` : '';
    console.log(
      `  ${preset.padEnd(8)} performance ${String(score).padStart(3)}${range} · total blocking time ${audit('total-blocking-time')} · ` +
        `largest contentful paint ${audit('largest-contentful-paint')} · first contentful paint ${audit('first-contentful-paint')} · ` +
        `speed index ${audit('speed-index')} · layout shift ${audit('cumulative-layout-shift')}`,
    );
  }
} finally {
  const exited = new Promise((resolve) => browser.once('exit', resolve));
  browser.kill();
  await exited;
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
}
