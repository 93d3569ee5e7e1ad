/**
 * A Web Worker that opens a charter file or a backup off the page's thread:
 * reading, upgrading, validating and verifying it, planning what it would change
 * and, when the user agrees, importing a backup — so a 50 MB backup never
 * freezes the page. It keeps the backup's charters; the page gets only a summary.
 * Messages: importOffThread.ts.
 */
import { PlaybookDb } from '../storage/db';
import { checkImport, commitBackup, type BackupPlan } from './importCharter';
import { summarisePlan, type FromWorker, type ToWorker } from './importOffThread';

const database = new PlaybookDb();
let plan: BackupPlan | null = null;
const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  try {
    if (m.kind === 'check') {
      plan = null;
      const check = await checkImport(m.file, database, (done, total) => post({ kind: 'progress', done, total }));
      if (check.ok && 'backup' in check) {
        plan = check.backup;
        post({ kind: 'checked', result: { ok: true, backup: summarisePlan(check.backup) } });
      } else {
        post({ kind: 'checked', result: check });
      }
    } else if (m.kind === 'commit') {
      if (!plan) throw new Error('There is no backup waiting to be imported.');
      const n = await commitBackup(plan, m.replace, database);
      plan = null;
      post({ kind: 'committed', count: n });
    }
  } catch (err) {
    post({ kind: 'failed', name: (err as Error)?.name ?? 'Error', message: (err as Error)?.message ?? String(err) });
  }
};
