/**
 * Saving one open charter: autosave after a pause in typing (and at least every
 * AUTOSAVE_MAX_WAIT_MS while typing goes on), saves one at a time, a rescue when
 * the page is hidden or closed, changes saved by another tab (Dexie liveQuery,
 * which spans tabs) taken in or merged, and a retry when storage frees up.
 *
 * Plain TypeScript, no Svelte: the session (shell/CharterSession.svelte.ts) tells
 * the queue that something changed, and hands it the charter as it is now when
 * asked. What the user is told is the session's to word: the queue reports
 * what happened (SyncEvent), not sentences.
 */
import { liveQuery } from 'dexie';
import type { Charter } from '../charter/Charter';
import type { CatalogEntry } from './catalog';
import { loadDraft, saveDraft, type SaveOutcome } from './drafts';
import { mergeCharters, sameContent } from './merge';
import { clearRescue, rescueNow } from './rescue';

export type SaveStatus = 'saved' | 'saving' | 'failed';

export const AUTOSAVE_DELAY_MS = 300;
/** While someone keeps typing, a save still happens at least this often. */
export const AUTOSAVE_MAX_WAIT_MS = 450;
/** A change from another tab waits until this tab has not been typed in for this long. */
export const TYPING_PAUSE_MS = 1000;
/** After a failed save, try again this often (storage may have been freed) without waiting for a keystroke. */
export const RETRY_MS = 2000;

/** What happened with another tab, for the session to put into words. */
export type SyncEvent =
  | { kind: 'deleted-elsewhere' }
  /** This tab's save met another tab's changes and merged them. */
  | { kind: 'merged-here'; conflicts: string[]; copy: { id: string; title: string } | null; signedElsewhere: boolean }
  /** Another tab merged this tab's changes with its own. `replaced`: this tab now shows the merged charter. */
  | { kind: 'merged-elsewhere'; fields: string[]; copyId: string | null; copyTitle: string | null; replaced: boolean };

export interface SaveHost {
  /** The charter as it is now: a plain object, the same object as long as nothing changed. */
  current(): Charter;
  /** Show a charter that came from outside (another tab, or a merge). */
  take(charter: Charter): void;
  status(status: SaveStatus, error: unknown): void;
  sync(event: SyncEvent): void;
}

export interface SaveQueueOptions {
  /** The catalogue's edit count when `charter` was read (null: not known). */
  editCount?: number | null;
  /** Watch the database for changes saved by other tabs (off in some tests). */
  watch?: boolean;
}

export class SaveQueue {
  readonly #host: SaveHost;
  /** Tells this tab's writes from other tabs' (see ConflictNote). */
  readonly tabId = globalThis.crypto.randomUUID();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #retry: ReturnType<typeof setTimeout> | null = null;
  #remoteTimer: ReturnType<typeof setTimeout> | null = null;
  #pending: Charter | null = null;
  /** The last charter handed over by the host, and its JSON (what was last saved or taken). */
  #seen: Charter | null = null;
  #seenJson: string;
  /** The charter as this tab last read or wrote it, and the edit count it had then (null: not known yet). */
  #base: Charter;
  #baseEdit: number | null;
  #firstPendingAt: number | null = null;
  #lastChangeAt = 0;
  #inFlight: Promise<void> | null = null;
  #sending: Charter | null = null;
  #remote: { charter: Charter | undefined; entry: CatalogEntry | undefined } | null = null;
  #seenConflict: string | null = null;
  #toldDeleted = false;
  #watch: { unsubscribe(): void } | null = null;
  #saves = 0;
  #rescue: { token: string; after: number; charter: Charter } | null = null;
  #disposed = false;
  status: SaveStatus = 'saved';

  constructor(charter: Charter, host: SaveHost, options: SaveQueueOptions = {}) {
    this.#host = host;
    this.#base = structuredClone(charter);
    this.#baseEdit = options.editCount ?? null;
    this.#seen = charter;
    this.#seenJson = JSON.stringify(charter);
    if (options.watch !== false) {
      this.#watch = liveQuery(() => loadDraft(charter.id)).subscribe({
        next: (d) => this.#onRemote(d?.charter, d?.entry),
        error: () => {},
      });
    }
  }

  /** Something in the charter changed: save after a pause, or at the latest after the maximum wait. */
  changed(): void {
    if (this.#disposed) return;
    const now = Date.now();
    this.#lastChangeAt = now;
    this.#setStatus('saving', null);
    if (this.#timer) clearTimeout(this.#timer);
    this.#firstPendingAt ??= now;
    const wait = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, this.#firstPendingAt + AUTOSAVE_MAX_WAIT_MS - now));
    this.#timer = setTimeout(() => void this.flush(), wait);
  }

  /** The charter was replaced from outside the editing (another tab, a merge): it needs no save. */
  adopted(charter: Charter): void {
    this.#seen = charter;
    this.#seenJson = JSON.stringify(charter);
  }

  /** Save this charter next, whatever the host shows (signing). */
  put(charter: Charter): void {
    this.#pending = charter;
    this.adopted(charter);
  }

  /** Take what the host shows now into the pending save, if it changed. */
  #collect(): void {
    const now = this.#host.current();
    if (now === this.#seen) return;
    this.#seen = now;
    const json = JSON.stringify(now);
    if (json === this.#seenJson) return;
    this.#seenJson = json;
    this.#pending = { ...now, updatedAt: new Date().toISOString() };
  }

  #setStatus(status: SaveStatus, error: unknown): void {
    this.status = status;
    this.#host.status(status, error);
  }

  #onRemote(charter: Charter | undefined, entry: CatalogEntry | undefined): void {
    this.#remote = { charter, entry };
    if (!this.#inFlight) this.#checkRemote();
  }

  /** Take in what another tab saved: when this tab pauses, or by merging on save when it has changes of its own. */
  #checkRemote(): void {
    const r = this.#remote;
    if (!r?.charter || this.#disposed) return;
    const { charter, entry } = r;
    if (entry?.deletedAt && !this.#toldDeleted) {
      this.#toldDeleted = true;
      this.#host.sync({ kind: 'deleted-elsewhere' });
    }
    const count = entry?.editCount ?? null;
    // Nothing newer than what this tab last read or wrote (an entry-less read is older than any write).
    if (this.#baseEdit !== null && (count === null || count <= this.#baseEdit)) return;
    this.#collect();
    if (this.#pending || this.#timer) {
      void this.flush(); // the save merges both tabs' changes
      return;
    }
    // Someone is typing here: do not change the text under their fingers; look again when they pause.
    const typing = this.#lastChangeAt + TYPING_PAUSE_MS - Date.now();
    if (typing > 0) {
      if (this.#remoteTimer) clearTimeout(this.#remoteTimer);
      this.#remoteTimer = setTimeout(() => {
        this.#remoteTimer = null;
        if (!this.#inFlight) this.#checkRemote();
      }, typing);
      return;
    }
    const replaced = !sameContent(charter, this.#base);
    this.#base = charter;
    this.#baseEdit = count;
    if (replaced) this.#take(charter);
    const note = entry?.conflict;
    if (note && note.byTab !== this.tabId && note.at !== this.#seenConflict) {
      this.#seenConflict = note.at;
      this.#host.sync({ kind: 'merged-elsewhere', fields: note.fields, copyId: note.copyId, copyTitle: note.copyTitle, replaced });
    }
  }

  #take(charter: Charter): void {
    const own = structuredClone(charter); // the session's own copy: edits there never touch #base
    this.adopted(own);
    this.#host.take(own);
  }

  #afterMerge(sent: Charter, out: Extract<SaveOutcome, { kind: 'merged' }>): void {
    if (!sameContent(out.charter, sent)) {
      // Keep whatever was typed here while saving, on top of the merged charter.
      const current = this.#host.current();
      const next = sameContent(current, sent) ? out.charter : mergeCharters(sent, current, out.charter).charter;
      if (this.#pending) this.#pending = { ...next, updatedAt: new Date().toISOString() };
      this.#take(next);
    }
    if (!out.copy && !out.conflicts.length) return;
    this.#seenConflict = null;
    this.#host.sync({
      kind: 'merged-here',
      conflicts: out.conflicts,
      copy: out.copy,
      signedElsewhere: out.charter.status === 'signed' && sent.status !== 'signed',
    });
  }

  /**
   * The page is being hidden or closed. What is not saved yet is first written as
   * a rescue, in one synchronous step the browser lets finish; then an ordinary
   * save starts at once. The next visit applies the rescue if that save never ended.
   */
  leaving(): void {
    this.#collect();
    const unsaved = this.#pending ?? this.#sending;
    if (unsaved) {
      const chained = this.#pending && this.#inFlight && this.#sending;
      const token = globalThis.crypto.randomUUID();
      const written = rescueNow({
        charterId: unsaved.id,
        charter: unsaved,
        base: chained ? this.#sending! : this.#base,
        baseEdit: chained ? (this.#baseEdit === null ? null : this.#baseEdit + 1) : this.#baseEdit,
        tabId: this.tabId,
        token,
        at: new Date().toISOString(),
      });
      if (written) this.#rescue = { token, after: this.#saves, charter: unsaved };
    }
    void this.flush(true);
  }

  /**
   * Write any pending change now. Saves normally run one at a time, each from what
   * the one before wrote; `urgent` (the page is being hidden or closed) starts at
   * once instead, counting on the save in flight (IndexedDB applies them in order).
   */
  async flush(urgent = false): Promise<void> {
    this.#collect();
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = null;
    if (!urgent) while (this.#inFlight) await this.#inFlight;
    const pending = this.#pending;
    if (!pending) {
      if (this.status === 'saving' && !this.#inFlight) this.#setStatus('saved', null);
      return;
    }
    this.#pending = null;
    this.#firstPendingAt = null;
    const before = this.#inFlight && this.#sending ? { charter: this.#sending, edit: this.#baseEdit === null ? null : this.#baseEdit + 1 } : null;
    const base = before?.charter ?? this.#base;
    const baseEdit = before ? before.edit : this.#baseEdit;
    this.#sending = pending;
    const saveNo = ++this.#saves;
    let save: Promise<void> | null = null;
    save = (async () => {
      try {
        const out = await saveDraft(pending, base, baseEdit, this.tabId);
        this.#base = out.charter;
        this.#baseEdit = out.editCount;
        // A save that began after the rescue, or saved what it holds, makes it unneeded.
        const rescue = this.#rescue;
        if (rescue && (saveNo > rescue.after || pending === rescue.charter)) {
          this.#rescue = null;
          void clearRescue(pending.id, rescue.token).catch(() => {});
        }
        if (out.kind === 'merged') this.#afterMerge(pending, out);
        if (!this.#pending && !this.#timer) this.#setStatus('saved', null);
      } catch (e) {
        // Keep the change: a retry (soon, or the next edit) saves it with everything since.
        this.#pending ??= pending;
        this.#setStatus('failed', e);
        if (!this.#disposed) this.#retry = setTimeout(() => void this.flush(), RETRY_MS);
      } finally {
        if (this.#inFlight === save) {
          this.#inFlight = null;
          this.#sending = null;
        }
      }
    })();
    this.#inFlight = save;
    await save;
    this.#checkRemote();
  }

  /** Stop: the last change is still written, nothing more is watched or retried. */
  dispose(): Promise<void> {
    const last = this.flush();
    this.#disposed = true;
    this.#watch?.unsubscribe();
    for (const t of [this.#timer, this.#retry, this.#remoteTimer]) if (t) clearTimeout(t);
    // Written (or failed for good): keep no copy of the charter after that.
    return last.finally(() => {
      this.#pending = this.#seen = this.#sending = null;
      this.#remote = this.#rescue = null;
      this.#seenJson = '';
    });
  }
}
