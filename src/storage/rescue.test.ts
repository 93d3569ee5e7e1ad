import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { CHARTER_VERSION, type Charter } from '../charter/Charter';
import { PlaybookDb } from './db';
import { loadDraft, saveCharter, saveDraft } from './drafts';
import { applyRescues, clearRescue, rescueNow } from './rescue';

const draft = () => JSON.parse(readFileSync('tests/fixtures/riverside-draft.json', 'utf8')) as Charter;
const dbs: PlaybookDb[] = [];
async function fresh(): Promise<PlaybookDb> {
  const d = new PlaybookDb(`rescue-${Math.random()}`);
  dbs.push(d);
  await d.open();
  return d;
}
afterEach(async () => {
  for (const d of dbs.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

const rescue = (charter: Charter, base: Charter, baseEdit: number | null, token = 't1') => ({
  charterId: charter.id,
  charter,
  base,
  baseEdit,
  tabId: 'closing-tab',
  token,
  at: '2026-10-01T10:00:00.000Z',
});

describe('changes rescued as a page closed', () => {
  it('are written in one synchronous step and saved on the next visit', async () => {
    const d = await fresh();
    const c = draft();
    await saveCharter(c, d);
    expect(rescueNow(rescue({ ...c, title: 'Typed as the tab closed' }, c, 1), d)).toBe(true);
    expect(await applyRescues(d)).toBe(1);
    expect((await loadDraft(c.id, d))?.charter.title).toBe('Typed as the tab closed');
    expect(await d.rescue.count()).toBe(0);
  });

  it('merge with what another tab saved in the meantime', async () => {
    const d = await fresh();
    const c = draft();
    await saveCharter(c, d);
    rescueNow(rescue({ ...c, title: 'From the closed tab' }, c, 1), d);
    await saveDraft({ ...c, district: 'From the other tab' }, c, 1, 'other-tab', d);
    await applyRescues(d, c.id);
    expect((await loadDraft(c.id, d))?.charter).toMatchObject({ title: 'From the closed tab', district: 'From the other tab' });
  });

  it('are dropped without a write when the ordinary save got there after all', async () => {
    const d = await fresh();
    const c = draft();
    await saveCharter(c, d);
    const typed = { ...c, title: 'Saved anyway' };
    rescueNow(rescue(typed, c, 1), d);
    await saveDraft(typed, c, 1, 'closing-tab', d);
    expect(await applyRescues(d)).toBe(0);
    expect((await loadDraft(c.id, d))?.entry?.editCount).toBe(2);
    expect(await d.rescue.count()).toBe(0);
  });

  it('are removed only by the token that wrote them', async () => {
    const d = await fresh();
    const c = draft();
    rescueNow(rescue(c, c, null, 'newer'), d);
    await clearRescue(c.id, 'older', d);
    expect(await d.rescue.count()).toBe(1);
    await clearRescue(c.id, 'newer', d);
    expect(await d.rescue.count()).toBe(0);
  });
});

describe('a rescue written by an earlier release', () => {
  it('is brought up to date before it is saved', async () => {
    const d = await fresh();
    const old = JSON.parse(readFileSync('tests/fixtures/history/v1-draft.json', 'utf8')) as Charter;
    expect(rescueNow(rescue({ ...old, title: 'Typed as an old page closed' }, old, null), d)).toBe(true);
    expect(await applyRescues(d)).toBe(1);
    const stored = await loadDraft(old.id, d);
    expect(stored?.charter).toMatchObject({ version: CHARTER_VERSION, title: 'Typed as an old page closed', example: false });
  });
});
