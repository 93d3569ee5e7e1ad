import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import type { Charter } from '../charter/Charter';
import { revise } from '../charter/signing';
import { PlaybookDb } from './db';
import {
  deleteCharters,
  duplicateCharter,
  ensureCatalog,
  importCharters,
  libraryCharters,
  listCatalog,
  loadDraft,
  purgeDeleted,
  renameCharter,
  restoreCharters,
  revisionsOf,
  saveCharter,
  saveDraft,
} from './drafts';
import { dumpDatabase } from './dump';

const draft = () => JSON.parse(readFileSync('tests/fixtures/riverside-draft.json', 'utf8')) as Charter;
const signed = () => JSON.parse(readFileSync('tests/fixtures/riverside-signed.json', 'utf8')) as Charter;

const dbs: PlaybookDb[] = [];
function fresh(): PlaybookDb {
  const d = new PlaybookDb(`drafts-test-${Math.random()}`);
  dbs.push(d);
  return d;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const d of dbs.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

describe('saving drafts', () => {
  it('counts every write of a charter', async () => {
    const d = fresh();
    const c = draft();
    await saveCharter(c, d);
    await saveCharter({ ...c, title: 'Again' }, d);
    const stored = await loadDraft(c.id, d);
    expect(stored?.charter.title).toBe('Again');
    expect(stored?.entry?.editCount).toBe(2);
  });

  it('saves straight away when nothing changed the charter since this tab read it', async () => {
    const d = fresh();
    const c = draft();
    await saveCharter(c, d);
    const mine = { ...c, title: 'Typed here' };
    const out = await saveDraft(mine, c, 1, 'tab-a', d);
    expect(out).toMatchObject({ kind: 'saved', editCount: 2 });
    expect((await loadDraft(c.id, d))?.charter.title).toBe('Typed here');
  });

  it('merges when another tab saved in between, keeping both tabs’ changes', async () => {
    const d = fresh();
    const base = draft();
    await saveCharter(base, d);
    await saveDraft({ ...base, district: 'From tab B' }, base, 1, 'tab-b', d);
    const out = await saveDraft({ ...base, title: 'From tab A' }, base, 1, 'tab-a', d);
    expect(out.kind).toBe('merged');
    const stored = await loadDraft(base.id, d);
    expect(stored?.charter).toMatchObject({ title: 'From tab A', district: 'From tab B' });
    expect(stored?.entry?.editCount).toBe(3);
    expect(stored?.entry?.conflict).toBeNull();
    expect(await d.charters.count()).toBe(1);
  });

  it('keeps the other tab’s version as a separate, unsigned charter when both changed the same thing', async () => {
    const d = fresh();
    const base = draft();
    await saveCharter(base, d);
    await saveDraft({ ...base, title: 'Beta' }, base, 1, 'tab-b', d);
    const out = await saveDraft({ ...base, title: 'Alpha' }, base, 1, 'tab-a', d);
    if (out.kind !== 'merged') throw new Error('expected a merge');
    expect(out.conflicts).toEqual(['the title']);
    expect(out.copy?.title).toBe('Beta (version from another tab)');
    const stored = await loadDraft(base.id, d);
    expect(stored?.charter.title).toBe('Alpha');
    expect(stored?.entry?.conflict).toMatchObject({ byTab: 'tab-a', fields: ['the title'], copyId: out.copy?.id });
    const copy = await loadDraft(out.copy!.id, d);
    expect(copy?.charter).toMatchObject({ title: 'Beta (version from another tab)', revision: 1, previousRevisionId: null, status: 'draft' });
    expect(copy?.entry?.lineage).toBe(out.copy!.id);
  });

  it('puts a charter deleted in another tab back when it is saved', async () => {
    const d = fresh();
    const c = draft();
    await saveCharter(c, d);
    await deleteCharters([c.id], d);
    await saveDraft({ ...c, title: 'Still working on it' }, c, 1, 'tab-a', d);
    expect((await loadDraft(c.id, d))?.entry?.deletedAt).toBeNull();
  });
});

describe('importing', () => {
  it('writes every charter or none: a failure half way changes nothing', async () => {
    const d = fresh();
    await saveCharter(signed(), d);
    const before = await dumpDatabase(d);
    const many = Array.from({ length: 5 }, (_, i) => ({ ...draft(), id: `import-${i}` }));
    // The charters are written, then the disk fills up before their catalogue entries are.
    vi.spyOn(d.catalog, 'bulkPut').mockRejectedValue(new DOMException('The disk is full', 'QuotaExceededError'));
    await expect(importCharters(many, d)).rejects.toThrow();
    expect(await dumpDatabase(d)).toBe(before);
  });

  it('joins revisions imported out of order into one charter', async () => {
    const d = fresh();
    const r1 = signed();
    const r2 = revise(r1);
    const r3 = revise({ ...r2, status: 'signed' });
    await importCharters([r3], d);
    await importCharters([r2], d);
    await importCharters([r1], d);
    const lineage = (await loadDraft(r3.id, d))?.entry?.lineage;
    expect(lineage).toBe(r1.id);
    expect((await revisionsOf(r1.id, d)).map((e) => e.revision)).toEqual([1, 2, 3]);
  });
});

describe('the library’s own changes', () => {
  it('deletes, restores, and purges for good only what was deleted long enough ago', async () => {
    const d = fresh();
    const a = draft();
    const b = { ...draft(), id: 'b' };
    await importCharters([a, b], d);
    await deleteCharters([a.id], d, new Date('2026-01-01T00:00:00.000Z'));
    expect((await libraryCharters(d)).map((c) => c.id)).toEqual([b.id]);
    await restoreCharters([a.id], d);
    expect((await libraryCharters(d)).length).toBe(2);
    await deleteCharters([a.id], d, new Date('2026-01-01T00:00:00.000Z'));
    await deleteCharters([b.id], d, new Date('2026-03-01T00:00:00.000Z'));
    expect(await purgeDeleted(new Date('2026-02-01T00:00:00.000Z'), d)).toBe(1);
    expect(await d.charters.get(a.id)).toBeUndefined();
    expect(await d.charters.get(b.id)).toBeDefined();
  });

  it('renames a draft, and refuses to rename a signed charter', async () => {
    const d = fresh();
    await importCharters([draft(), signed()], d);
    expect(await renameCharter(draft().id, '  Reading charter for Eastgate  ', d)).toBeNull();
    expect((await loadDraft(draft().id, d))?.charter.title).toBe('Reading charter for Eastgate');
    expect(await renameCharter(signed().id, 'New', d)).toMatch(/signed charter keeps its title/);
    expect((await loadDraft(signed().id, d))?.charter.title).toBe(signed().title);
  });

  it('duplicates a signed charter for another school: new id, own lineage, revision 1, no signatures', async () => {
    const d = fresh();
    await importCharters([signed()], d);
    const copy = await duplicateCharter(signed().id, { title: 'Hillcrest charter', inScope: 'Hillcrest Middle only' }, d);
    expect(copy).toMatchObject({ title: 'Hillcrest charter', inScope: 'Hillcrest Middle only', revision: 1, status: 'draft', signatures: [], fingerprint: null });
    expect(copy!.id).not.toBe(signed().id);
    expect(copy!.expectations).toEqual(signed().expectations);
    expect((await loadDraft(copy!.id, d))?.entry?.lineage).toBe(copy!.id);
    expect((await listCatalog(d)).length).toBe(2);
  });

  it('lists a charter written without its catalogue entry once the catalogue is checked', async () => {
    const d = fresh();
    await d.charters.put(draft());
    expect(await ensureCatalog(d)).toBe(1);
    expect((await listCatalog(d)).map((e) => e.id)).toEqual([draft().id]);
    expect(await ensureCatalog(d)).toBe(0);
  });
});
