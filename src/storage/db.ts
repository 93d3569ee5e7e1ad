/**
 * The drafts database (IndexedDB through Dexie). Keep every old
 * `db.version(n)` with its upgrade so drafts written by older versions of the
 * app open in newer ones.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Charter } from '../charter/Charter';
import type { StageId } from '../workflow/stages';

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

  constructor(name = DB_NAME) {
    super(name);
    // Version 1: charters by id, indexed for the library; the last place per charter.
    this.version(1).stores({
      charters: 'id, updatedAt, district, status',
      places: 'charterId',
    });
  }
}

let instance: PlaybookDb | null = null;

export function db(): PlaybookDb {
  instance ??= new PlaybookDb();
  return instance;
}
