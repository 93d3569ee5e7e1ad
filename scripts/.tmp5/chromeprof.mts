import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/chromium';
const PORT = 4752, BASE = `http://127.0.0.1:${PORT}`;
const server = await preview({ root: '/work/main', build: { outDir: '/tmp/dist-5' }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await ctx.newPage();
  const text = readFileSync('tests/fixtures/large-signed.json', 'utf8');
  await page.goto(`${BASE}/`);
  await page.locator('input[type=file]').setInputFiles({ name: 'l.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForURL(/#\/charter\//);
  await page.goto(`${BASE}/#/charter/${JSON.parse(text).id}/export`);
  const btn = page.getByRole('button', { name: 'Download the PDF' });
  await btn.waitFor();
  for (let i = 0; i < 2; i++) { const t = performance.now(); await Promise.all([page.waitForEvent('download'), btn.click()]); console.log('warmup', Math.round(performance.now() - t)); }
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t = performance.now();
  await Promise.all([page.waitForEvent('download'), btn.click()]);
  console.log('profiled', Math.round(performance.now() - t));
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/prof5/chrome.cpuprofile', JSON.stringify(profile));
} finally { await browser.close(); server.httpServer.close(); }
