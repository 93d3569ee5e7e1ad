/**
 * The drafts database (IndexedDB through Dexie). Keep every old
 * `db.version(n)` with its upgrade so drafts written by older versions of the
 * app open in newer ones.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Charter } from '../charter/Charter';
import type { StageId } from '../workflow/stages';
import { catalogEntryForStored, computeLineages, type CatalogEntry } from './catalog';
import { watchHealth } from './health';
import type { Rescue } from './rescue';
import { needsUpgrade, upgradeCharter, upgradedOrAsIs } from '../charter/upgrades';

/** Where the user last was in a charter, so a reload or a later visit returns there. */
export interface Place {
  charterId: string;
  stage: StageId;
  visitedAt: string;
}

export const DB_NAME = 'same-playbook';

export class PlaybookDb extends Dexie {
  charters!: EntityTable<Charter, 'id'>;
  places!: EntityTable<Place, 'charterId'>;
  /** Since version 2: one small entry per charter for the library (see catalog.ts). */
  catalog!: EntityTable<CatalogEntry, 'id'>;
  /** Since version 2: unsaved changes written as the page closed, applied on the next visit (see rescue.ts). */
  rescue!: EntityTable<Rescue, 'charterId'>;

  constructor(name = DB_NAME) {
    super(name);
    // Version 1: charters by id, indexed for the library; the last place per charter.
    this.version(1).stores({
      charters: 'id, updatedAt, district, status',
      places: 'charterId',
    });
    // Version 2: the library's catalogue — lineage (all revisions of one charter),
    // edit counter (two tabs), soft delete (undo) — built from every stored charter;
    // and the rescue of changes still unsaved when a page closed.
    this.version(2)
      .stores({
        charters: 'id, updatedAt, district, status',
        places: 'charterId',
        catalog: 'id, lineage, updatedAt, title, district, status, deletedAt',
        rescue: 'charterId',
      })
      .upgrade(async (tx) => {
        const charters = (await tx.table('charters').toArray()) as Charter[];
        const lineages = computeLineages(charters);
        await tx.table('catalog').bulkPut(charters.map((c) => catalogEntryForStored(c, lineages.get(c.id) ?? c.id, 1)));
      });
    // Version 3: every stored charter brought up to today's shape by the charter upgrades
    // (src/charter/upgrades.ts), and its catalogue entry made again from the upgraded charter.
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        const charters = tx.table('charters');
        const catalog = tx.table('catalog');
        const stored = (await charters.toArray()) as unknown[];
        for (const raw of stored) {
          if (!needsUpgrade(raw)) continue;
          const upgraded = upgradeCharter(raw);
          if (!upgraded.ok) continue; // damaged or newer: kept as it is, and reported when opened
          const c = upgraded.charter as Charter;
          const entry = (await catalog.get(c.id)) as CatalogEntry | undefined;
          await charters.put(c);
          await catalog.put({ ...catalogEntryForStored(c, entry?.lineage ?? c.id, entry?.editCount ?? 1), deletedAt: entry?.deletedAt ?? null, conflict: entry?.conflict ?? null });
        }
      });
    // A charter written by an older tab or release after this upgrade still reads in today's shape.
    this.charters.hook('reading', (c: Charter) => upgradedOrAsIs(c));
  }
}

let instance: PlaybookDb | null = null;

export function db(): PlaybookDb {
  if (!instance) {
    instance = new PlaybookDb();
    watchHealth(instance);
  }
  return instance;
}
