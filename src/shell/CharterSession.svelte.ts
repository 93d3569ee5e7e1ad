/**
 * One open charter: its live state, the workflow actor that guards the stages,
 * and the autosave to the drafts database.
 */
import { createActor, type Actor } from 'xstate';
import type { Charter } from '../charter/Charter';
import { canonicalContent } from '../charter/fingerprint';
import { revise, sign } from '../charter/signing';
import { saveCharter, rememberPlace } from '../storage/drafts';
import { exitBlockers, furthestReachable, canReach } from '../workflow/gates';
import { snapshotAt, stageOf, workflowMachine } from '../workflow/workflowMachine';
import { stageIndex, type StageId } from '../workflow/stages';

export type SaveStatus = 'saved' | 'saving' | 'failed';

export const AUTOSAVE_DELAY_MS = 300;

/** The content a signature vouches for: everything but the signatures and volatile fields. */
function signedContent(c: Charter): string {
  return canonicalContent({ ...c, signatures: [], status: 'draft', lockedAt: null });
}

export class CharterSession {
  charter: Charter = $state() as Charter;
  stage: StageId = $state('setup');
  saveStatus: SaveStatus = $state('saved');
  saveError: string | null = $state(null);
  /** A short message about signatures cleared by an edit. */
  notice: string | null = $state(null);

  readonly locked = $derived(this.charter.status === 'signed');
  readonly blockers = $derived(exitBlockers(this.charter, this.stage));
  readonly furthest = $derived(furthestReachable(this.charter));

  #actor: Actor<typeof workflowMachine>;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending: Charter | null = null;
  #signedContent: string | null;
  #disposeEffects: () => void;
  #onHide = () => {
    if (document.visibilityState === 'hidden') void this.flush();
  };
  #onPageHide = () => void this.flush();

  constructor(charter: Charter, stage: StageId) {
    this.charter = charter;
    const start = canReach(charter, stage) ? stage : furthestReachable(charter);
    this.#actor = createActor(workflowMachine, { snapshot: snapshotAt(charter, start), input: { charter } });
    this.#actor.subscribe((s) => {
      this.stage = stageOf(s);
    });
    this.#actor.start();
    this.stage = stageOf(this.#actor.getSnapshot());
    this.#signedContent = charter.signatures.length ? signedContent(charter) : null;

    // Autosave: every change to the charter, however deep, is noticed here.
    let last = JSON.stringify(charter);
    this.#disposeEffects = $effect.root(() => {
      $effect(() => {
        const snapshot = $state.snapshot(this.charter) as Charter;
        const json = JSON.stringify(snapshot);
        if (json === last) return;
        last = json;
        this.#changed(snapshot);
      });
      $effect(() => {
        const stage = this.stage;
        void rememberPlace(this.charter.id, stage).catch(() => {});
      });
    });
    addEventListener('visibilitychange', this.#onHide);
    addEventListener('pagehide', this.#onPageHide);
  }

  #changed(snapshot: Charter) {
    // An edit to a partly signed charter voids the signatures given so far.
    if (snapshot.status !== 'signed' && snapshot.signatures.length && this.#signedContent !== null) {
      if (signedContent(snapshot) !== this.#signedContent) {
        const n = snapshot.signatures.length;
        this.#signedContent = null;
        this.notice = `The charter changed, so the ${n === 1 ? 'signature' : `${n} signatures`} given so far ${n === 1 ? 'was' : 'were'} cleared. Everyone signs again once it is final.`;
        this.charter.signatures = [];
        return; // the effect runs again with the cleared signatures
      }
    }
    this.#actor.send({ type: 'CHARTER_CHANGED', charter: snapshot });
    this.#schedule(snapshot);
  }

  #schedule(snapshot: Charter) {
    this.#pending = { ...snapshot, updatedAt: new Date().toISOString() };
    this.saveStatus = 'saving';
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY_MS);
  }

  /** Write any pending change now. */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = null;
    try {
      await saveCharter(pending);
      if (!this.#pending) this.saveStatus = 'saved';
      this.saveError = null;
    } catch (e) {
      this.saveStatus = 'failed';
      const name = (e as { name?: string }).name ?? '';
      this.saveError =
        name === 'QuotaExceededError' || (e as { inner?: { name?: string } }).inner?.name === 'QuotaExceededError'
          ? 'The browser has no room left to save drafts.'
          : `The draft could not be saved (${(e as Error).message}).`;
    }
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

  /** Sign in a signatory's own name. Returns an error message, or null on success. */
  async sign(memberId: string, typedName: string): Promise<string | null> {
    const result = await sign($state.snapshot(this.charter) as Charter, memberId, typedName);
    if (!result.ok) return result.error;
    this.#signedContent = signedContent(result.charter);
    this.notice = null;
    this.charter = result.charter;
    this.#pending = result.charter;
    await this.flush();
    return null;
  }

  /** Start the next revision of a signed charter; it is saved and returned. */
  async revise(): Promise<Charter> {
    const next = revise($state.snapshot(this.charter) as Charter);
    await saveCharter(next);
    return next;
  }

  dispose(): void {
    void this.flush();
    this.#disposeEffects();
    this.#actor.stop();
    removeEventListener('visibilitychange', this.#onHide);
    removeEventListener('pagehide', this.#onPageHide);
  }
}
