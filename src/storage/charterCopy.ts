/** A copy of a charter that starts its own life: new id, first revision, unsigned. */
import { newId, type Charter } from '../charter/Charter';
import { UNTITLED_CHARTER } from '../charter/names';

const MAX_LINE = 500;

export interface CopyChanges {
  title?: string;
  district?: string;
  inScope?: string;
}

/**
 * Copy a charter, e.g. the same charter for another school. Everything the team
 * wrote is kept; the signatures, the lock and the fingerprint are not, and the
 * copy is revision 1 of a charter of its own.
 */
export function copyOfCharter(c: Charter, changes: CopyChanges = {}, at: Date = new Date()): Charter {
  const copy: Charter = structuredClone(c);
  copy.id = newId();
  copy.revision = 1;
  copy.previousRevisionId = null;
  copy.status = 'draft';
  copy.signatures = [];
  copy.lockedAt = null;
  copy.fingerprint = null;
  copy.signedContent = null;
  copy.example = false;
  if (changes.title !== undefined) copy.title = changes.title.slice(0, MAX_LINE);
  if (changes.district !== undefined) copy.district = changes.district.slice(0, MAX_LINE);
  if (changes.inScope !== undefined) copy.inScope = changes.inScope;
  copy.createdAt = at.toISOString();
  copy.updatedAt = at.toISOString();
  return copy;
}

/** "Reading charter (copy)", kept within the title's length limit. */
export function copyTitle(title: string, note: string): string {
  const suffix = ` (${note})`;
  const base = title.trim() || UNTITLED_CHARTER;
  return base.slice(0, MAX_LINE - suffix.length) + suffix;
}
