/**
 * Changes still unsaved when a page is hidden or closed. A browser lets a page
 * finish only what it writes synchronously while it closes, which an ordinary
 * save (read, compare, write) cannot do. So the page writes its unsaved charter
 * here in one synchronous step; the next visit applies it through the ordinary
 * save — merging with anything another tab saved meanwhile — and removes it.
 */
import type { Charter } from '../charter/Charter';
import { db, type PlaybookDb } from './db';
import { saveDraft } from './drafts';
import { sameContent } from './merge';
import { upgradedOrAsIs } from '../charter/upgrades';

export interface Rescue {
  charterId: string;
  /** The charter as it was in the page. */
  charter: Charter;
  /** What the page's change was made on, and its edit count (for the merge). */
  base: Charter;
  baseEdit: number | null;
  tabId: string;
  /** Tells this rescue from a later one for the same charter. */
  token: string;
  at: string;
}

/** Write a rescue in one synchronous step (no awaiting). Returns false if it could not be written. Never throws. */
export function rescueNow(r: Rescue, database: PlaybookDb = db()): boolean {
  try {
    if (!database.isOpen()) return false;
    const idb = database.backendDB();
    const tx = idb.transaction(['rescue'], 'readwrite');
    tx.objectStore('rescue').put(r);
    tx.commit?.();
    return true;
  } catch {
    return false;
  }
}

/** Remove a rescue once an ordinary save has written everything in it. */
export async function clearRescue(charterId: string, token: string, database: PlaybookDb = db()): Promise<void> {
  await database.transaction('rw', database.rescue, async () => {
    const r = await database.rescue.get(charterId);
    if (r?.token === token) await database.rescue.delete(charterId);
  });
}

/** Apply every rescue (or the one for `charterId`) through the ordinary save, then remove it. Returns how many were applied. */
export async function applyRescues(database: PlaybookDb = db(), charterId?: string): Promise<number> {
  const list = charterId ? [await database.rescue.get(charterId)].filter((r): r is Rescue => !!r) : await database.rescue.toArray();
  let applied = 0;
  for (const raw of list) {
    // A rescue written by an earlier release holds charters of that release's shape.
    const r = { ...raw, charter: upgradedOrAsIs(raw.charter), base: upgradedOrAsIs(raw.base) };
    const stored = await database.charters.get(r.charterId);
    if (!stored || !sameContent(stored, r.charter)) {
      await saveDraft(r.charter, r.base, r.baseEdit, r.tabId, database);
      applied++;
    }
    await clearRescue(r.charterId, r.token, database);
  }
  return applied;
}
