import { test } from '@playwright/test';
import { fixture, goVia, jsonFile, openCharterFile, openLibrary } from './app';
test('debug width', async ({ page }) => {
  await openLibrary(page);
  await openCharterFile(page, jsonFile('large-signed.json', fixture('large-signed.json')));
  await page.waitForURL(/#\/charter\//);
  await goVia(page, 'positions');
  const r = await page.evaluate(() => {
    const out: string[] = [`doc ${document.documentElement.scrollWidth}`];
    for (const el of document.querySelectorAll('*')) {
      const b = el.getBoundingClientRect();
      if (b.right > 1290) out.push(`${el.tagName}.${el.className} ${Math.round(b.left)}-${Math.round(b.right)}`);
    }
    return out.slice(0, 15);
  });
  console.log(r.join('\n'));
});
