import { test } from '@playwright/test';
test('probe idb on close', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((res) => {
      const r = indexedDB.open('probe', 1);
      r.onupgradeneeded = () => r.result.createObjectStore('s');
      r.onsuccess = () => res(r.result);
    });
    addEventListener('pagehide', () => {
      const t1 = db.transaction('s', 'readwrite');
      t1.objectStore('s').put(Date.now(), 'sync');
      t1.commit();
      const t2 = db.transaction('s', 'readwrite');
      const st = t2.objectStore('s');
      const g = st.get('x');
      g.onsuccess = () => { st.put('ok', 'hop1'); const g2 = st.get('y'); g2.onsuccess = () => st.put('ok', 'hop2'); };
      Promise.resolve().then(() => { const t3 = db.transaction('s', 'readwrite'); t3.objectStore('s').put('ok', 'micro'); });
      setTimeout(() => { const t4 = db.transaction('s', 'readwrite'); t4.objectStore('s').put('ok', 'timeout'); }, 0);
    });
  });
  await page.close();
  const again = await context.newPage();
  await again.goto('/');
  const got = await again.evaluate(async () => {
    const db: IDBDatabase = await new Promise((res) => { const r = indexedDB.open('probe', 1); r.onsuccess = () => res(r.result); });
    return await new Promise((res) => { const r = db.transaction('s').objectStore('s').getAllKeys(); r.onsuccess = () => res(r.result); });
  });
  console.log('stored keys', JSON.stringify(got));
});
