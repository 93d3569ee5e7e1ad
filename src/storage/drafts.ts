/**
 * Reading and writing charters in the drafts database. Every write of a charter
 * also writes its catalogue entry (catalog.ts) in the same transaction, so the
 * library, the lineage of revisions and the edit counter never drift apart.
 */
import type { Charter } from '../charter/Charter';
import type { StageId } from '../workflow/stages';
import { catalogEntry, catalogEntryForStored, lineageOf, type CatalogEntry, type ConflictNote } from './catalog';
import { copyOfCharter, copyTitle, type CopyChanges } from './charterCopy';
import { db, type PlaybookDb } from './db';
import { mergeCharters, sameContent, type MergeResult } from './merge';

export function loadCharter(id: string, database: PlaybookDb = db()): Promise<Charter | undefined> {
  return database.charters.get(id);
}

/** A charter with the edit count it was read at (null when it has no catalogue entry yet). */
export interface StoredDraft {
  charter: Charter;
  entry: CatalogEntry | undefined;
}

export function loadDraft(id: string, database: PlaybookDb = db()): Promise<StoredDraft | undefined> {
  return database.transaction('r', database.charters, database.catalog, async () => {
    const charter = await database.charters.get(id);
    return charter ? { charter, entry: await database.catalog.get(id) } : undefined;
  });
}

/** Every catalogue entry, deleted ones included (the library filters). */
export function listCatalog(database: PlaybookDb = db()): Promise<CatalogEntry[]> {
  return database.catalog.toArray();
}

async function lineageFor(database: PlaybookDb, c: Charter): Promise<string> {
  const prevId = c.previousRevisionId && c.previousRevisionId !== c.id ? c.previousRevisionId : null;
  const prev = prevId ? await database.catalog.get(prevId) : undefined;
  return lineageOf(c, () => prev);
}

/**
 * Write a charter and its entry. Call inside a rw transaction on charters and
 * catalog. `known` is the charter's entry before this write, if it had one.
 */
async function put(
  database: PlaybookDb,
  c: Charter,
  editCount: number,
  extra: { deletedAt?: string | null; conflict?: ConflictNote | null } = {},
  known?: CatalogEntry,
): Promise<CatalogEntry> {
  // An autosave keeps the lineage it had: no look-ups, so the write is as quick as it can be.
  const same = known && known.previousRevisionId === c.previousRevisionId;
  const lineage = same ? known.lineage : await lineageFor(database, c);
  const entry = catalogEntry(c, lineage, editCount, extra);
  await Promise.all([database.charters.put(c), database.catalog.put(entry)]);
  // Revisions stored before this one (imported out of order) join its lineage.
  if (!same && lineage !== c.id) await database.catalog.where('lineage').equals(c.id).modify({ lineage });
  return entry;
}

/** Create or overwrite a charter (new charter, new revision, import, copy). */
export async function saveCharter(charter: Charter, database: PlaybookDb = db()): Promise<void> {
  await database.transaction('rw', database.charters, database.catalog, async () => {
    const entry = await database.catalog.get(charter.id);
    await put(database, charter, (entry?.editCount ?? 0) + 1);
  });
}

export type SaveOutcome =
  | { kind: 'saved'; charter: Charter; editCount: number }
  | {
      kind: 'merged';
      /** What is now stored: both tabs' changes. */
      charter: Charter;
      editCount: number;
      conflicts: string[];
      /** The other version, kept as a separate charter when both changed the same thing. */
      copy: { id: string; title: string } | null;
    };

/** Check a merge: the result must still be a valid charter, else keep both versions whole. */
async function checkedMerge(base: Charter, mine: Charter, theirs: Charter): Promise<MergeResult> {
  const result = mergeCharters(base, mine, theirs);
  if (result.charter === mine || result.charter === theirs) return result;
  const { validateCharter } = await import('../charter/charterFile');
  if (validateCharter(result.charter).ok) return result;
  return { charter: mine, conflicts: ['the charter as a whole'], keepAsCopy: theirs };
}

/** How long after a conflict a new one counts as the same episode (the same copy is updated). */
export const CONFLICT_EPISODE_MS = 60_000;

/** The last conflict's note while its episode lasts (a save in between does not end it). */
function episodeNote(entry: CatalogEntry | undefined, now = Date.now()): ConflictNote | null {
  const note = entry?.conflict;
  return note && now - Date.parse(note.at) < CONFLICT_EPISODE_MS ? note : null;
}

function episodeCopy(entry: CatalogEntry | undefined): string | null {
  return episodeNote(entry)?.copyId ?? null;
}

/**
 * Save an open charter without overwriting a change made elsewhere (another tab).
 * `base` is the version this tab last read or wrote, `baseEdit` the edit count it
 * had (null if unknown: the stored charter is then compared with `base`). If the
 * stored charter moved on, the two versions are merged; where both changed the
 * same thing, this tab's version is kept and the other is saved as a copy.
 */
export async function saveDraft(
  mine: Charter,
  base: Charter,
  baseEdit: number | null,
  tabId: string,
  database: PlaybookDb = db(),
): Promise<SaveOutcome> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const first = await database.transaction('rw', database.charters, database.catalog, async () => {
      const [entry, stored] = await Promise.all([database.catalog.get(mine.id), database.charters.get(mine.id)]);
      const count = entry?.editCount ?? 0;
      const untouched = !stored || (entry && baseEdit !== null ? entry.editCount === baseEdit : sameContent(stored, base));
      if (untouched) {
        const written = await put(database, mine, count + 1, { conflict: episodeNote(entry) }, entry);
        return { kind: 'saved', editCount: written.editCount } as const;
      }
      return { kind: 'moved-on', stored: stored!, count, episode: episodeCopy(entry) } as const;
    });
    if (first.kind === 'saved') return { kind: 'saved', charter: mine, editCount: first.editCount };

    const merge = await checkedMerge(base, mine, first.stored);
    const now = new Date();
    const copy = merge.keepAsCopy
      ? copyOfCharter(merge.keepAsCopy, { title: copyTitle(merge.keepAsCopy.title, 'version from another tab') }, now)
      : null;
    // One copy per conflict episode: while two tabs keep changing the same thing,
    // the copy made at the start of it is brought up to date rather than another made.
    if (copy && first.episode && (await database.charters.get(first.episode))) copy.id = first.episode;
    const written = await database.transaction('rw', database.charters, database.catalog, async () => {
      const entry = await database.catalog.get(mine.id);
      if ((entry?.editCount ?? 0) !== first.count) return null; // changed again meanwhile: merge again
      if (copy) await put(database, copy, 1);
      const note: ConflictNote | null =
        merge.conflicts.length || copy
          ? { at: now.toISOString(), byTab: tabId, fields: merge.conflicts, copyId: copy?.id ?? null, copyTitle: copy?.title ?? null }
          : null;
      return put(database, merge.charter, first.count + 1, { conflict: note ?? episodeNote(entry) }, entry);
    });
    if (written) {
      return {
        kind: 'merged',
        charter: merge.charter,
        editCount: written.editCount,
        conflicts: merge.conflicts,
        copy: copy ? { id: copy.id, title: copy.title } : null,
      };
    }
    base = first.stored;
    baseEdit = first.count;
    mine = merge.charter;
  }
  throw new Error('the charter kept changing in another tab while it was being saved');
}

/**
 * Bring every charter in `list` into the library in one transaction: all of them,
 * or none. Written in bulk, so a backup of a thousand charters goes in at once.
 */
export async function importCharters(list: Charter[], database: PlaybookDb = db()): Promise<void> {
  // Earlier revisions first, so later ones find their lineage.
  const ordered = [...list].sort((a, b) => a.revision - b.revision);
  const ids = new Set(ordered.map((c) => c.id));
  await database.transaction('rw', database.charters, database.catalog, async () => {
    const existing = await database.catalog.bulkGet(ordered.map((c) => c.id));
    const outside = [...new Set(ordered.map((c) => c.previousRevisionId).filter((id): id is string => !!id && !ids.has(id)))];
    const lineages = new Map<string, string>();
    (await database.catalog.bulkGet(outside)).forEach((e, i) => e && lineages.set(outside[i], e.lineage));
    for (const c of ordered) lineages.set(c.id, lineageOf(c, (id) => (lineages.has(id) ? { lineage: lineages.get(id)! } : undefined)));
    // A lineage that is itself an imported revision joins that revision's lineage (out-of-order files).
    const settle = (lineage: string) => {
      for (let i = 0; i < 50 && ids.has(lineage) && lineages.get(lineage) !== lineage; i++) lineage = lineages.get(lineage)!;
      return lineage;
    };
    const entries = ordered.map((c, i) => catalogEntry(c, settle(lineages.get(c.id)!), (existing[i]?.editCount ?? 0) + 1));
    // Revisions already stored that were waiting for one of these (imported earlier, out of order).
    const waiting = (await database.catalog.where('lineage').anyOf([...ids]).toArray()).filter((e) => !ids.has(e.id));
    const relinked = waiting.map((e) => ({ ...e, lineage: settle(e.lineage) })).filter((e, i) => e.lineage !== waiting[i].lineage);
    await database.charters.bulkPut(ordered);
    await database.catalog.bulkPut([...entries, ...relinked]);
  });
}

/** Delete from the library, keeping the charters until purged so the delete can be undone. */
export async function deleteCharters(ids: string[], database: PlaybookDb = db(), at: Date = new Date()): Promise<void> {
  await database.catalog.where('id').anyOf(ids).modify({ deletedAt: at.toISOString() });
}

export async function restoreCharters(ids: string[], database: PlaybookDb = db()): Promise<void> {
  await database.catalog.where('id').anyOf(ids).modify({ deletedAt: null });
}

/** Remove for good the charters deleted before `before`. */
export async function purgeDeleted(before: Date, database: PlaybookDb = db()): Promise<number> {
  return database.transaction('rw', database.charters, database.catalog, database.places, async () => {
    const ids = (await database.catalog.where('deletedAt').below(before.toISOString()).primaryKeys()) as string[];
    await database.charters.bulkDelete(ids);
    await database.catalog.bulkDelete(ids);
    await database.places.bulkDelete(ids);
    return ids.length;
  });
}

/** Give a draft a new title. A signed charter keeps its title (it is part of what was signed). */
export async function renameCharter(id: string, title: string, database: PlaybookDb = db()): Promise<string | null> {
  return database.transaction('rw', database.charters, database.catalog, async () => {
    const c = await database.charters.get(id);
    const entry = await database.catalog.get(id);
    if (!c) return 'This charter is no longer in the library.';
    if (c.status === 'signed') return 'A signed charter keeps its title. Start a new revision to change it.';
    const next: Charter = { ...c, title: title.trim().slice(0, 500), updatedAt: new Date().toISOString() };
    await put(database, next, (entry?.editCount ?? 0) + 1, { deletedAt: entry?.deletedAt ?? null });
    return null;
  });
}

/** Copy a charter (e.g. for another school) as revision 1 of a new charter, unsigned. */
export async function duplicateCharter(id: string, changes: CopyChanges, database: PlaybookDb = db()): Promise<Charter | null> {
  return database.transaction('rw', database.charters, database.catalog, async () => {
    const c = await database.charters.get(id);
    if (!c) return null;
    const copy = copyOfCharter(c, changes);
    await put(database, copy, 1);
    return copy;
  });
}

/** Every charter in the library (not the deleted ones), oldest revision first: what a backup holds. */
export async function libraryCharters(database: PlaybookDb = db()): Promise<Charter[]> {
  return database.transaction('r', database.charters, database.catalog, async () => {
    const entries = (await database.catalog.toArray()).filter((e) => !e.deletedAt);
    const charters = await database.charters.bulkGet(entries.map((e) => e.id));
    return charters
      .filter((c): c is Charter => !!c)
      .sort((a, b) => a.revision - b.revision || a.createdAt.localeCompare(b.createdAt));
  });
}

/** The revisions of one charter, oldest first (deleted ones left out). */
export async function revisionsOf(lineage: string, database: PlaybookDb = db()): Promise<CatalogEntry[]> {
  const entries = await database.catalog.where('lineage').equals(lineage).toArray();
  return entries.filter((e) => !e.deletedAt).sort((a, b) => a.revision - b.revision || a.createdAt.localeCompare(b.createdAt));
}

/** Give a catalogue entry to any charter stored without one (written by older code). */
export async function ensureCatalog(database: PlaybookDb = db()): Promise<number> {
  const [charterIds, entryIds] = await Promise.all([
    database.charters.toCollection().primaryKeys(),
    database.catalog.toCollection().primaryKeys(),
  ]);
  const known = new Set(entryIds);
  const missing = (charterIds as string[]).filter((id) => !known.has(id));
  if (!missing.length) return 0;
  await database.transaction('rw', database.charters, database.catalog, async () => {
    for (const id of missing) {
      const c = await database.charters.get(id);
      if (!c || (await database.catalog.get(id))) continue;
      const lineage = await lineageFor(database, c).catch(() => c.id);
      await database.catalog.put(catalogEntryForStored(c, lineage, 1));
    }
  });
  return missing.length;
}

export async function rememberPlace(charterId: string, stage: StageId, database: PlaybookDb = db()): Promise<void> {
  await database.places.put({ charterId, stage, visitedAt: new Date().toISOString() });
}

export async function lastPlace(charterId: string, database: PlaybookDb = db()): Promise<StageId | undefined> {
  return (await database.places.get(charterId))?.stage;
}
