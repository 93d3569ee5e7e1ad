/**
 * Schema upgrades: a database written by each older version of the app opens
 * in this one with every charter intact (and listed in the library).
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { CHARTER_VERSION, type Charter } from '../charter/Charter';
import { verifyFingerprint } from '../charter/fingerprint';
import { upgradeCharter } from '../charter/upgrades';
import { revise } from '../charter/signing';
import { PlaybookDb } from './db';
import { listCatalog, loadCharter, revisionsOf } from './drafts';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Charter;

/** Exactly what version 1 of the app declared. */
function versionOne(name: string): Dexie {
  const d = new Dexie(name);
  d.version(1).stores({ charters: 'id, updatedAt, district, status', places: 'charterId' });
  return d;
}

const opened: Dexie[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

describe('opening a database written by version 1', () => {
  it('brings every charter up to date with nothing lost, and lists each with its revisions grouped', async () => {
    const name = `upgrade-v1-${Math.random()}`;
    const signed = read('tests/fixtures/riverside-signed.json');
    const rev2 = revise(signed, new Date('2027-06-01T09:00:00.000Z'));
    rev2.title = 'Literacy and mathematics, year 2';
    const charters: Charter[] = [
      signed,
      rev2,
      read('tests/fixtures/riverside-draft.json'),
      read('tests/fixtures/large-signed.json'),
      // A charter as the first release stored it, in the shape of that time.
      read('tests/fixtures/history/v1-first-release-signed.json'),
      // A later revision whose earlier revision was never in this browser.
      { ...read('tests/fixtures/riverside-draft.json'), id: 'orphan-rev-3', revision: 3, previousRevisionId: 'not-here' },
    ];

    const v1 = versionOne(name);
    await v1.table('charters').bulkPut(charters);
    await v1.table('places').put({ charterId: signed.id, stage: 'export', visitedAt: '2026-09-14T12:00:00.000Z' });
    const written = JSON.stringify(await v1.table('charters').toArray());
    v1.close();

    const current = new PlaybookDb(name);
    opened.push(current);
    await current.open();
    expect(current.verno).toBe(3);

    // Every charter intact: exactly what the charter upgrades make of what version 1 stored.
    expect(JSON.parse(written)).toHaveLength(charters.length);
    for (const c of charters) {
      const up = upgradeCharter(c);
      if (!up.ok) throw new Error(up.error);
      const stored = await loadCharter(c.id, current);
      expect(stored).toEqual(up.charter);
      expect(stored!.version).toBe(CHARTER_VERSION);
      if (stored!.status === 'signed' && c.id !== rev2.id) expect(await verifyFingerprint(stored!), c.id).toBe(true);
    }
    expect(await current.places.get(signed.id)).toMatchObject({ stage: 'export' });

    // Every charter is in the library's catalogue, revisions joined in one lineage.
    const catalog = await listCatalog(current);
    expect(catalog.map((e) => e.id).sort()).toEqual(charters.map((c) => c.id).sort());
    const lineage = catalog.find((e) => e.id === rev2.id)!.lineage;
    expect(lineage).toBe(signed.id);
    expect((await revisionsOf(lineage, current)).map((e) => e.revision)).toEqual([1, 2]);
    expect(catalog.find((e) => e.id === 'orphan-rev-3')!.lineage).toBe('not-here');
    const old = catalog.find((e) => e.id === charters[4].id)!;
    expect(old).toMatchObject({ title: charters[4].title, district: charters[4].district, status: 'signed', deletedAt: null });
  });

  it('opens an empty version-1 database', async () => {
    const name = `upgrade-empty-${Math.random()}`;
    const v1 = versionOne(name);
    await v1.open();
    v1.close();
    const current = new PlaybookDb(name);
    opened.push(current);
    expect(await listCatalog(current)).toEqual([]);
  });
});
