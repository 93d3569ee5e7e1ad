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

/** No value at all (a piece not compared with the charter as it opened). */
const NOTHING = Symbol('nothing');

/**
 * Each piece is copied through its JSON text: reading it reads — and so, inside an effect, depends
 * on — every value in it, and a charter is JSON data (no dates, maps or missing values), so the text
 * copies it exactly. This is several times faster than `$state.snapshot`, which opening a large
 * charter felt, and the text itself tells whether the piece changed before the mirror first ran.
 */
function fromText(text: string | undefined): unknown {
  return text === undefined ? undefined : JSON.parse(text);
}

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
        // The first time, the charter may have changed between opening and now: each piece's first copy is
        // compared with the same piece of `initial` (a change is then reported like any other).
        const opening = rerun ? null : (initial as unknown as Record<string, unknown>);
        for (const key of keys) {
          let firstKey = true;
          $effect(() => {
            const value = c[key] as unknown;
            const was = firstKey && opening ? opening[key] : NOTHING;
            let early = false;
            if (Array.isArray(value)) {
              const list: unknown[] = new Array(value.length);
              parts[key] = list;
              const wasList = Array.isArray(was) ? was : null;
              early = was !== NOTHING && wasList?.length !== value.length;
              for (let i = 0; i < list.length; i++) {
                let firstItem = true;
                $effect(() => {
                  const text = JSON.stringify(value[i]);
                  list[i] = fromText(text);
                  const changedEarly = firstItem && wasList !== null && !early && text !== JSON.stringify(wasList[i]);
                  untrack(() => this.#changed(!firstItem || changedEarly, onChange));
                  firstItem = false;
                });
              }
            } else {
              const text = JSON.stringify(value);
              parts[key] = fromText(text);
              early = was !== NOTHING && text !== JSON.stringify(was);
            }
            untrack(() => this.#changed(!firstKey || early, onChange));
            firstKey = false;
          });
        }
        // The whole charter was replaced: a change.
        if (rerun) $effect(() => untrack(onChange));
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
