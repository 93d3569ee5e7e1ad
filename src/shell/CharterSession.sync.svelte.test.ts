/**
 * The open charter and the database: saves that keep up with typing, two tabs
 * on one charter (two sessions here), and a full disk.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import { CharterSession } from './CharterSession.svelte';
import type { Charter } from '../charter/Charter';
import { db } from '../storage/db';
import { loadDraft, saveCharter } from '../storage/drafts';

const draft = () => JSON.parse(readFileSync('tests/fixtures/riverside-draft.json', 'utf8')) as Charter;
/** Wait for a condition (no fixed sleeps): vi.waitFor with a message. */
async function until(what: string, ok: () => boolean | Promise<boolean>, ms = 3000) {
  await vi.waitFor(async () => expect(await ok(), what).toBe(true), { timeout: ms, interval: 20 });
}

/** Open the charter as a tab would: read it with its edit count. */
async function openTab(id: string): Promise<CharterSession> {
  const d = await loadDraft(id);
  const s = new CharterSession(d!.charter, 'setup', d!.entry?.editCount ?? null);
  sessions.push(s);
  return s;
}

const sessions: CharterSession[] = [];
beforeEach(async () => {
  await Promise.all(db().tables.map((t) => t.clear()));
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const s of sessions.splice(0)) {
    await s.flush();
    s.dispose();
  }
});

describe('saving while someone types', () => {
  it('says the browser is out of room, keeps the change, and saves it when asked again', async () => {
    const c = draft();
    await saveCharter(c);
    const s = await openTab(c.id);
    const put = vi.spyOn(db().charters, 'put').mockRejectedValue(new DOMException('Quota exceeded', 'QuotaExceededError'));
    s.charter.title = 'Typed when the disk was full';
    flushSync();
    await until('the save fails', () => s.saveStatus === 'failed');
    expect(s.saveError).toMatch(/no room left to save drafts.*Download the charter file/);
    put.mockRestore();
    await s.retrySave();
    expect(s.saveStatus).toBe('saved');
    expect((await db().charters.get(c.id))?.title).toBe('Typed when the disk was full');
  });
});

describe('the same charter open in two tabs', () => {
  it('shows a change made in one tab in the other', async () => {
    const c = draft();
    await saveCharter(c);
    const a = await openTab(c.id);
    const b = await openTab(c.id);
    a.charter.title = 'Changed in tab A';
    flushSync();
    await until('tab B shows it', () => b.charter.title === 'Changed in tab A');
    // Tab B did not write it back: one write only.
    await b.flush();
    expect((await loadDraft(c.id))?.entry?.editCount).toBe(2);
    expect(b.saveStatus).toBe('saved');
    expect(b.syncNotice).toBeNull();
  });

  it('keeps both tabs’ changes to different things', async () => {
    const c = draft();
    await saveCharter(c);
    const a = await openTab(c.id);
    const b = await openTab(c.id);
    a.charter.district = 'District typed in A';
    b.charter.facilitator = 'Facilitator typed in B';
    flushSync();
    await until('both are stored', async () => {
      const stored = await db().charters.get(c.id);
      return stored?.district === 'District typed in A' && stored.facilitator === 'Facilitator typed in B';
    });
    await until('both tabs show both', () => a.charter.facilitator === 'Facilitator typed in B' && b.charter.district === 'District typed in A');
    expect(await db().charters.count()).toBe(1);
  });

  it('loses neither side when both tabs change the same thing, and tells both', async () => {
    const c = draft();
    await saveCharter(c);
    const a = await openTab(c.id);
    const b = await openTab(c.id);
    a.charter.title = 'Alpha';
    b.charter.title = 'Beta';
    flushSync();
    await until('both are saved', async () => (await db().charters.count()) === 2 && a.saveStatus === 'saved' && b.saveStatus === 'saved');
    await a.flush();
    await b.flush();
    const titles = (await db().charters.toArray()).map((x) => x.title).sort();
    const kept = (await db().charters.get(c.id))!.title;
    expect(['Alpha', 'Beta']).toContain(kept);
    const other = kept === 'Alpha' ? 'Beta' : 'Alpha';
    expect(titles).toEqual([kept, `${other} (version from another tab)`].sort());
    // Both tabs now show what is stored, and both were told where the other version went.
    await until('both tabs agree', () => a.charter.title === kept && b.charter.title === kept);
    for (const s of [a, b]) {
      expect(s.syncNotice?.text).toMatch(/another tab/);
      expect(s.syncNotice?.copyId).toBeTruthy();
    }
  });
});

describe('a page being closed', () => {
  it('writes what is not saved yet at once, as a rescue the next visit applies', async () => {
    const c = draft();
    await saveCharter(c);
    const s = await openTab(c.id);
    s.charter.title = 'Typed just before the tab closed';
    // No flushSync: the autosave effect has not even seen the change yet.
    dispatchEvent(new Event('pagehide'));
    const rescued = await db().rescue.get(c.id);
    expect(rescued?.charter.title).toBe('Typed just before the tab closed');
    // Here the ordinary save finishes too, and the rescue is no longer needed.
    await until('the rescue is cleared', async () => (await db().rescue.count()) === 0);
    expect((await db().charters.get(c.id))?.title).toBe('Typed just before the tab closed');
  });
});
