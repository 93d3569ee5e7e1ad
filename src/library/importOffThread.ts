/**
 * Opening a file without freezing the page: the work runs in a Web Worker
 * (importWorker.ts) where the browser has one, and here otherwise (tests, old
 * browsers), with the same results and messages. A backup's preview carries only
 * what the page shows of each charter; the worker keeps the charters until the
 * user agrees, then imports them itself (the library sees the change through
 * Dexie's cross-context notifications).
 */
import type { Charter } from '../charter/Charter';
import { checkImport, commitBackup, type BackupItem, type BackupPlan, type ImportCheck } from './importCharter';
import type { ImportProgress } from './readImportFile';

/** What the preview shows of one charter of a backup. */
export type CharterSummary = Pick<Charter, 'id' | 'title' | 'district' | 'revision' | 'updatedAt'>;
export type PlanSummary = Omit<BackupPlan, 'items'> & { items: (Omit<BackupItem, 'charter'> & { charter: CharterSummary })[] };
export type CheckSummary = Exclude<ImportCheck, { backup: BackupPlan }> | { ok: true; backup: PlanSummary };

export type ToWorker = { kind: 'check'; file: Blob } | { kind: 'commit'; replace: boolean };
export type FromWorker =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'checked'; result: CheckSummary }
  | { kind: 'committed'; count: number }
  | { kind: 'failed'; name: string; message: string };

export function summarisePlan(plan: BackupPlan): PlanSummary {
  return {
    ...plan,
    items: plan.items.map(({ charter: c, ...rest }) => ({
      ...rest,
      charter: { id: c.id, title: c.title, district: c.district, revision: c.revision, updatedAt: c.updatedAt },
    })),
  };
}

let worker: Worker | null = null;
/** Without a worker: the plan waiting for the user's answer. */
let localPlan: BackupPlan | null = null;

function theWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  worker ??= new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function ask<T>(message: ToWorker, onProgress?: ImportProgress): Promise<T> {
  const w = theWorker()!;
  return new Promise<T>((resolve, reject) => {
    const onMessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.kind === 'progress') return onProgress?.(m.done, m.total);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      if (m.kind === 'failed') reject(Object.assign(new Error(m.message), { name: m.name }));
      else resolve((m.kind === 'checked' ? m.result : m.count) as T);
    };
    const onError = (e: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      worker?.terminate();
      worker = null;
      reject(new Error(e.message || 'The file could not be read.'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage(message);
  });
}

/** Check a file and say what importing it would do. Never throws. */
export async function checkImportOffThread(file: Blob, onProgress?: ImportProgress): Promise<CheckSummary> {
  try {
    if (theWorker()) return await ask<CheckSummary>({ kind: 'check', file }, onProgress);
    localPlan = null;
    const check = await checkImport(file, undefined, onProgress);
    if (check.ok && 'backup' in check) {
      localPlan = check.backup;
      return { ok: true, backup: summarisePlan(check.backup) };
    }
    return check;
  } catch (e) {
    return { ok: false, error: `The file could not be checked: ${(e as Error)?.message ?? String(e)}` };
  }
}

/** Import the backup last checked: the new charters, and the replacements too when `replace`. All or nothing. */
export async function commitBackupOffThread(replace: boolean): Promise<number> {
  if (theWorker()) return ask<number>({ kind: 'commit', replace });
  if (!localPlan) throw new Error('There is no backup waiting to be imported.');
  const n = await commitBackup(localPlan, replace);
  localPlan = null;
  return n;
}
