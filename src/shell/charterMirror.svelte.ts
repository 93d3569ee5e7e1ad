/**
 * A plain copy of the open charter, kept in step one object at a time. Each
 * focus area, team member, expectation, right… has its own effect that copies
 * it when it changes, so a keystroke re-reads and re-copies only the object typed
 * into: the cost of noticing a change does not grow with the charter. Lists are
 * re-read whole only when they change length or are replaced.
 *
 * `snapshot()` gives the whole charter as a plain object, the same object for as
 * long as nothing changed (a cheap change signal for autosave and the gates).
 *
 * Opening a large charter, the mirror can start `'in slices'`: its watchers are set up a few
 * milliseconds at a time, from the next task on, so the page opens without one long task. Until a
 * piece is watched, the copy holds it as the charter opened; when it is, its first reading is compared
 * with that, so a change made meanwhile is reported like any other.
 */
import { untrack } from 'svelte';
import type { Charter } from '../charter/Charter';
import { inSlices } from './unfolding.svelte';

/** No value at all (a piece not compared with the charter as it opened). */
const NOTHING = Symbol('nothing');

export type MirrorStart = 'now' | 'in slices';

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
  /** Watchers still to be set up, when starting in slices (each one sets itself up). */
  #pending: Array<() => void> = [];
  /** Stops the slices setting them up, while they run. */
  #stopSlices: (() => void) | undefined;

  /**
   * `initial` is the charter as it starts (plain), `read` gives the live (reactive)
   * one; `onChange` is called after each change the mirror sees.
   */
  constructor(initial: Charter, read: () => Charter, onChange: () => void, start: MirrorStart = 'now') {
    this.#built = initial;
    this.#parts = { ...initial };
    this.#dirty = false;
    const changed = (notify: boolean) => untrack(() => this.#changed(notify, onChange));
    this.#dispose = $effect.root(() => {
      let firstRoot = true;
      $effect(() => {
        const c = read();
        // The keys of a charter do not change; reading them untracked keeps a change of one value from re-reading all.
        const keys = untrack(() => Object.keys(c)) as Array<keyof Charter>;
        const rerun = !firstRoot;
        firstRoot = false;
        // Watchers set up later (in slices) are roots of their own: stopped here when the charter is replaced.
        const later = rerun || start === 'now' ? null : new Later(this);
        // A replaced charter is copied afresh; at the start, each piece is the opening one until it is watched.
        const parts: Record<string, unknown> = rerun ? {} : { ...initial };
        untrack(() => {
          this.#parts = parts;
          this.#dirty = true;
        });
        // The first time, the charter may have changed between opening and now: each piece's first copy is
        // compared with the same piece of `initial` (a change is then reported like any other).
        const opening = rerun ? null : (initial as unknown as Record<string, unknown>);
        for (const key of keys) {
          const was = opening ? opening[key] : NOTHING;
          if (!Array.isArray(untrack(() => c[key]))) {
            let first = true;
            const watch = () => {
              const text = JSON.stringify(c[key]);
              parts[key] = fromText(text);
              changed(!first || (was !== NOTHING && text !== JSON.stringify(was)));
              first = false;
            };
            if (later)
              later.add(() => {
                $effect(watch);
              });
            else $effect(watch);
            continue;
          }
          // A list: its own watcher follows its length (and its replacement); each item has a watcher.
          let firstList = true;
          $effect(() => {
            const value = c[key] as unknown as unknown[];
            const length = value.length;
            const wasList = firstList && Array.isArray(was) ? (was as unknown[]) : null;
            const early = firstList && was !== NOTHING && wasList?.length !== length;
            const notify = !firstList || early;
            firstList = false;
            // Items are watched later only at the start and when the list is as it opened (its items are then known).
            const itemsLater = later && wasList && !early ? later : null;
            const list: unknown[] = itemsLater && wasList ? wasList.slice() : new Array(length);
            parts[key] = list;
            const items = itemsLater?.group();
            for (let i = 0; i < length; i++) {
              let firstItem = true;
              const watch = () => {
                const text = JSON.stringify(value[i]);
                list[i] = fromText(text);
                const changedEarly = firstItem && wasList !== null && !early && text !== JSON.stringify(wasList[i]);
                changed(!firstItem || changedEarly);
                firstItem = false;
              };
              if (items)
                items.add(() => {
                  $effect(watch);
                });
              else $effect(watch);
            }
            changed(notify);
            if (items) return () => items.stop();
          });
        }
        // The whole charter was replaced: a change.
        if (rerun) $effect(() => untrack(onChange));
        if (later) return () => later.stop();
      });
    });
  }

  /** Set up the watchers waiting to be, a few milliseconds at a time, from the next task on. */
  schedule(): void {
    if (this.#stopSlices || !this.#pending.length) return;
    this.#stopSlices = inSlices(() => {
      this.#pending.shift()?.();
      if (this.#pending.length) return true;
      this.#stopSlices = undefined;
      return false;
    });
  }

  /** Whether every piece of the charter is watched. */
  get watching(): boolean {
    return this.#pending.length === 0;
  }

  /** @internal (Later) */
  enqueue(task: () => void): void {
    this.#pending.push(task);
    this.schedule();
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
    this.#stopSlices?.();
    this.#stopSlices = undefined;
    this.#pending = [];
    this.#dispose();
    this.#parts = {};
    this.#built = null;
  }
}

/** Watchers set up in later tasks, each in an effect root of its own, stopped together (a list's, or all). */
class Later {
  #stopped = false;
  #stops: Array<() => void> = [];
  constructor(private readonly mirror: CharterMirror) {}

  /** Set up `watch` (an effect) in a later task, unless stopped by then. */
  add(watch: () => void): void {
    this.mirror.enqueue(() => {
      if (!this.#stopped) this.#stops.push($effect.root(watch));
    });
  }

  /** A group of its own (a list's items), stopped with this one or alone. */
  group(): Later {
    const inner = new Later(this.mirror);
    this.#stops.push(() => inner.stop());
    return inner;
  }

  stop(): void {
    this.#stopped = true;
    for (const stop of this.#stops.splice(0)) stop();
  }
}
