/**
 * Screenshots of every stage at 1280×720 and 1920×1080, for looking at what
 * we built. Serves the built app (run `npm run build` first, or `npm run screenshots`).
 * Writes PNGs to screenshots/ (or SHOT_OUT). SHOT_DIST and SHOT_PORT pick another build and port.
 *   npx tsx scripts/screenshots.ts [fixture.json] [1280x720,1920x1080]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { STAGE_IDS } from '../src/workflow/stages';

const fixture = process.argv[2] ?? 'tests/fixtures/riverside-signed.json';
const sizes = (process.argv[3] ?? '1280x720,1920x1080').split(',').map((s) => s.split('x').map(Number) as [number, number]);

const PORT = Number(process.env.SHOT_PORT ?? 4175);
const OUT = process.env.SHOT_OUT ?? 'screenshots';
const BASE = `http://127.0.0.1:${PORT}`;
const server = await preview({
  build: { outDir: process.env.SHOT_DIST ?? 'dist' },
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  logLevel: 'silent',
});
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
mkdirSync(OUT, { recursive: true });
try {
  for (const [width, height] of sizes) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${BASE}/`);
    await page.screenshot({ path: `${OUT}/${width}-00-library-empty.png` });
    await page.locator('input[type=file]').setInputFiles({
      name: 'charter.json',
      mimeType: 'application/json',
      buffer: readFileSync(fixture),
    });
    await page.waitForURL(/#\/charter\//);
    const id = JSON.parse(readFileSync(fixture, 'utf8')).id as string;
    for (const [i, stage] of STAGE_IDS.entries()) {
      await page.goto(`${BASE}/#/charter/${id}/${stage}`);
      await page.waitForSelector('#stage-heading');
      await page.waitForTimeout(150);
      await page.screenshot({ path: `${OUT}/${width}-${String(i + 1).padStart(2, '0')}-${stage}.png` });
    }
    await page.goto(`${BASE}/`);
    await page.waitForSelector('[aria-label="Your charters"]');
    await page.screenshot({ path: `${OUT}/${width}-00-library.png` });
    await page.close();
  }
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  server.httpServer.close();
}
