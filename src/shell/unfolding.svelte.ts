/**
 * A long stage drawn a piece at a time when it opens: the first few pieces with
 * the page, the rest in short slices (a few milliseconds each) between which the browser
 * paints and answers the keyboard and the mouse. Opening a large charter then
 * never holds the page for long, while a small one is drawn whole at once.
 *
 * It unfolds once, when the stage opens; after that every piece stays drawn (a
 * change of page or filter draws at once, as before). `showAll()` draws what is
 * left straight away, for a jump or a focus move to a piece further down.
 */
import { flushSync, untrack } from 'svelte';

/** The longest a slice of drawing may hold the page before it gets the main thread back. */
export const SLICE_MS = 4;

/** Give the page the main thread back (to paint and to answer input) before going on. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Run `step` over and over, from the next task on, a slice of at most SLICE_MS at a time, for as long
 * as it says there is more to do; what each step changes is put on the page before the next one.
 * Returns a function that stops it.
 */
export function inSlices(step: () => boolean): () => void {
  const slice = () => {
    const start = performance.now();
    let more = true;
    while (more && performance.now() - start < SLICE_MS) {
      more = step();
      flushSync();
    }
    timer = more ? setTimeout(slice, 0) : undefined;
  };
  let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(slice, 0);
  return () => clearTimeout(timer);
}

export class Unfolding {
  #shown = $state(0);
  #done = $state(false);

  /**
   * `total` reads how many pieces there are now; `first` are drawn with the page.
   * Must be made while a component is being set up (it starts an effect).
   */
  constructor(total: () => number, first: number) {
    this.#shown = first;
    $effect(() => {
      const count = total();
      if (untrack(() => this.#done)) return;
      if (untrack(() => this.#shown) >= count) {
        this.#done = true;
        return;
      }
      return inSlices(() => {
        this.#shown += 1;
        if (this.#shown < count) return true;
        this.#done = true;
        return false;
      });
    });
  }

  /** Whether the piece at `index` (from 0) is drawn. */
  has(index: number): boolean {
    return this.#done || index < this.#shown;
  }

  /** How many of `count` pieces from the start are drawn. */
  upTo(count: number): number {
    return this.#done ? count : Math.min(count, this.#shown);
  }

  /** Whether everything is drawn. */
  get done(): boolean {
    return this.#done;
  }

  /** Draw everything now (the caller's next `tick()` or `flushSync()` puts it on the page). */
  showAll(): void {
    this.#done = true;
  }
}
