/**
 * A plain copy of the open charter, kept in step one object at a time. Each
 * focus area, team member, expectation, right… has its own effect that copies
 * it when it changes, so a keystroke re-reads and re-copies only the object typed
 * into: the cost of noticing a change does not grow with the charter. Lists are
 * re-read whole only when they change length or are replaced.
 *
 * `snapshot()` gives the whole charter as a plain object, the same object for as
 * long as nothing changed (a cheap change signal for autosave and the gates).
 */
import { untrack } from 'svelte';
import type { Charter } from '../charter/Charter';

export class CharterMirror {
  #parts: Record<string, unknown> = {};
  #dirty = true;
  #built: Charter | null = null;
  #dispose: () => void;

  /**
   * `initial` is the charter as it starts (plain), `read` gives the live (reactive)
   * one; `onChange` is called after each change the mirror sees.
   */
  constructor(initial: Charter, read: () => Charter, onChange: () => void) {
    this.#built = initial;
    this.#parts = { ...initial };
    this.#dirty = false;
    this.#dispose = $effect.root(() => {
      let firstRoot = true;
      $effect(() => {
        const c = read();
        // The keys of a charter do not change; reading them untracked keeps a change of one value from re-reading all.
        const keys = untrack(() => Object.keys(c)) as Array<keyof Charter>;
        const parts: Record<string, unknown> = {};
        const rerun = !firstRoot;
        firstRoot = false;
        untrack(() => {
          this.#parts = parts;
          this.#dirty = true;
        });
        for (const key of keys) {
          let firstKey = true;
          $effect(() => {
            const value = c[key] as unknown;
            if (Array.isArray(value)) {
              const list: unknown[] = new Array(value.length);
              parts[key] = list;
              for (let i = 0; i < list.length; i++) {
                let firstItem = true;
                $effect(() => {
                  list[i] = $state.snapshot(value[i]);
                  untrack(() => this.#changed(!firstItem, onChange));
                  firstItem = false;
                });
              }
            } else {
              parts[key] = $state.snapshot(value);
            }
            untrack(() => this.#changed(!firstKey, onChange));
            firstKey = false;
          });
        }
        // The whole charter was replaced (or, the first time, changed before the mirror first ran).
        // Compared with the live charter itself: the list items' own effects have not run yet here,
        // so the copy's lists are still empty slots (comparing them made every opening a "change").
        $effect(() => {
          untrack(() => {
            if (rerun || JSON.stringify($state.snapshot(c)) !== JSON.stringify(initial)) onChange();
          });
        });
      });
    });
  }

  #changed(notify: boolean, onChange: () => void): void {
    this.#dirty = true;
    if (notify) onChange();
  }

  /** The charter as a plain object; the same object while nothing has changed. */
  snapshot(): Charter {
    if (this.#dirty || !this.#built) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(this.#parts)) out[k] = Array.isArray(v) ? v.slice() : v;
      this.#built = out as unknown as Charter;
      this.#dirty = false;
    }
    return this.#built;
  }

  dispose(): void {
    this.#dispose();
    this.#parts = {};
    this.#built = null;
  }
}
