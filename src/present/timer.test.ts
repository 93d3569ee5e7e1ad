import { describe, expect, it } from 'vitest';
import {
  MINUTE_MS,
  clockSeconds,
  describeClock,
  extend,
  formatClock,
  isFresh,
  isRunning,
  isUp,
  newTimer,
  pause,
  remainingAt,
  start,
} from './timer';

const T0 = 1_800_000_000_000;

describe('the activity timer', () => {
  it('starts full and does not move until started', () => {
    const t = newTimer(15);
    expect(isRunning(t)).toBe(false);
    expect(isFresh(t)).toBe(true);
    expect(remainingAt(t, T0)).toBe(15 * MINUTE_MS);
    expect(remainingAt(t, T0 + 10 * MINUTE_MS)).toBe(15 * MINUTE_MS);
  });

  it('counts down from a shared end time, so any two readers at the same moment agree', () => {
    const t = start(newTimer(10), T0);
    expect(t.endsAt).toBe(T0 + 10 * MINUTE_MS);
    // Two windows holding the same state, reading the clock 400 ms apart, differ by those 400 ms only.
    const a = remainingAt(structuredClone(t), T0 + 90_000);
    const b = remainingAt(structuredClone(t), T0 + 90_400);
    expect(a - b).toBe(400);
    expect(formatClock(a)).toBe('8:30');
  });

  it('pauses and resumes where it stopped', () => {
    let t = start(newTimer(5), T0);
    t = pause(t, T0 + 2 * MINUTE_MS);
    expect(isRunning(t)).toBe(false);
    expect(remainingAt(t, T0 + 30 * MINUTE_MS)).toBe(3 * MINUTE_MS);
    t = start(t, T0 + 40 * MINUTE_MS);
    expect(remainingAt(t, T0 + 41 * MINUTE_MS)).toBe(2 * MINUTE_MS);
    expect(start(t, T0 + 99 * MINUTE_MS)).toBe(t); // starting twice changes nothing
    expect(isFresh(t)).toBe(false);
  });

  it('extends a running, a paused and an overrun activity', () => {
    const running = extend(start(newTimer(10), T0), 5 * MINUTE_MS, T0 + MINUTE_MS);
    expect(remainingAt(running, T0 + MINUTE_MS)).toBe(14 * MINUTE_MS);
    expect(running.durationMs).toBe(15 * MINUTE_MS);

    const paused = extend(newTimer(10), MINUTE_MS, T0);
    expect(remainingAt(paused, T0)).toBe(11 * MINUTE_MS);

    // Two minutes over, then +1 min: one minute from now, not a minute short.
    const over = start(newTimer(1), T0);
    expect(isUp(over, T0 + 3 * MINUTE_MS)).toBe(true);
    const more = extend(over, MINUTE_MS, T0 + 3 * MINUTE_MS);
    expect(remainingAt(more, T0 + 3 * MINUTE_MS)).toBe(MINUTE_MS);
    expect(isUp(more, T0 + 3 * MINUTE_MS)).toBe(false);
  });

  it('is up exactly when the clock shows 0:00', () => {
    const t = start(newTimer(1), T0);
    expect(formatClock(remainingAt(t, T0 + 59_001))).toBe('0:01');
    expect(isUp(t, T0 + 59_999)).toBe(false);
    expect(formatClock(remainingAt(t, T0 + 60_000))).toBe('0:00');
    expect(isUp(t, T0 + 60_000)).toBe(true);
    expect(formatClock(remainingAt(t, T0 + 75_500))).toBe('+0:15');
    expect(isUp(newTimer(0), T0)).toBe(false); // a break with no time set never rings
  });

  it('reads the clock face in words and back', () => {
    expect(describeClock(61_000)).toBe('1 minute 1 second left');
    expect(describeClock(10 * MINUTE_MS)).toBe('10 minutes left');
    expect(describeClock(0)).toBe('0 seconds left');
    expect(describeClock(-125_000)).toBe('2 minutes 5 seconds over time');
    expect(clockSeconds('12:05')).toBe(725);
    expect(clockSeconds('+0:15')).toBe(-15);
    expect(() => clockSeconds('soon')).toThrow();
  });
});
