/**
 * One open charter: its live state for the stages to edit, the workflow actor
 * that says where you can go, and the save queue (storage/saveQueue.ts) that
 * keeps it in the drafts database. A thin layer of runes over plain TypeScript.
 *
 * Per keystroke the session does little: the mirror (charterMirror.svelte.ts)
 * copies only the object typed into, and the queue starts its timer. The whole
 * charter is looked at once typing pauses — then it is saved, and `settled`
 * (what the gates, the stage list and the audience screen read) moves on.
 */
import { createActor, type Actor } from 'xstate';
import { newCharter, type Charter, type TeamMember } from '../charter/Charter';
import { changesContent, clearSignatures, editBlock, revise, sign, type EditBlock, type SigningEvidence } from '../charter/signing';
import { rememberPlace, saveCharter } from '../storage/drafts';
import { SaveQueue, type SaveStatus, type SyncEvent } from '../storage/saveQueue';
import { describeStorageError } from '../storage/storageErrors';
import { exitBlockers } from '../workflow/gates';
import { stageOf, workflowMachine, type WorkflowSnapshot } from '../workflow/workflowMachine';
import { STAGE_IDS, type StageId } from '../workflow/stages';
import { CharterMirror, type MirrorStart } from './charterMirror.svelte';
import { blockedEditNotice, clearedNotice, syncNoticeText } from './sessionNotices';

export { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, type SaveStatus } from '../storage/saveQueue';

/** What the user is told when another tab changed the same charter. */
export interface SyncNotice {
  text: string;
  /** A separate charter holding the other version, when one was made. */
  copyId: string | null;
}

export class CharterSession {
  charter: Charter = $state() as Charter;
  /** The charter as it was when typing last paused: a plain object the gates and overviews read. */
  settled: Charter = $state.raw() as Charter;
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
  /** Why the user cannot go on from this stage yet (from the settled charter). */
  readonly blockers = $derived(exitBlockers(this.settled, this.stage));
  #snapshot: WorkflowSnapshot = $state.raw() as WorkflowSnapshot;
  /** The stages the workflow machine lets the user go to now. */
  readonly reachable: readonly StageId[] = $derived(
    STAGE_IDS.filter((s) => this.#snapshot.can({ type: 'GOTO', stage: s, charter: this.settled })),
  );

  #actor: Actor<typeof workflowMachine>;
  #queue: SaveQueue;
  #mirror: CharterMirror;
  /** The last state of the charter the session accepted; a locked or partly signed one is the guard's reference. */
  #accepted: Charter;
  #disposeEffects: () => void;
  /** The whole charter read at once, while leaving (see #current). */
  #final: Charter | null = null;
  #onHide = () => {
    if (document.visibilityState === 'hidden') this.#leaving();
  };
  #onPageHide = () => this.#leaving();

  /**
   * `editCount` is the catalogue's count when `charter` was read (from loadDraft), if known. `watch`:
   * how the copy that notices changes starts — whole at once, or in slices from the next task on
   * (opening a large charter, to keep tasks short; see charterMirror.svelte.ts).
   */
  constructor(charter: Charter, stage: StageId, editCount: number | null = null, watch: MirrorStart = 'now') {
    this.charter = charter;
    // One plain copy: the settled charter and the guard's reference start as the same object (neither is
    // ever changed in place; each is replaced by a new one, as the charter moves on).
    const plain = structuredClone(charter);
    this.settled = plain;
    this.#accepted = plain;

    // Where to start goes through the machine's own rules: the stage asked for, or the furthest one before it.
    this.#actor = createActor(workflowMachine);
    this.#actor.subscribe((s) => {
      this.#snapshot = s;
      this.stage = stageOf(s);
    });
    this.#actor.start();
    this.#actor.send({ type: 'RESTORE', stage, charter });

    this.#queue = new SaveQueue(charter, {
      current: () => this.#current(),
      take: (c) => this.adopt(c),
      status: (status, error) => {
        this.saveStatus = status;
        if (status === 'failed') this.saveError = describeStorageError(error);
        else if (status === 'saved') this.saveError = null;
      },
      sync: (event) => this.#told(event),
    }, { editCount });

    this.#mirror = new CharterMirror(plain, () => this.charter, () => this.#changed(), watch);
    this.#disposeEffects = $effect.root(() => {
      $effect(() => {
        const stage = this.stage;
        void rememberPlace(charter.id, stage).catch(() => {});
      });
    });
    addEventListener('visibilitychange', this.#onHide);
    addEventListener('pagehide', this.#onPageHide);
  }

  /** The charter as it is now, as a plain object (the same object while nothing changed); also moves `settled` on. */
  #current(): Charter {
    // While the page is closing or the charter is being left, a change made this very moment
    // may not have reached the mirror yet: read the whole charter instead (once, not per key).
    const now = this.#final ?? this.#mirror.snapshot();
    if (now !== this.settled && !editBlock(this.#accepted)) {
      this.#accepted = now;
      this.settled = now;
    }
    return now;
  }

  #changed(): void {
    // The guard: nothing changes a locked charter, and nothing changes a partly signed one
    // behind its signatories' backs (clearSignatures() is the way, after a warning).
    // Such a charter is never typed into (its fields are disabled), so checking at once costs nothing.
    const block = editBlock(this.#accepted);
    if (block) {
      const snapshot = $state.snapshot(this.charter) as Charter;
      if (changesContent(this.#accepted, snapshot)) {
        this.notice = blockedEditNotice(block, this.#accepted);
        const restored = structuredClone(this.#accepted);
        this.#queue.adopted(restored);
        this.charter = restored;
        return;
      }
      this.#accepted = snapshot;
      this.settled = snapshot;
    }
    this.#queue.changed();
  }

  #told(event: SyncEvent): void {
    this.syncNotice = syncNoticeText(event);
  }

  #leaving(): void {
    this.#final = $state.snapshot(this.charter) as Charter;
    try {
      this.#current();
      this.#queue.leaving();
    } finally {
      this.#final = null;
    }
  }

  /** Write any pending change now. */
  flush(): Promise<void> {
    return this.#queue.flush();
  }

  /** Try a failed save again. */
  retrySave(): Promise<void> {
    return this.#queue.flush();
  }

  next(): boolean {
    const before = this.stage;
    this.#actor.send({ type: 'NEXT', charter: this.#current() });
    return this.stage !== before;
  }

  back(): void {
    this.#actor.send({ type: 'BACK' });
  }

  goto(stage: StageId): boolean {
    this.#actor.send({ type: 'GOTO', stage, charter: this.#current() });
    return this.stage === stage;
  }

  /** Whether the workflow lets the user go to `stage` now (asked of the machine). */
  isReachable(stage: StageId): boolean {
    return this.reachable.includes(stage);
  }

  /**
   * Sign in a signatory's own name, typed, with their drawn signature (a PNG
   * data URL) when they drew one. Returns an error message, or null on success.
   */
  async sign(memberId: string, typedName: string, image: string | null = null, evidence: Partial<SigningEvidence> = {}): Promise<string | null> {
    const result = await sign(structuredClone(this.#current()), memberId, typedName, new Date(), image, evidence);
    if (!result.ok) return result.error;
    this.#accepted = structuredClone(result.charter);
    this.notice = null;
    this.charter = result.charter;
    this.settled = structuredClone(result.charter);
    this.#queue.put(result.charter);
    await this.#queue.flush();
    return null;
  }

  /**
   * Clear the signatures of a partly signed charter so it can be changed (the
   * UI asks first). Returns whose signatures were cleared.
   */
  clearSignatures(): TeamMember[] {
    const { charter, cleared } = clearSignatures(structuredClone(this.#current()));
    this.#accepted = structuredClone(charter);
    this.charter = charter;
    this.settled = structuredClone(charter);
    this.notice = clearedNotice(cleared);
    return cleared;
  }

  /**
   * Take a newer copy of this charter from outside the session (for example
   * saved by another tab) without the edit guard treating it as an edit.
   */
  adopt(charter: Charter): void {
    this.#accepted = structuredClone(charter);
    this.#queue.adopted(charter);
    this.charter = charter;
    this.settled = structuredClone(charter);
  }

  /** Start the next revision of a signed charter; it is saved and returned. */
  async revise(): Promise<Charter> {
    const next = revise(structuredClone(this.#current()));
    await saveCharter(next);
    return next;
  }

  dispose(): void {
    this.#final = $state.snapshot(this.charter) as Charter;
    const saved = this.#queue.dispose();
    this.#mirror.dispose();
    this.#disposeEffects();
    this.#actor.stop();
    removeEventListener('visibilitychange', this.#onHide);
    removeEventListener('pagehide', this.#onPageHide);
    // Once the last change is written, let the charter go: the browser may keep a left stage's
    // elements (and through their handlers, this session) alive for a while, but not the charter.
    void saved.finally(() => {
      const released = newCharter(new Date(0));
      this.#final = null;
      this.#accepted = released;
      this.settled = released;
      this.charter = released;
    }).catch(() => {});
  }
}
