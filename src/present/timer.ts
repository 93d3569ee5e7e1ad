/**
 * The activity timer. Its state is a shared end time, not a ticking counter, so
 * every window that holds the same state shows the same time: each one works out
 * what is left from the clock it reads (`now`), to the millisecond.
 */
export interface TimerState {
  /** The full length of the activity, with any time added, in ms. */
  durationMs: number;
  /** While running: when the activity ends (ms since 1970). Null while paused or not started. */
  endsAt: number | null;
  /** While paused or not started: what is left, in ms (negative once the time is over). */
  remainingMs: number;
}

export const MINUTE_MS = 60_000;

export function newTimer(minutes: number): TimerState {
  const durationMs = Math.max(0, Math.round(minutes * MINUTE_MS));
  return { durationMs, endsAt: null, remainingMs: durationMs };
}

export function isRunning(t: TimerState): boolean {
  return t.endsAt !== null;
}

/** What is left at `now`, in ms; negative when the activity has run over. */
export function remainingAt(t: TimerState, now: number): number {
  return t.endsAt === null ? t.remainingMs : t.endsAt - now;
}

export function isUp(t: TimerState, now: number): boolean {
  return t.durationMs > 0 && remainingAt(t, now) <= 0;
}

/** Has the timer been started or changed since it was set for the activity? */
export function isFresh(t: TimerState): boolean {
  return t.endsAt === null && t.remainingMs === t.durationMs;
}

export function start(t: TimerState, now: number): TimerState {
  if (isRunning(t)) return t;
  return { ...t, endsAt: now + t.remainingMs, remainingMs: t.remainingMs };
}

export function pause(t: TimerState, now: number): TimerState {
  if (t.endsAt === null) return t;
  return { ...t, endsAt: null, remainingMs: t.endsAt - now };
}

/**
 * Give the activity more time. Time that already ran over is forgiven first, so
 * "+5 min" after the bell always means five more minutes from now.
 */
export function extend(t: TimerState, ms: number, now: number): TimerState {
  if (t.endsAt !== null) {
    return { ...t, durationMs: t.durationMs + ms, endsAt: Math.max(t.endsAt, now) + ms };
  }
  return { ...t, durationMs: t.durationMs + ms, remainingMs: Math.max(t.remainingMs, 0) + ms };
}

/**
 * The clock face: minutes and seconds, counting whole seconds up (59.2 s left
 * shows 1:00, so "0:00" appears exactly when the time is up). Over time is shown
 * counting up with a leading "+".
 */
export function formatClock(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${over && seconds > 0 ? '+' : ''}${m}:${String(s).padStart(2, '0')}`;
}

/** The same time in words, for screen readers and the time-up message. */
export function describeClock(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const parts = [m ? `${m} minute${m === 1 ? '' : 's'}` : '', s || !m ? `${s} second${s === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(' ');
  return over ? `${parts} over time` : `${parts} left`;
}

/** Parse a clock face back into seconds (used by tests comparing two windows). */
export function clockSeconds(face: string): number {
  const m = /^(\+)?(\d+):(\d{2})$/.exec(face.trim());
  if (!m) throw new Error(`Not a clock face: ${face}`);
  const value = Number(m[2]) * 60 + Number(m[3]);
  return m[1] ? -value : value;
}
