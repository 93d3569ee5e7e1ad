/** A token bucket: `burst` messages at once, then `perSecond` a second. */
export class TokenBucket {
  #tokens: number;
  #last: number;
  constructor(
    readonly burst: number,
    readonly perSecond: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.#tokens = burst;
    this.#last = clock();
  }

  /** Take one token; false when the bucket is empty (the message is refused). */
  take(): boolean {
    const now = this.clock();
    this.#tokens = Math.min(this.burst, this.#tokens + ((now - this.#last) / 1000) * this.perSecond);
    this.#last = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
