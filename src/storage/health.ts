/**
 * Problems with the drafts database that no single save reports: another tab
 * holding an older version open (our upgrade is blocked), or a newer version of
 * the app upgrading the database from another tab (this tab's connection closes).
 */
import type Dexie from 'dexie';

export type StorageProblem = 'blocked' | 'upgraded-elsewhere';

let current: StorageProblem | null = null;
const listeners = new Set<(p: StorageProblem | null) => void>();

function set(p: StorageProblem | null) {
  current = p;
  for (const fn of listeners) fn(p);
}

/** Call `fn` now and whenever the problem changes; returns the unsubscribe. */
export function onStorageProblem(fn: (p: StorageProblem | null) => void): () => void {
  listeners.add(fn);
  fn(current);
  return () => listeners.delete(fn);
}

export function watchHealth(database: Dexie): void {
  database.on('blocked', () => set('blocked'));
  // Once the database opens again (Dexie reopens after another tab's upgrade), saving works again.
  database.on('ready', () => {
    if (current) set(null);
  });
  database.on('versionchange', () => set('upgraded-elsewhere'));
}

export function describeStorageProblem(p: StorageProblem): string {
  return p === 'blocked'
    ? 'Your drafts cannot be opened while another tab still has an older version of Same Playbook open. Close the other Same Playbook tabs; this page carries on once they are closed.'
    : 'Same Playbook was updated in another tab. Download the charter file if you have unsaved changes, then reload this page.';
}
