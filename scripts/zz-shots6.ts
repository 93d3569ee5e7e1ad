import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
const OUT = '/tmp/shots-6';
mkdirSync(OUT, { recursive: true });
const server = await preview({ build: { outDir: '/tmp/dist-6' }, preview: { port: 4860, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const BASE = 'http://127.0.0.1:4860';
try {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const page = await ctx.newPage();
  await page.goto(`${BASE}/`);
  const signed = JSON.parse(readFileSync('tests/fixtures/riverside-signed.json', 'utf8'));
  const draft = JSON.parse(readFileSync('tests/fixtures/riverside-draft.json', 'utf8'));
  const rev2 = { ...structuredClone(signed), id: 'rev2', revision: 2, previousRevisionId: signed.id, status: 'draft', signatures: [], lockedAt: null, fingerprint: null, title: 'Literacy and mathematics improvement charter, year 2', updatedAt: '2027-06-02T09:00:00.000Z' };
  rev2.decisions[1].model = 2;
  rev2.decisions[1].rationale = 'Schools are ready to choose their own routes to the district’s mathematics priority, with support from the central office.';
  rev2.expectations[0].what = rev2.expectations[0].what + ' Share it again each quarter.';
  rev2.expectations.push({ ...rev2.expectations[1], id: 'x-new', what: 'Each middle school shares its mathematics plan with the others by October.' });
  rev2.team.push({ id: 'new-m', name: 'Kwame Mensah', title: 'Principal, Eastgate', side: 'school', signatory: true });
  const schools = Array.from({ length: 60 }, (_, i) => ({ ...structuredClone(draft), id: `s-${i}`, title: `Reading charter — School ${i + 1}`, inScope: `School ${i + 1} Elementary (K–5) and its early-learning centre`, district: i % 3 ? draft.district : 'Lakeshore Unified School District', updatedAt: new Date(Date.UTC(2026, 8, 1 + i)).toISOString() }));
  const backup = { format: 'same-playbook/backup', version: 1, exportedAt: '2026-10-01T09:00:00.000Z', charters: [signed, rev2, ...schools] };
  await page.locator('input[type=file]').setInputFiles({ name: 'district-backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await page.getByRole('region', { name: /what this backup would do/ }).waitFor();
  await page.screenshot({ path: `${OUT}/01-import-preview.png` });
  await page.getByRole('button', { name: /^Add 62 charters/ }).click();
  await page.getByText('Imported 62').waitFor();
  await page.screenshot({ path: `${OUT}/02-library.png` });
  await page.screenshot({ path: `${OUT}/03-library-full.png`, fullPage: true });
  await page.getByLabel('Search').fill('literacy');
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/04-search-revisions.png` });
  await page.getByLabel('Search').fill('school 7');
  await page.getByRole('button', { name: 'Duplicate Reading charter — School 7' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/05-duplicate.png` });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Rename Reading charter — School 7' }).click();
  await page.screenshot({ path: `${OUT}/06-rename.png` });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Delete Reading charter — School 7' }).click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}/07-undo.png` });
  await page.goto(`${BASE}/#/revisions/rev2`);
  await page.getByText(/things changed/).waitFor();
  await page.screenshot({ path: `${OUT}/08-revisions.png` });
  await page.screenshot({ path: `${OUT}/09-revisions-full.png`, fullPage: true });
  // Two tabs, conflict.
  await page.goto(`${BASE}/#/charter/s-3/setup`);
  const b = await ctx.newPage();
  await b.goto(`${BASE}/#/charter/s-3/setup`);
  await page.getByLabel('Charter title').waitFor(); await b.getByLabel('Charter title').waitFor();
  await Promise.all([page.getByLabel('Charter title').fill('Title typed in tab A'), b.getByLabel('Charter title').fill('Title typed in tab B')]);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${OUT}/10-conflict-a.png` });
  await b.screenshot({ path: `${OUT}/11-conflict-b.png` });
  // Save failure.
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: BASE, quotaSize: 1 });
  await page.getByLabel('Facilitator').fill('Someone new at the front of the room');
  await page.waitForTimeout(1200);
  console.log('stored', await page.evaluate(async () => {
    const req = indexedDB.open('same-playbook');
    const idb: IDBDatabase = await new Promise((res) => { req.onsuccess = () => res(req.result); });
    try { return await new Promise((res) => { const r = idb.transaction('charters').objectStore('charters').get('s-3'); r.onsuccess = () => res(r.result.facilitator); }); } finally { idb.close(); }
  }));
  console.log('facilitator', await page.getByLabel('Facilitator').inputValue(), await page.locator('[data-save-status]').getAttribute('data-save-status'));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${OUT}/12-save-failed.png` });
  const empty = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await empty.goto(`${BASE}/`);
  await empty.waitForTimeout(500);
  await empty.screenshot({ path: `${OUT}/00-empty.png` });
} finally {
  await browser.close();
  server.httpServer.close();
}
