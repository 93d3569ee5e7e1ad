/** Hash routes: `#/` is the drafts library, `#/charter/<id>/<stage>` a stage of one charter. */
import { isStageId, type StageId } from '../workflow/stages';

export type Route =
  | { page: 'library' }
  | { page: 'sources' }
  | { page: 'charter'; id: string; stage: StageId | null }
  | { page: 'revisions'; id: string; compare: string | null };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'charter' && parts[1]) {
    return { page: 'charter', id: parts[1], stage: isStageId(parts[2]) ? parts[2] : null };
  }
  if (parts[0] === 'sources') return { page: 'sources' };
  if (parts[0] === 'revisions' && parts[1]) return { page: 'revisions', id: parts[1], compare: parts[2] ?? null };
  return { page: 'library' };
}

export function charterHref(id: string, stage?: StageId): string {
  return `#/charter/${encodeURIComponent(id)}${stage ? `/${stage}` : ''}`;
}

export const LIBRARY_HREF = '#/';

/** The sources the app draws on. */
export const SOURCES_HREF = '#/sources';

/** The revisions of the charter `id` belongs to; `compare` picks the revision to compare with the latest. */
export function revisionsHref(id: string, compare: string | null = null): string {
  return `#/revisions/${encodeURIComponent(id)}${compare ? `/${encodeURIComponent(compare)}` : ''}`;
}
