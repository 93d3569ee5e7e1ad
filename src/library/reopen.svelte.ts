/**
 * Re-opening a charter from a dropped or chosen file — above all a PDF made
 * by Same Playbook — anywhere in the app. The checks (and the validator they
 * need) load only when a file arrives. ReopenDialog.svelte shows the result
 * and asks before anything is added to, or replaced in, the library.
 */
import type { Charter } from '../charter/Charter';
import { loadCharter } from '../storage/drafts';
import { commitImport } from './importCharter';
import { charterHref } from '../shell/route';
import type { CheckedCharter, Verdict } from './checkCharterFile';

/** How the charter in the file stands against the library. */
export type InLibrary =
  /** Not there: opening adds it as a new draft (or a signed charter, as it was signed). */
  | { kind: 'new' }
  /** The same charter, word for word. */
  | { kind: 'same' }
  /** The same charter (same id) with different content: the library's copy was edited since. */
  | { kind: 'different'; updatedAt: string; status: Charter['status'] };

export type ReopenPhase =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; pdf: boolean; reason: Extract<CheckedCharter, { ok: false }>['reason'] | 'unreadable'; error: string }
  | { kind: 'ready'; fileName: string; pdf: boolean; charter: Charter; verdict: Verdict; summary: string; library: InLibrary };

class Reopen {
  /** Replaced whole, never changed in place (so the charter in it stays a plain object the database can store). */
  phase: ReopenPhase = $state.raw({ kind: 'idle' });
}

export const reopen = new Reopen();

/** By name or type: is this file meant to be a PDF? (Its bytes are checked later.) */
export function isPdfFile(file: Pick<File, 'name' | 'type'>): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

async function check(file: File): Promise<{ pdf: boolean; result: CheckedCharter }> {
  const { checkCharterPdf, looksLikePdf, verifyCharter } = await import('./checkCharterFile');
  if (await looksLikePdf(file)) return { pdf: true, result: await checkCharterPdf(file) };
  const { readImportFile } = await import('./readImportFile');
  const parsed = await readImportFile(file);
  if (!parsed.ok) return { pdf: false, result: { ok: false, reason: 'invalid', error: parsed.error } };
  if (parsed.kind !== 'charter') {
    return { pdf: false, result: { ok: false, reason: 'invalid', error: 'This is a library backup: open it from the library to restore it.' } };
  }
  return { pdf: false, result: await verifyCharter(parsed.charter, 'This charter file') };
}

async function standing(charter: Charter): Promise<InLibrary> {
  const mine = await loadCharter(charter.id);
  if (!mine) return { kind: 'new' };
  const { canonicalContent } = await import('../charter/fingerprint');
  if (canonicalContent(mine) === canonicalContent(charter)) return { kind: 'same' };
  return { kind: 'different', updatedAt: mine.updatedAt, status: mine.status };
}

/** Read a file and say what it is; nothing changes until open() is called. */
export async function reopenFile(file: File): Promise<void> {
  reopen.phase = { kind: 'reading', fileName: file.name };
  try {
    const { pdf, result } = await check(file);
    if (reopen.phase.kind !== 'reading' || reopen.phase.fileName !== file.name) return; // dismissed meanwhile
    if (!result.ok) {
      reopen.phase = { kind: 'refused', fileName: file.name, pdf, reason: result.reason, error: result.error };
      return;
    }
    reopen.phase = {
      kind: 'ready',
      fileName: file.name,
      pdf,
      charter: result.charter,
      verdict: result.verdict,
      summary: result.summary,
      library: await standing(result.charter),
    };
  } catch (e) {
    reopen.phase = { kind: 'refused', fileName: file.name, pdf: isPdfFile(file), reason: 'unreadable', error: `The file could not be read (${(e as Error).message}).` };
  }
}

/**
 * Open the charter that was read: 'keep' opens the library's own copy,
 * 'save' adds it (or replaces the library's copy with it) and opens it.
 */
export async function openReopened(how: 'keep' | 'save'): Promise<void> {
  const phase = reopen.phase;
  if (phase.kind !== 'ready') return;
  const replacingOpenCharter = how === 'save' && phase.library.kind === 'different' && location.hash.startsWith(charterHref(phase.charter.id));
  if (how === 'save' && phase.library.kind !== 'same') await commitImport(phase.charter);
  reopen.phase = { kind: 'idle' };
  location.hash = charterHref(phase.charter.id, 'review');
  // The charter on screen was just replaced underneath it: start afresh from what is stored.
  if (replacingOpenCharter) location.reload();
}

export function dismissReopen(): void {
  reopen.phase = { kind: 'idle' };
}
