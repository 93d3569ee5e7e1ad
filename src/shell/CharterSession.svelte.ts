/**
 * One open charter: its live state, the workflow actor that guards the stages,
 * and the autosave to the drafts database.
 */
import { liveQuery } from 'dexie';
import { createActor, type Actor } from 'xstate';
import type { Charter, TeamMember } from '../charter/Charter';
import { changesContent, clearSignatures, editBlock, revise, sign, type EditBlock, type SigningEvidence } from '../charter/signing';
import { saveCharter, rememberPlace, saveDraft, loadDraft, type SaveOutcome } from '../storage/drafts';
import type { CatalogEntry } from '../storage/catalog';
import { mergeCharters, sameContent } from '../storage/merge';
import { describeStorageError } from '../storage/storageErrors';
import { clearRescue, rescueNow } from '../storage/rescue';
import { exitBlockers, furthestReachable, canReach } from '../workflow/gates';
import { snapshotAt, stageOf, workflowMachine } from '../workflow/workflowMachine';
import { stageIndex, type StageId } from '../workflow/stages';

export type SaveStatus = 'saved' | 'saving' | 'failed';

export const AUTOSAVE_DELAY_MS = 300;
/** While someone keeps typing, a save still happens at least this often. */
export const AUTOSAVE_MAX_WAIT_MS = 450;

/** What the user is told when another tab changed the same charter. */
export interface SyncNotice {
  text: string;
  /** A separate charter holding the other version, when one was made. */
  copyId: string | null;
}

export class CharterSession {
  charter: Charter = $state() as Charter;
  stage: StageId = $state('setup');
  saveStatus: SaveStatus = $state('saved');
  saveError: string | null = $state(null);
  /** A short message about signatures cleared by an edit. */
  notice: string | null = $state(null);
  /** A message about changes made in another tab at the same time. */
  syncNotice: SyncNotice | null = $state(null);

  readonly locked = $derived(this.charter.status === 'signed');
  /** Why the content cannot be edited now ('locked', 'partly-signed'), or null. Stages disable their fields when set. */
  readonly editBlock: EditBlock | null = $derived(editBlock(this.charter));
  readonly readOnly = $derived(this.editBlock !== null);
  readonly blockers = $derived(exitBlockers(this.charter, this.stage));
  readonly furthest = $derived(furthestReachable(this.charter));

  #actor: Actor<typeof workflowMachine>;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending: Charter | null = null;
  /** The last state of the charter the session accepted; a locked or partly signed one is the guard's reference. */
  #accepted: Charter;
  #lastJson: string;
  /** The charter as this tab last read or wrote it, and the edit count it had then (null: not known yet). */
  #base: Charter;
  #baseEdit: number | null;
  #firstPendingAt: number | null = null;
  #inFlight: Promise<void> | null = null;
  /** What the save in flight is writing. */
  #sending: Charter | null = null;
  #remote: { charter: Charter | undefined; entry: CatalogEntry | undefined } | null = null;
  #seenConflict: string | null = null;
  #watch: { unsubscribe(): void } | null = null;
  /** Tells this session's writes from other tabs' (see ConflictNote). */
  readonly #tabId = globalThis.crypto.randomUUID();
  #disposeEffects: () => void;
  #onHide = () => {
    if (document.visibilityState === 'hidden') this.#leaving();
  };
  #onPageHide = () => this.#leaving();
  /** Saves started so far, and the rescue written when the page was last hidden. */
  #saves = 0;
  #rescue: { token: string; after: number; charter: Charter } | null = null;

  /** `editCount` is the catalogue's count when `charter` was read (from loadDraft), if known. */
  constructor(charter: Charter, stage: StageId, editCount: number | null = null) {
    this.charter = charter;
    this.#base = structuredClone(charter);
    this.#baseEdit = editCount;
    const start = canReach(charter, stage) ? stage : furthestReachable(charter);
    this.#actor = createActor(workflowMachine, { snapshot: snapshotAt(charter, start), input: { charter } });
    this.#actor.subscribe((s) => {
      this.stage = stageOf(s);
    });
    this.#actor.start();
    this.stage = stageOf(this.#actor.getSnapshot());
    this.#accepted = structuredClone(charter);

    // Autosave: every change to the charter, however deep, is noticed here.
    this.#lastJson = JSON.stringify(charter);
    this.#disposeEffects = $effect.root(() => {
      $effect(() => {
        const snapshot = $state.snapshot(this.charter) as Charter;
        const json = JSON.stringify(snapshot);
        if (json === this.#lastJson) return;
        this.#lastJson = json;
        this.#changed(snapshot);
      });
      $effect(() => {
        const stage = this.stage;
        void rememberPlace(this.charter.id, stage).catch(() => {});
      });
    });
    addEventListener('visibilitychange', this.#onHide);
    addEventListener('pagehide', this.#onPageHide);

    // Two tabs: a change saved anywhere else shows up here (Dexie liveQuery spans tabs).
    this.#watch = liveQuery(() => loadDraft(charter.id)).subscribe({
      next: (d) => this.#onRemote(d?.charter, d?.entry),
      error: () => {},
    });
  }

  #onRemote(charter: Charter | undefined, entry: CatalogEntry | undefined) {
    this.#remote = { charter, entry };
    if (!this.#inFlight) this.#checkRemote();
  }

  /** Take in what another tab saved: at once when nothing is pending here, else by merging on save. */
  #checkRemote() {
    const r = this.#remote;
    if (!r?.charter) return;
    const { charter, entry } = r;
    if (entry?.deletedAt && !this.syncNotice) {
      this.syncNotice = {
        text: 'This charter was deleted from the library in another tab. It is still here: any change you make puts it back in the library.',
        copyId: null,
      };
    }
    const count = entry?.editCount ?? null;
    // Nothing newer than what this tab last read or wrote (an entry-less read is older than any write).
    if (this.#baseEdit !== null && (count === null || count <= this.#baseEdit)) return;
    if (this.#pending || this.#timer) {
      void this.flush(); // the save merges both tabs' changes
      return;
    }
    const replaced = !sameContent(charter, this.#base);
    this.#base = charter;
    this.#baseEdit = count;
    if (replaced) this.#take(charter);
    const note = entry?.conflict;
    if (note && note.byTab !== this.#tabId && note.at !== this.#seenConflict) {
      this.#seenConflict = note.at;
      const copy = note.copyTitle ? `“${note.copyTitle}”` : 'a separate charter';
      this.syncNotice = {
        text: replaced
          ? `This charter was changed in another tab at the same time as here. Where both changed the same thing (${note.fields.join(', ')}), the other tab’s version is kept here, and this tab’s version was saved as ${copy}.`
          : `Changes made to this charter in another tab at the same time were saved as ${copy}, so nothing was lost.`,
        copyId: note.copyId,
      };
    }
  }

  /** Show a charter that came from outside the session (another tab, or a merge). */
  #take(charter: Charter) {
    charter = structuredClone(charter); // the session's own copy: edits here never touch #base
    this.adopt(charter);
    this.#actor.send({ type: 'CHARTER_CHANGED', charter });
  }

  #afterMerge(sent: Charter, out: Extract<SaveOutcome, { kind: 'merged' }>) {
    if (!sameContent(out.charter, sent)) {
      // Keep whatever was typed here while saving, on top of the merged charter.
      const current = $state.snapshot(this.charter) as Charter;
      const next = sameContent(current, sent) ? out.charter : mergeCharters(sent, current, out.charter).charter;
      if (this.#pending) this.#pending = { ...next, updatedAt: new Date().toISOString() };
      this.#take(next);
    }
    if (!out.copy && !out.conflicts.length) return;
    this.#seenConflict = null;
    const copy = out.copy ? `“${out.copy.title}”` : 'a separate charter';
    const signedElsewhere = out.charter.status === 'signed' && sent.status !== 'signed';
    this.syncNotice = {
      text: signedElsewhere
        ? `This charter was signed in another tab while it was being changed here, so the changes made here were saved as ${copy}.`
        : `This charter was also changed in another tab. Both tabs’ changes are kept; where both changed the same thing (${out.conflicts.join(', ')}), this tab’s version is kept here and the other tab’s version was saved as ${copy}.`,
      copyId: out.copy?.id ?? null,
    };
  }

  #changed(snapshot: Charter) {
    // The guard: nothing changes a locked charter, and nothing changes a partly signed one
    // behind its signatories' backs (clearSignatures() is the way, after a warning).
    const block = editBlock(this.#accepted);
    if (block && changesContent(this.#accepted, snapshot)) {
      const n = this.#accepted.signatures.length;
      this.notice =
        block === 'locked'
          ? `This charter is signed and locked, so that change was not kept. To change it, start revision ${this.#accepted.revision + 1} from Sign off.`
          : `${n === 1 ? 'One person has' : `${n} people have`} signed this charter, so that change was not kept. Choose “Change the charter” first; it clears the signatures given so far.`;
      const restored = structuredClone(this.#accepted);
      this.#lastJson = JSON.stringify(restored);
      this.charter = restored;
      return;
    }
    this.#accepted = snapshot;
    this.#actor.send({ type: 'CHARTER_CHANGED', charter: snapshot });
    this.#schedule(snapshot);
  }

  #schedule(snapshot: Charter) {
    this.#pending = { ...snapshot, updatedAt: new Date().toISOString() };
    this.saveStatus = 'saving';
    if (this.#timer) clearTimeout(this.#timer);
    // Wait for a pause in typing, but never longer than the maximum wait.
    const now = Date.now();
    this.#firstPendingAt ??= now;
    const wait = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, this.#firstPendingAt + AUTOSAVE_MAX_WAIT_MS - now));
    this.#timer = setTimeout(() => void this.flush(), wait);
  }

  /** Notice a change the autosave effect has not seen yet (the page may be closing before it runs). */
  #catchUp() {
    const snapshot = $state.snapshot(this.charter) as Charter;
    const json = JSON.stringify(snapshot);
    if (json === this.#lastJson) return;
    this.#lastJson = json;
    this.#changed(snapshot);
  }

  /**
   * The page is being hidden or closed. What is not saved yet is first written as
   * a rescue, in one synchronous step the browser lets finish; then an ordinary
   * save starts at once. The next visit applies the rescue if that save never ended.
   */
  #leaving() {
    this.#catchUp();
    const unsaved = this.#pending ?? this.#sending;
    if (unsaved) {
      const chained = this.#pending && this.#inFlight && this.#sending;
      const token = globalThis.crypto.randomUUID();
      const written = rescueNow({
        charterId: unsaved.id,
        charter: unsaved,
        base: chained ? this.#sending! : this.#base,
        baseEdit: chained ? (this.#baseEdit === null ? null : this.#baseEdit + 1) : this.#baseEdit,
        tabId: this.#tabId,
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
    this.#catchUp();
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (!urgent) while (this.#inFlight) await this.#inFlight;
    const pending = this.#pending;
    if (!pending) return;
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
        const out = await saveDraft(pending, base, baseEdit, this.#tabId);
        this.#base = out.charter;
        this.#baseEdit = out.editCount;
        // A save that began after the rescue, or saved what it holds, makes it unneeded.
        const rescue = this.#rescue;
        if (rescue && (saveNo > rescue.after || pending === rescue.charter)) {
          this.#rescue = null;
          void clearRescue(pending.id, rescue.token).catch(() => {});
        }
        if (out.kind === 'merged') this.#afterMerge(pending, out);
        if (!this.#pending) this.saveStatus = 'saved';
        this.saveError = null;
      } catch (e) {
        // Keep the change: the next edit, or a retry, saves it with everything since.
        this.#pending ??= pending;
        this.saveStatus = 'failed';
        this.saveError = describeStorageError(e);
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

  /** Try a failed save again. */
  retrySave(): Promise<void> {
    return this.flush();
  }

  #sync() {
    this.#actor.send({ type: 'CHARTER_CHANGED', charter: $state.snapshot(this.charter) as Charter });
  }

  next(): boolean {
    this.#sync();
    const before = this.stage;
    this.#actor.send({ type: 'NEXT' });
    return this.stage !== before;
  }

  back(): void {
    this.#actor.send({ type: 'BACK' });
  }

  goto(stage: StageId): boolean {
    this.#sync();
    this.#actor.send({ type: 'GOTO', stage });
    return this.stage === stage;
  }

  isReachable(stage: StageId): boolean {
    return stageIndex(stage) <= stageIndex(this.furthest);
  }

  /**
   * Sign in a signatory's own name, typed, with their drawn signature (a PNG
   * data URL) when they drew one, with the evidence recorded beside it (consent,
   * intent, time zone, device). Returns an error message, or null on success.
   */
  async sign(memberId: string, typedName: string, image: string | null = null, evidence: Partial<SigningEvidence> = {}): Promise<string | null> {
    const result = await sign($state.snapshot(this.charter) as Charter, memberId, typedName, new Date(), image, evidence);
    if (!result.ok) return result.error;
    this.#accepted = structuredClone(result.charter);
    this.notice = null;
    this.charter = result.charter;
    this.#pending = result.charter;
    await this.flush();
    return null;
  }

  /**
   * Clear the signatures of a partly signed charter so it can be changed (the
   * UI asks first). Returns whose signatures were cleared.
   */
  clearSignatures(): TeamMember[] {
    const { charter, cleared } = clearSignatures($state.snapshot(this.charter) as Charter);
    this.#accepted = structuredClone(charter);
    this.charter = charter;
    const names = cleared.map((m) => m.name);
    const list = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    this.notice = `The ${cleared.length === 1 ? 'signature' : 'signatures'} of ${list} ${cleared.length === 1 ? 'was' : 'were'} cleared. Make your changes; everyone signs again once the charter is final.`;
    return cleared;
  }

  /**
   * Take a newer copy of this charter from outside the session (for example
   * saved by another tab) without the edit guard treating it as an edit.
   */
  adopt(charter: Charter): void {
    this.#accepted = structuredClone(charter);
    this.#lastJson = JSON.stringify(charter);
    this.charter = charter;
  }

  /** Start the next revision of a signed charter; it is saved and returned. */
  async revise(): Promise<Charter> {
    const next = revise($state.snapshot(this.charter) as Charter);
    await saveCharter(next);
    return next;
  }

  dispose(): void {
    void this.flush();
    this.#watch?.unsubscribe();
    this.#disposeEffects();
    this.#actor.stop();
    removeEventListener('visibilitychange', this.#onHide);
    removeEventListener('pagehide', this.#onPageHide);
  }
}
