/**
 * Bringing a charter file or a library backup into the drafts library. Checking
 * a file changes nothing and says what importing it would do; committing writes
 * everything in one transaction, so on any error nothing changes.
 */
import type { Charter } from '../charter/Charter';
import type { CatalogEntry } from '../storage/catalog';
import { importCharters } from '../storage/drafts';
import { db, type PlaybookDb } from '../storage/db';
import { sameContent } from '../storage/merge';
import type { ImportProgress } from './readImportFile';

/** What importing one charter of a backup would do. */
export interface BackupItem {
  charter: Charter;
  /** add: new to the library; replace: the library's copy differs and would be overwritten; same: already there, unchanged. */
  action: 'add' | 'replace' | 'same';
  existing: CatalogEntry | undefined;
}

export interface BackupPlan {
  exportedAt: string;
  items: BackupItem[];
  adds: number;
  replaces: number;
  same: number;
}

export type ImportCheck =
  | { ok: false; error: string }
  | { ok: true; charter: Charter; replaces: Charter | undefined }
  | { ok: true; backup: BackupPlan };

async function planBackup(exportedAt: string, charters: Charter[], database: PlaybookDb): Promise<BackupPlan> {
  const ids = charters.map((c) => c.id);
  const [entries, stored] = await database.transaction('r', database.catalog, database.charters, () =>
    Promise.all([database.catalog.bulkGet(ids), database.charters.bulkGet(ids)]),
  );
  const items: BackupItem[] = charters.map((charter, i) => {
    const entry = entries[i];
    const mine = stored[i];
    const live = entry && !entry.deletedAt ? entry : undefined;
    const action = !mine || !live ? 'add' : sameContent(mine, charter) && mine.updatedAt === charter.updatedAt ? 'same' : 'replace';
    return { charter, action, existing: live };
  });
  const count = (a: BackupItem['action']) => items.filter((x) => x.action === a).length;
  return { exportedAt, items, adds: count('add'), replaces: count('replace'), same: count('same') };
}

/** Validate a file and say what importing it would do, without changing anything. Never throws. */
export async function checkImport(file: Blob, database: PlaybookDb = db(), onProgress?: ImportProgress): Promise<ImportCheck> {
  try {
    // A charter PDF made by Same Playbook carries its charter: read and verify it (issue 5, checkCharterFile.ts).
    const { checkCharterPdf, looksLikePdf } = await import('./checkCharterFile');
    if (await looksLikePdf(file)) {
      const pdf = await checkCharterPdf(file);
      if (!pdf.ok) return { ok: false, error: pdf.error };
      const pdfEntry = await database.catalog.get(pdf.charter.id);
      return { ok: true, charter: pdf.charter, replaces: pdfEntry?.deletedAt ? undefined : await database.charters.get(pdf.charter.id) };
    }
    // Validation (and its schema library) loads only when a file is opened.
    const { readImportFile } = await import('./readImportFile');
    const parsed = await readImportFile(file, onProgress);
    if (!parsed.ok) return parsed;
    if (parsed.kind === 'backup') return { ok: true, backup: await planBackup(parsed.exportedAt, parsed.charters, database) };
    const entry = await database.catalog.get(parsed.charter.id);
    const replaces = entry?.deletedAt ? undefined : await database.charters.get(parsed.charter.id);
    return { ok: true, charter: parsed.charter, replaces };
  } catch (e) {
    return { ok: false, error: `The file could not be checked: ${(e as Error)?.message ?? String(e)}` };
  }
}

/** Store one charter from a file (new, or replacing the library's copy). */
export function commitImport(charter: Charter, database: PlaybookDb = db()): Promise<void> {
  return importCharters([charter], database);
}

/** Store a backup's charters: the new ones, and the replacements too when `replace` is true. All or nothing. */
export async function commitBackup(plan: BackupPlan, replace: boolean, database: PlaybookDb = db()): Promise<number> {
  const chosen = plan.items.filter((x) => x.action === 'add' || (replace && x.action === 'replace')).map((x) => x.charter);
  if (chosen.length) await importCharters(chosen, database);
  return chosen.length;
}
