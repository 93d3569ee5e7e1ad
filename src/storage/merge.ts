/**
 * Three-way merge of a charter changed in two places at once (two tabs). `base`
 * is the version both started from, `mine` the one being saved, `theirs` the one
 * already stored. Changes made on one side only are all kept. Where both sides
 * changed the same thing differently, `mine` is kept in the charter and the whole
 * of `theirs` is handed back to be kept as a copy, so nothing is lost.
 */
import type { Charter } from '../charter/Charter';

export interface MergeResult {
  charter: Charter;
  /** Where both sides changed the same thing, in words ("the title"). */
  conflicts: string[];
  /** The other version, to be kept as a separate charter; null when nothing of it is lost. */
  keepAsCopy: Charter | null;
}

/** Fields that record signing; a charter is never merged across a signature. */
const SIGNING = ['status', 'signatures', 'lockedAt', 'fingerprint'] as const;

/** How the items of lists without an `id` are matched between versions (lists with ids match by id). */
const KEYS: Record<string, (item: Record<string, unknown>) => string> = {
  positions: (x) => `${String(x.focusAreaId)}|${String(x.memberId)}`,
  tallies: (x) => String(x.focusAreaId),
  decisions: (x) => String(x.focusAreaId),
  rights: (x) => `${String(x.domainId)}|${String(x.focusAreaId)}`,
  signatures: (x) => String(x.memberId),
};
const byId = (x: Record<string, unknown>) => String(x.id);

const LABELS: Record<string, string> = {
  district: 'the district',
  title: 'the title',
  inScope: 'what is in scope',
  outOfScope: 'what is out of scope',
  facilitator: 'the facilitator',
  meetingDate: 'the meeting date',
  nextReviewDate: 'the next review date',
  focusAreas: 'the focus areas',
  team: 'the team',
  reflection: 'the reflection',
  positions: 'the positions',
  decisions: 'the decisions',
  roles: 'the roles',
  domains: 'the decision areas',
  rights: 'the decision rights',
  tallies: 'the room’s show of hands',
  supports: 'the school year and resource agreements',
  expectations: 'the expectations',
  revision: 'the revision',
  previousRevisionId: 'the previous revision',
};

type Json = unknown;

function isObject(x: Json): x is Record<string, Json> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** The same charter, apart from when it was last saved. */
export function sameContent(a: Charter, b: Charter): boolean {
  return deepEqual({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });
}

function changed(from: Charter, to: Charter, keys: readonly (keyof Charter)[]): boolean {
  return keys.some((k) => !deepEqual(from[k], to[k]));
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

class Merger {
  conflicts = new Set<string>();

  value(base: Json, mine: Json, theirs: Json, top: string, listKey: string): Json {
    if (deepEqual(mine, theirs)) return mine;
    if (deepEqual(base, mine)) return theirs;
    if (deepEqual(base, theirs)) return mine;
    if (isObject(mine) && isObject(theirs)) return this.object(isObject(base) ? base : {}, mine, theirs, top);
    if (Array.isArray(mine) && Array.isArray(theirs)) {
      const b = Array.isArray(base) ? base : [];
      const items = [...b, ...mine, ...theirs];
      const key = (listKey && KEYS[listKey]) || (items.every((x) => isObject(x) && typeof x.id === 'string') ? byId : null);
      if (key && items.every(isObject)) {
        return this.keyed(b as Record<string, Json>[], mine as Record<string, Json>[], theirs as Record<string, Json>[], key, top);
      }
      if ([...b, ...mine, ...theirs].every((x) => typeof x === 'string')) return this.set(b as string[], mine as string[], theirs as string[]);
    }
    this.conflicts.add(LABELS[top] ?? top);
    return mine;
  }

  object(base: Record<string, Json>, mine: Record<string, Json>, theirs: Record<string, Json>, top: string): Record<string, Json> {
    const out: Record<string, Json> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const merged = this.value(base[key], mine[key], theirs[key], top || key, key);
      if (merged !== undefined) out[key] = merged;
    }
    return out;
  }

  /** Lists of things with ids: each item merged on its own; additions from both sides kept. */
  keyed(
    base: Record<string, Json>[],
    mine: Record<string, Json>[],
    theirs: Record<string, Json>[],
    key: (x: Record<string, Json>) => string,
    top: string,
  ): Record<string, Json>[] {
    const b = new Map(base.map((x) => [key(x), x]));
    const t = new Map(theirs.map((x) => [key(x), x]));
    const m = new Map(mine.map((x) => [key(x), x]));
    const out: Record<string, Json>[] = [];
    for (const item of mine) {
      const k = key(item);
      const other = t.get(k);
      if (other) out.push(this.value(b.get(k), item, other, top, '') as Record<string, Json>);
      // Removed in theirs: gone, unless this side changed it (then it stays, nothing lost).
      else if (!b.has(k) || !deepEqual(b.get(k), item)) out.push(item);
    }
    theirs.forEach((item, i) => {
      const k = key(item);
      if (m.has(k)) return;
      // Removed here but changed there: keep their change. Added there: keep it.
      if (b.has(k) && deepEqual(b.get(k), item)) return;
      // Place it after the item that precedes it in their list.
      const before = i > 0 ? key(theirs[i - 1]) : null;
      const at = before === null ? 0 : out.findIndex((x) => key(x) === before) + 1;
      out.splice(at > 0 ? at : before === null ? 0 : out.length, 0, item);
    });
    return out;
  }

  /** Lists of ids (who is consulted, who is informed): additions and removals from both sides. */
  set(base: string[], mine: string[], theirs: string[]): string[] {
    const b = new Set(base);
    const t = new Set(theirs);
    const m = new Set(mine);
    const keep = (x: string, other: Set<string>) => other.has(x) || !b.has(x);
    const out = mine.filter((x) => keep(x, t));
    for (const x of theirs) if (!m.has(x) && keep(x, m)) out.push(x);
    return out;
  }
}

export function mergeCharters(base: Charter, mine: Charter, theirs: Charter): MergeResult {
  const updatedAt = later(mine.updatedAt, theirs.updatedAt);
  if (sameContent(mine, theirs) || sameContent(base, theirs)) {
    return { charter: { ...mine, updatedAt }, conflicts: [], keepAsCopy: null };
  }
  if (sameContent(base, mine)) return { charter: { ...theirs, updatedAt }, conflicts: [], keepAsCopy: null };

  // Signing fixes the content a signature vouches for: never merge across it.
  const signedMine = mine.status === 'signed' || changed(base, mine, SIGNING);
  const signedTheirs = theirs.status === 'signed' || changed(base, theirs, SIGNING);
  if (signedMine || signedTheirs) {
    const theirsWins = theirs.status === 'signed' ? mine.status !== 'signed' : signedTheirs && !signedMine;
    return theirsWins
      ? { charter: theirs, conflicts: ['the signatures'], keepAsCopy: mine }
      : { charter: mine, conflicts: ['the signatures'], keepAsCopy: theirs };
  }

  const merger = new Merger();
  const plain = (c: Charter) => ({ ...c, updatedAt: updatedAt }) as unknown as Record<string, Json>;
  const charter = merger.object(plain(base), plain(mine), plain(theirs), '') as unknown as Charter;
  charter.updatedAt = updatedAt;
  const conflicts = [...merger.conflicts];
  return { charter, conflicts, keepAsCopy: conflicts.length ? theirs : null };
}
