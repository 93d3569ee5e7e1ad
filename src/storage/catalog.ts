/**
 * The library's catalogue: one small entry per charter revision, kept beside the
 * charter itself so the library can list, search and sort hundreds of charters
 * without reading every charter in full. Entries also carry what the charter
 * file must not: which charter a revision belongs to (its lineage), an edit
 * counter that tells two tabs apart, and when it was deleted (for undo).
 */
import { signatories, type Charter, type CharterStatus } from '../charter/Charter';
import { openItems } from '../charter/completeness';
import { currentStep } from '../workflow/progress';
import type { StageId } from '../workflow/stages';

/** What happened when two tabs changed the same charter at once. */
export interface ConflictNote {
  at: string;
  /** The tab that merged the two versions. */
  byTab: string;
  /** Where both tabs changed the same thing, in words ("the title"). */
  fields: string[];
  /** The other version, kept as a separate charter, if one was needed. */
  copyId: string | null;
  copyTitle: string | null;
}

export interface CatalogEntry {
  id: string;
  /** Shared by every revision of one charter: the id of its first revision. */
  lineage: string;
  revision: number;
  previousRevisionId: string | null;
  district: string;
  title: string;
  /** What is in scope, shortened for the list. */
  scope: string;
  focusAreas: string[];
  status: CharterStatus;
  /** How many open items stand between the charter and signing. */
  openItems: number;
  signed: number;
  signatories: number;
  lockedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Goes up by one with every write; a tab that saw an older count has missed a change. */
  editCount: number;
  /** Set when deleted from the library; the charter stays until purged, so delete can be undone. */
  deletedAt: string | null;
  conflict: ConflictNote | null;
  /** The agreed model of each focus area, in order (null: not agreed). Absent in entries written before it was kept. */
  models?: Array<number | null>;
  /** The step the charter is on (see workflow/progress.ts). */
  step?: StageId;
  nextReviewDate?: string;
  /** A worked example, not a real charter. */
  example?: boolean;
}

const SCOPE_LENGTH = 240;

function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

export function catalogEntry(
  c: Charter,
  lineage: string,
  editCount: number,
  extra: Partial<Pick<CatalogEntry, 'deletedAt' | 'conflict'>> = {},
): CatalogEntry {
  return {
    id: c.id,
    lineage,
    revision: c.revision,
    previousRevisionId: c.previousRevisionId,
    district: c.district,
    title: c.title,
    scope: shorten(c.inScope, SCOPE_LENGTH),
    focusAreas: c.focusAreas.map((f) => f.name),
    status: c.status,
    openItems: openItems(c).length,
    signed: c.signatures.length,
    signatories: signatories(c).length,
    lockedAt: c.lockedAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    editCount,
    deletedAt: extra.deletedAt ?? null,
    conflict: extra.conflict ?? null,
    models: c.focusAreas.map((f) => c.decisions.find((d) => d.focusAreaId === f.id)?.model ?? null),
    step: currentStep(c).id,
    nextReviewDate: c.nextReviewDate,
    example: (c as { example?: boolean }).example === true,
  };
}

/**
 * An entry for a stored charter that may not match today's types (old or damaged
 * data): the library can still list it, and nothing stops the database opening.
 */
export function catalogEntryForStored(c: Charter, lineage: string, editCount: number): CatalogEntry {
  try {
    return catalogEntry(c, lineage, editCount);
  } catch {
    const text = (x: unknown) => (typeof x === 'string' ? x : '');
    return {
      id: c.id,
      lineage,
      revision: typeof c.revision === 'number' ? c.revision : 1,
      previousRevisionId: typeof c.previousRevisionId === 'string' ? c.previousRevisionId : null,
      district: text(c.district),
      title: text(c.title),
      scope: shorten(text(c.inScope), SCOPE_LENGTH),
      focusAreas: [],
      status: c.status === 'signed' ? 'signed' : 'draft',
      openItems: 1,
      signed: 0,
      signatories: 0,
      lockedAt: typeof c.lockedAt === 'string' ? c.lockedAt : null,
      createdAt: text(c.createdAt),
      updatedAt: text(c.updatedAt),
      editCount,
      deletedAt: null,
      conflict: null,
    };
  }
}

/**
 * The lineage of a charter being written: its previous revision's lineage when
 * that revision is known, else the previous revision's id (so a later import of
 * that revision joins the same lineage), else its own id.
 */
export function lineageOf(
  c: Pick<Charter, 'id' | 'previousRevisionId'>,
  lookup: (id: string) => Pick<CatalogEntry, 'lineage'> | undefined,
): string {
  if (!c.previousRevisionId || c.previousRevisionId === c.id) return c.id;
  return lookup(c.previousRevisionId)?.lineage ?? c.previousRevisionId;
}

/**
 * Lineages for a whole set of charters at once (the schema upgrade): follow each
 * chain of previous revisions to its start. A chain that reaches a revision not
 * in the set stops at that revision's id; a chain that loops stops where it loops.
 */
export function computeLineages(list: Pick<Charter, 'id' | 'previousRevisionId'>[]): Map<string, string> {
  const previous = new Map(list.map((c) => [c.id, c.previousRevisionId]));
  const out = new Map<string, string>();
  for (const c of list) {
    const seen = new Set<string>([c.id]);
    let at = c.id;
    for (;;) {
      const known = out.get(at);
      if (known !== undefined) {
        at = known;
        break;
      }
      const prev = previous.get(at);
      if (!prev || seen.has(prev)) break;
      if (!previous.has(prev)) {
        at = prev;
        break;
      }
      seen.add(prev);
      at = prev;
    }
    out.set(c.id, at);
  }
  return out;
}
