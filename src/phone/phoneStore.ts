/**
 * What a phone keeps between visits, per room: its own secret (so a reload is
 * the same phone) and its own answer (so nothing is lost if the room server
 * restarts while the phone sleeps). In localStorage, which a plain http:// page
 * has; when it is unavailable (private browsing) the phone still works, it just
 * forgets on reload.
 */
import { randomSecret } from '../room/roomKeys';

const PREFIX = 'same-playbook:phone:';

interface Saved {
  secret: string;
  doc: string | null;
}

function read(roomId: string): Saved | null {
  try {
    const v = JSON.parse(localStorage.getItem(PREFIX + roomId) ?? 'null') as Saved | null;
    return v && typeof v.secret === 'string' && /^[0-9a-z]{26}$/.test(v.secret) ? v : null;
  } catch {
    return null;
  }
}

function write(roomId: string, v: Saved) {
  try {
    localStorage.setItem(PREFIX + roomId, JSON.stringify(v));
  } catch {
    /* no storage: the phone forgets on reload */
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export function phoneMemory(roomId: string) {
  const saved = read(roomId);
  const secret = saved?.secret ?? randomSecret();
  if (!saved) write(roomId, { secret, doc: null });
  return {
    secret,
    saved: saved?.doc ? fromBase64(saved.doc) : null,
    save: (update: Uint8Array) => write(roomId, { secret, doc: toBase64(update) }),
    forget: () => {
      try {
        localStorage.removeItem(PREFIX + roomId);
      } catch {
        /* nothing kept */
      }
    },
  };
}
