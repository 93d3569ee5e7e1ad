/** A serialised copy of the whole drafts database, to compare before and after (tests, diagnostics). */
import type { PlaybookDb } from './db';

export async function dumpDatabase(database: PlaybookDb): Promise<string> {
  return database.transaction('r', database.tables, async () => {
    const out: Record<string, unknown[]> = {};
    for (const table of [...database.tables].sort((a, b) => a.name.localeCompare(b.name))) {
      out[table.name] = await table.toArray();
    }
    return JSON.stringify(out);
  });
}
