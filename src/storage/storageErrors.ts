/** Saying in plain words why the browser could not store a draft. */

export type StorageErrorKind = 'quota' | 'closed' | 'unavailable' | 'other';

function names(e: unknown): string[] {
  const out: string[] = [];
  let at: unknown = e;
  for (let depth = 0; at && typeof at === 'object' && depth < 5; depth++) {
    const name = (at as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
    at = (at as { inner?: unknown }).inner ?? (at as { cause?: unknown }).cause;
  }
  return out;
}

export function storageErrorKind(e: unknown): StorageErrorKind {
  const n = names(e);
  if (n.some((x) => x === 'QuotaExceededError' || x === 'QuotaExceeded')) return 'quota';
  if (n.some((x) => x === 'DatabaseClosedError' || x === 'VersionError' || x === 'VersionChangeError' || x === 'InvalidStateError')) {
    return 'closed';
  }
  if (n.some((x) => x === 'MissingAPIError' || x === 'OpenFailedError' || x === 'SecurityError')) return 'unavailable';
  return 'other';
}

/** A message for the person whose draft was not saved. */
export function describeStorageError(e: unknown): string {
  switch (storageErrorKind(e)) {
    case 'quota':
      return 'The browser has no room left to save drafts. Download the charter file now so nothing is lost, then free some space (for example, delete charters you no longer need) and try again.';
    case 'closed':
      return 'The drafts database was closed, usually because Same Playbook was updated in another tab. Download the charter file now, then reload this page.';
    case 'unavailable':
      return 'This browser is not letting Same Playbook store drafts (private browsing or a storage setting may block it). Download the charter file to keep your work.';
    default: {
      const message = e instanceof Error ? e.message : String(e);
      return `The draft could not be saved (${message}). Download the charter file so nothing is lost.`;
    }
  }
}
