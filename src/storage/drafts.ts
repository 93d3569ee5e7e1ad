/** Reading and writing charters in the drafts database. */
import type { Charter } from '../charter/Charter';
import type { StageId } from '../workflow/stages';
import { db, type PlaybookDb } from './db';

export interface DraftSummary {
  id: string;
  district: string;
  title: string;
  revision: number;
  status: Charter['status'];
  updatedAt: string;
  focusAreaCount: number;
}

export function summarise(c: Charter): DraftSummary {
  return {
    id: c.id,
    district: c.district,
    title: c.title,
    revision: c.revision,
    status: c.status,
    updatedAt: c.updatedAt,
    focusAreaCount: c.focusAreas.length,
  };
}

export async function listDrafts(database: PlaybookDb = db()): Promise<DraftSummary[]> {
  const all = await database.charters.orderBy('updatedAt').reverse().toArray();
  return all.map(summarise);
}

export function loadCharter(id: string, database: PlaybookDb = db()): Promise<Charter | undefined> {
  return database.charters.get(id);
}

export async function saveCharter(charter: Charter, database: PlaybookDb = db()): Promise<void> {
  await database.charters.put(charter);
}

/** Delete a charter and the remembered place in it. */
export async function deleteCharter(id: string, database: PlaybookDb = db()): Promise<void> {
  await database.transaction('rw', database.charters, database.places, async () => {
    await database.charters.delete(id);
    await database.places.delete(id);
  });
}

export async function rememberPlace(charterId: string, stage: StageId, database: PlaybookDb = db()): Promise<void> {
  await database.places.put({ charterId, stage, visitedAt: new Date().toISOString() });
}

export async function lastPlace(charterId: string, database: PlaybookDb = db()): Promise<StageId | undefined> {
  return (await database.places.get(charterId))?.stage;
}
