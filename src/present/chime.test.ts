import { describe, expect, it } from 'vitest';
import { CHIME, CHIME_VOLUME, Chime } from './chime';

/** A stand-in for the Web Audio API that records what would be played. */
function fakeAudio() {
  const played: Array<{ frequency: number; start: number; stop: number; peak: number }> = [];
  let resumed = 0;
  const ctx = {
    currentTime: 10,
    destination: {},
    state: 'suspended',
    resume: async () => {
      resumed++;
    },
    createGain() {
      let peak = 0;
      const gain = {
        setValueAtTime: (v: number) => (peak = Math.max(peak, v)),
        exponentialRampToValueAtTime: (v: number) => (peak = Math.max(peak, v)),
      };
      return { gain, connect() {}, get peak() { return peak; } };
    },
    createOscillator() {
      const note = { frequency: 0, start: 0, stop: 0, peak: 0 };
      let g: { peak: number } | null = null;
      return {
        type: '',
        frequency: { setValueAtTime: (f: number) => (note.frequency = f) },
        connect: (target: { peak: number }) => (g = target),
        start: (t: number) => (note.start = t),
        stop: (t: number) => {
          note.stop = t;
          note.peak = g?.peak ?? 0;
          played.push(note);
        },
      };
    },
  };
  return { ctx, played, resumed: () => resumed };
}

describe('the time-up chime', () => {
  it('plays two soft notes, one after the other', () => {
    const audio = fakeAudio();
    const chime = new Chime(() => audio.ctx as never);
    expect(chime.play()).toBe(true);
    expect(audio.played.map((n) => n.frequency)).toEqual(CHIME.map((n) => n.frequency));
    expect(audio.played[1].start).toBeGreaterThan(audio.played[0].start);
    expect(audio.played.every((n) => n.stop - n.start < 2 && n.peak <= CHIME_VOLUME)).toBe(true);
    expect(audio.resumed()).toBeGreaterThan(0); // a suspended context is woken up
  });

  it('stays silent where the browser cannot make sound', () => {
    expect(new Chime(() => null).play()).toBe(false);
  });
});
