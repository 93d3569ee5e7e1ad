/**
 * The invitation on the projector: the facilitator's window tells the audience
 * screen (another window, or its own full-screen view) which address to show.
 * A BroadcastChannel on the app's own origin, plus localStorage so a window
 * opened later shows it at once. Only the address and key travel here — never
 * names or answers.
 */
export interface Invite {
  charterId: string;
  /** The phone address with the key in its fragment (what the QR code holds). */
  address: string;
  /** The address without the scheme, for reading off the screen. */
  shortAddress: string;
  /** The focus area the room is answering. */
  areaName: string;
  /** e.g. "5 of 9 have answered" */
  progress: string;
}

const CHANNEL = 'same-playbook:room-invite';
const STORE = 'same-playbook:room-invite';

function isInvite(v: unknown): v is Invite {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return ['charterId', 'address', 'shortAddress', 'areaName', 'progress'].every((k) => typeof o[k] === 'string');
}

function read(): Invite | null {
  try {
    const v = JSON.parse(localStorage.getItem(STORE) ?? 'null');
    return isInvite(v) ? v : null;
  } catch {
    return null;
  }
}

export function publishInvite(invite: Invite | null): void {
  try {
    if (invite) localStorage.setItem(STORE, JSON.stringify(invite));
    else localStorage.removeItem(STORE);
  } catch {
    /* the channel still carries it */
  }
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(CHANNEL);
  ch.postMessage(invite);
  ch.close();
}

/** Follow the invitation; returns a function that stops following. */
export function watchInvite(onInvite: (invite: Invite | null) => void): () => void {
  onInvite(read());
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const ch = new BroadcastChannel(CHANNEL);
  ch.onmessage = (e: MessageEvent) => onInvite(isInvite(e.data) ? e.data : null);
  return () => ch.close();
}
