import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
const PORT = 4870;
const BASE = `http://127.0.0.1:${PORT}`;
const fixture = process.argv[2] ?? 'tests/fixtures/riverside-signed.json';
const stages = (process.argv[3] ?? 'positions').split(',');
const themes = (process.argv[4] ?? 'light').split(',');
const sizes = (process.argv[5] ?? '1280x720').split(',').map((s) => s.split('x').map(Number));
const server = await preview({ build: { outDir: '/tmp/dist-7' }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const [width, height] of sizes) {
    const ctx = await browser.newContext({ viewport: { width, height } });
    const page = await ctx.newPage();
    await page.goto(`${BASE}/`);
    await page.locator('input[type=file]').first().setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: readFileSync(fixture) });
    await page.waitForURL(/#\/charter\//);
    const id = JSON.parse(readFileSync(fixture, 'utf8')).id;
    await page.waitForSelector('#stage-heading');
    const [pop] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Present' }).click()]);
    for (const theme of themes) {
      await page.evaluate((t) => { localStorage.setItem('same-playbook:theme', t); document.documentElement.dataset.theme = t; }, theme);
      await pop.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      for (const stage of stages) {
        await page.goto(`${BASE}/#/charter/${id}/${stage}`);
        await page.waitForSelector('#stage-heading');
        await page.waitForTimeout(300);
        await page.screenshot({ path: `/tmp/shots-7/${width}-${theme}-${stage}-presenter.png` });
        await pop.screenshot({ path: `/tmp/shots-7/${width}-${theme}-${stage}-audience.png` });
      }
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
