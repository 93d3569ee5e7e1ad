/**
 * The room answers from their phones, with a real room server started by this
 * test (tsx server/main.ts on its own port): the facilitator on
 * http://localhost (a secure context) and three phones (390×844, touch) on the
 * LAN address the room shows — a plain http:// page, not a secure context.
 */
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { describeViews, roomViews } from '../../src/charter/positionSummary';
import { applyRoomAnswers } from '../../src/room/roomAnswers';
import { REFUSED } from '../../src/room/roomProtocol';
import { parseCharterFile } from '../../src/charter/charterFile';
import type { Charter } from '../../src/charter/Charter';
import { buildCharterPdf } from '../../src/export/pdf/charterPdf';
import { loadFontsFromDisk } from '../../src/export/pdf/diskFonts';
import { startRoomProcess, type Running } from '../../src/room/roomProcesses';
import { fixture, jsonFile, openCharterFile } from './app';
import { pdfText } from './pdfText';

const ROOM_PORT = Number(process.env.PW_ROOM_PORT ?? 4190);
const FACILITATOR = `http://localhost:${ROOM_PORT}`;
const DIST = resolve(process.env.PW_DIST ?? 'dist');
const hasLan = Object.values(networkInterfaces()).some((l) => l?.some((a) => a.family === 'IPv4' && !a.internal));
// Without a network the phones use loopback (then a secure context: the rest of the test is the same).
const ENV: Record<string, string> = hasLan ? {} : { ROOM_PUBLIC_URL: `http://127.0.0.1:${ROOM_PORT}` };

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

let server: Running;
test.beforeAll(async () => {
  server = await startRoomProcess({ port: ROOM_PORT, dist: DIST, env: ENV });
});
test.afterAll(async () => {
  await server?.stop();
});

/** The riverside draft with its first focus area not yet asked (no views, hidden). */
function charterForTheRoom(): Charter {
  const c = fixture('riverside-draft.json') as unknown as Charter;
  c.positions = c.positions.filter((p) => p.focusAreaId !== 'focus-007');
  c.focusAreas[0].revealed = false;
  return c;
}

async function openAsFacilitator(browser: Browser): Promise<{ context: BrowserContext; page: Page; id: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const c = charterForTheRoom();
  await page.goto(`${FACILITATOR}/`);
  await openCharterFile(page, jsonFile('riverside.json', c));
  await page.waitForURL(/#\/charter\//);
  await page.goto(`${FACILITATOR}/#/charter/${c.id}/positions`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Take positions');
  return { context, page, id: c.id };
}

/** The stage itself (the presenter panel, when open, shows a second, compact room panel). */
const main = (page: Page) => page.locator('#main');

async function openRoom(page: Page, mode: 'Anonymous' | 'Named', area: string): Promise<string> {
  await main(page).getByRole('button', { name: 'Invite the room' }).click();
  await main(page).getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  await main(page).getByRole('combobox', { name: 'Ask about' }).selectOption({ label: area });
  await main(page).getByRole('button', { name: 'Open the room' }).click();
  const link = main(page).getByRole('link', { name: /\/p$/ });
  await expect(link).toBeVisible();
  const address = (await link.getAttribute('href'))!;
  expect(address).toMatch(/^http:\/\/[^/]+\/p#[0-9a-z-]{26,}$/);
  return address;
}

async function phone(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const p = await context.newPage();
  await p.goto(address);
  return p;
}

async function answer(p: Page, now: number, shouldBe: number) {
  await expect(p.getByText('Step 1 of 2')).toBeVisible();
  await p.getByRole('button', { name: new RegExp(`^Model ${now}\\b`) }).tap();
  await expect(p.getByText('Step 2 of 2')).toBeVisible();
  await p.getByRole('button', { name: new RegExp(`^Model ${shouldBe}\\b`) }).tap();
  await expect(p.getByRole('heading', { name: 'Your answer is in' })).toBeVisible();
}

const count = (page: Page) => main(page).getByTestId('room-count');

async function savedCharter(page: Page, id: string): Promise<Charter> {
  const json = await page.evaluate(async (charterId) => {
    const req = indexedDB.open('same-playbook');
    const db: IDBDatabase = await new Promise((res, rej) => {
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    const all: Array<{ id: string }> = await new Promise((res) => {
      const r = db.transaction('charters').objectStore('charters').getAll();
      r.onsuccess = () => res(r.result);
    });
    db.close();
    return JSON.stringify(all.find((c) => c.id === charterId));
  }, id);
  const parsed = parseCharterFile(json);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.charter;
}

test('named mode: three phones answer privately, survive a reload and a server restart, and the reveal fills the charter, the projector and the PDF', async ({ browser }) => {
  const { page, id } = await openAsFacilitator(browser);
  const [audience] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Present' }).click()]);
  const address = await openRoom(page, 'Named', 'Elementary reading');

  // The projector shows the QR code and the short address.
  await expect(audience.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expect(audience.getByText(address.replace(/^http:\/\//, ''))).toBeVisible();

  const [p1, p2, p3] = await Promise.all([phone(browser, address), phone(browser, address), phone(browser, address)]);
  expect(await p1.evaluate(() => [isSecureContext, typeof crypto.randomUUID]).then(([secure, uuid]) => !secure && uuid === 'undefined')).toBe(hasLan);

  await p1.getByRole('button', { name: 'José Ñúñez' }).tap();
  await expect(p1.getByText('You are José Ñúñez')).toBeVisible();
  // A name can be claimed once.
  await expect(p3.getByRole('button', { name: /José Ñúñez — taken/ })).toBeDisabled();
  await p2.getByRole('button', { name: 'Nguyễn Thị Minh' }).tap();
  await p3.getByRole('button', { name: 'Ольга Иванова' }).tap();
  await expect(p3.getByText('You are Ольга Иванова')).toBeVisible();
  await expect(count(page)).toContainText('0 of 6 have answered on Elementary reading');
  await expect(count(page)).toContainText('3 phones joined');

  await answer(p1, 2, 1);
  await expect(count(page)).toContainText('1 of 6 have answered');
  await expect(main(page).getByText('✓ answered')).toHaveCount(1);

  // Phone 2 gives "now", then reloads: it is still Nguyễn and still has its view.
  await expect(p2.getByText('Step 1 of 2')).toBeVisible();
  await p2.getByRole('button', { name: /^Model 3\b/ }).tap();
  await expect(p2.getByText('Step 2 of 2')).toBeVisible();
  await p2.reload();
  await expect(p2.getByText('You are Nguyễn Thị Minh')).toBeVisible();
  await expect(p2.getByText('Step 2 of 2')).toBeVisible();
  await p2.getByRole('button', { name: /^Model 3\b/ }).tap();
  await expect(p2.getByRole('heading', { name: 'Your answer is in' })).toContainText('Your answer is in');
  await expect(p2.getByText('Now: model 3 · Should be: model 3.')).toBeVisible();
  await expect(count(page)).toContainText('2 of 6 have answered');

  // The views stay hidden: nothing from the room is in the charter, on screen or on the projector.
  const before = await savedCharter(page, id);
  expect(before.positions.filter((p) => p.focusAreaId === 'focus-007')).toEqual([]);
  await expect(page.getByText('Views stay hidden until you reveal them')).toBeVisible();

  // The room server is killed and started again: everyone reconnects and carries on.
  server.child.kill('SIGKILL');
  await new Promise<void>((r) => (server.child.exitCode !== null || server.child.signalCode !== null ? r() : server.child.once('exit', () => r())));
  await expect(main(page).getByText(/Reconnecting to the room server/)).toBeVisible();
  await expect(p3.getByText(/Reconnecting to the room/)).toBeVisible();
  server = await startRoomProcess({ port: ROOM_PORT, dist: DIST, env: ENV });
  await expect(main(page).getByText(/Reconnecting to the room server/)).toHaveCount(0, { timeout: 20_000 });
  await expect(count(page)).toContainText('2 of 6 have answered');
  await answer(p3, 4, 1);
  await expect(count(page)).toContainText('3 of 6 have answered');

  // The reveal: the answers go into the charter like keyboard entry, autosaved.
  await main(page).getByRole('button', { name: 'Reveal the room’s answers' }).click();
  const expected = charterForTheRoom();
  applyRoomAnswers(expected, 'focus-007', 'named', [
    { memberId: 'member-001', answer: { now: 2, shouldBe: 1 } },
    { memberId: 'member-002', answer: { now: 3, shouldBe: 3 } },
    { memberId: 'member-005', answer: { now: 4, shouldBe: 1 } },
  ]);
  const summary = describeViews(roomViews(expected, 'focus-007'));
  await expect(main(page).getByText(summary[0])).toBeVisible();
  await expect(audience.getByText(summary[0])).toBeVisible();
  await expect(p1.getByRole('heading', { name: 'The room’s views: Elementary reading' })).toBeVisible();
  await expect(p1.getByText('3 people gave both views.')).toBeVisible();
  await expect
    .poll(async () => (await savedCharter(page, id)).positions.filter((p) => p.focusAreaId === 'focus-007'))
    .toEqual(expected.positions.filter((p) => p.focusAreaId === 'focus-007'));
  const saved = await savedCharter(page, id);
  const pdf = await pdfText(await buildCharterPdf(saved, { fonts: await loadFontsFromDisk(), paper: 'letter' }));
  expect(pdf.text.replace(/\s+/g, ' ')).toContain(summary[0]);

  // Releasing a name frees it on the phone.
  await main(page).getByRole('button', { name: 'Release the name Ольга Иванова' }).click();
  await expect(p3.getByText('The facilitator freed the name you had.')).toBeVisible();

  // Closing the room ends it on every phone.
  await main(page).getByRole('button', { name: 'Close the room' }).click();
  await main(page).getByRole('button', { name: 'Close it for every phone' }).click();
  for (const p of [p1, p2, p3]) await expect(p.getByRole('heading', { name: 'The room is closed' })).toBeVisible();
  await expect(audience.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  await page.context().close();
});

test('anonymous mode: a show of hands; a wrong key is refused in words', async ({ browser }, info) => {
  const { page, id } = await openAsFacilitator(browser);
  const address = await openRoom(page, 'Anonymous', 'Elementary reading');
  await page.screenshot({ path: info.outputPath('facilitator-room-open.png') });
  const [p1, p2] = await Promise.all([phone(browser, address), phone(browser, address)]);
  await answer(p1, 1, 2);
  await p1.screenshot({ path: info.outputPath('phone-answered.png') });
  await expect(count(page)).toContainText('1 of 2 have answered');
  await answer(p2, 1, 3);
  await expect(count(page)).toContainText('2 of 2 have answered');
  await main(page).getByRole('button', { name: 'Reveal the room’s answers' }).click();
  await expect.poll(async () => (await savedCharter(page, id)).tallies).toEqual([{ focusAreaId: 'focus-007', now: [2, 0, 0, 0], shouldBe: [0, 1, 1, 0] }]);
  await expect(p2.getByText('2 people gave both views.')).toBeVisible();
  await p2.screenshot({ path: info.outputPath('phone-result.png') });

  // A wrong key: the phone is refused, in words, and the room carries on.
  const wrong = await phone(browser, address.replace(/#.*/, '#0000-0000-0000-0000-0000-0000-00'));
  await expect(wrong.getByRole('heading', { name: 'This room is not open' })).toBeVisible();
  await expect(wrong.getByRole('alert')).toHaveText(REFUSED.notOpen);
  await expect(wrong.getByRole('button')).toHaveCount(0);
  await expect(count(page)).toContainText('2 phones joined');
  await main(page).getByRole('button', { name: 'Close the room' }).click();
  await main(page).getByRole('button', { name: 'Close it for every phone' }).click();
  await expect(p1.getByRole('heading', { name: 'The room is closed' })).toBeVisible();
  await page.context().close();
});

test('without a room server the app still works and says how to start one', async ({ page }) => {
  const c = charterForTheRoom();
  await page.goto('/');
  await openCharterFile(page, jsonFile('riverside.json', c));
  await page.waitForURL(/#\/charter\//);
  await page.goto(`/#/charter/${c.id}/positions`);
  await page.getByRole('button', { name: 'Invite the room' }).click();
  await page.getByRole('button', { name: 'Open the room' }).click();
  await expect(page.getByText(/No room server is answering/)).toBeVisible({ timeout: 15_000 });
  // Keyboard entry still works.
  await expect(page.getByRole('tab', { name: /Elementary reading/ })).toBeVisible();
});
