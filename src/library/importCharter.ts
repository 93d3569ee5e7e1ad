/** Bringing a charter file into the drafts library. Nothing changes unless the file is valid. */
import type { Charter } from '../charter/Charter';
import { loadCharter, saveCharter } from '../storage/drafts';
import type { PlaybookDb } from '../storage/db';
import { db } from '../storage/db';

export type ImportCheck =
  | { ok: false; error: string }
  | { ok: true; charter: Charter; replaces: Charter | undefined };

/** Validate a file and say what importing it would do, without changing anything. */
export async function checkImport(file: Blob, database: PlaybookDb = db()): Promise<ImportCheck> {
  // Validation (and its schema library) loads only when a file is opened.
  const { readCharterFile } = await import('../charter/charterFile');
  const parsed = await readCharterFile(file);
  if (!parsed.ok) return parsed;
  return { ok: true, charter: parsed.charter, replaces: await loadCharter(parsed.charter.id, database) };
}

export function commitImport(charter: Charter, database: PlaybookDb = db()): Promise<void> {
  return saveCharter(charter, database);
}
