/**
 * Persistent storage: without it a browser may clear the drafts when the disk is
 * nearly full. We ask once, and tell the user what the browser answered.
 */
export type Persistence = 'granted' | 'not-granted' | 'unsupported';

let asked: Promise<Persistence> | null = null;

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Whether the drafts are already kept for good, without asking (never prompts). */
export async function currentPersistence(): Promise<Persistence> {
  const s = storageManager();
  if (!s?.persisted) return 'unsupported';
  try {
    return (await s.persisted()) ? 'granted' : 'not-granted';
  } catch {
    return 'unsupported';
  }
}

/** Ask the browser to keep the drafts for good (some browsers ask the user). Asked at most once per page. */
export function requestPersistence(): Promise<Persistence> {
  asked ??= (async (): Promise<Persistence> => {
    const s = storageManager();
    if (!s?.persist) return 'unsupported';
    try {
      if (await s.persisted?.()) return 'granted';
      return (await s.persist()) ? 'granted' : 'not-granted';
    } catch {
      return 'unsupported';
    }
  })();
  return asked;
}

export function describePersistence(p: Persistence): string {
  switch (p) {
    case 'granted':
      return 'This browser has agreed to keep your drafts even when disk space runs low.';
    case 'not-granted':
      return 'This browser has not agreed to keep your drafts for good: it may clear them if disk space runs low. Download a backup of the library from time to time.';
    default:
      return 'This browser cannot promise to keep your drafts for good. Download a backup of the library from time to time.';
  }
}
