/**
 * The optional time-up sound: a soft two-note chime made on the spot with the
 * Web Audio API (no sound file, nothing downloaded).
 */
export interface ChimeNote {
  frequency: number;
  /** Seconds after the chime starts. */
  at: number;
  /** Seconds the note takes to fade out. */
  length: number;
}

/** Two rising notes, a fifth apart, quiet and short. */
export const CHIME: readonly ChimeNote[] = [
  { frequency: 587.33, at: 0, length: 1.2 },
  { frequency: 880, at: 0.35, length: 1.6 },
];
export const CHIME_VOLUME = 0.18;

type AudioContextLike = Pick<AudioContext, 'currentTime' | 'destination' | 'state' | 'resume' | 'createOscillator' | 'createGain'>;

export class Chime {
  #ctx: AudioContextLike | null = null;
  #make: () => AudioContextLike | null;

  constructor(make: () => AudioContextLike | null = defaultContext) {
    this.#make = make;
  }

  /** Call from a click or key press: browsers only allow sound after one. */
  unlock(): void {
    this.#ctx ??= this.#make();
    if (this.#ctx?.state === 'suspended') void this.#ctx.resume().catch(() => {});
  }

  /** Play the chime; false when the browser cannot make sound. */
  play(): boolean {
    this.unlock();
    const ctx = this.#ctx;
    if (!ctx) return false;
    const t0 = ctx.currentTime + 0.02;
    for (const note of CHIME) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.setValueAtTime(note.frequency, t0 + note.at);
      // A soft attack and a long fade, so it sounds like a bell rather than a beep.
      gain.gain.setValueAtTime(0.0001, t0 + note.at);
      gain.gain.exponentialRampToValueAtTime(CHIME_VOLUME, t0 + note.at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + note.at + note.length);
      osc.connect(gain);
      gain.connect(ctx.destination);
      osc.start(t0 + note.at);
      osc.stop(t0 + note.at + note.length + 0.05);
    }
    return true;
  }
}

function defaultContext(): AudioContextLike | null {
  const Ctor = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return null;
  try {
    return new Ctor();
  } catch {
    return null;
  }
}
