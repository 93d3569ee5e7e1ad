/**
 * The room from phones: what the room server, the facilitator's browser and the
 * phones agree on. Plain data and constants, no imports, so the phone page, the
 * app and the server (Node) share one source.
 *
 * A room is a set of Yjs documents on the room server (Hocuspocus):
 *  - `room/<roomId>` — the room's notice board. The facilitator writes it; phones
 *    only read it (the server opens it read-only for them). It holds what a phone
 *    needs and nothing else: open or closed, the mode, the focus area being asked
 *    about, the team's names in named mode (to pick one's own), which names are
 *    taken, and each revealed focus area's counts. The server adds each phone that
 *    joins to `participants` (random ids, nothing else).
 *  - `room/<roomId>/<phoneId>` — one phone's own answer. Only that phone writes it
 *    and only the facilitator reads it, so no phone sees another's view and no
 *    phone can change another's answer.
 *
 * Keys: the facilitator's browser keeps a random secret; the room key (in the QR
 * code's URL fragment) is derived from it, and the room id from the key, so the
 * server checks any connection without keeping a list of rooms (see roomKeys.ts).
 */

/** The path of the room socket on the room server. */
export const ROOM_SOCKET_PATH = '/room';
/** The phone page. The room server also answers on the short path. */
export const PHONE_PAGE_PATH = '/phone.html';
export const PHONE_SHORT_PATH = '/p';

/** The largest message the server accepts on the room socket. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
/** A connection may send this many messages at once… */
export const SOCKET_BURST = 400;
/** …and this many a second after that. */
export const SOCKET_RATE_PER_SECOND = 100;
/** A phone may change its answer this often (messages to its own document). */
export const PHONE_BURST = 40;
export const PHONE_RATE_PER_SECOND = 10;
/** Phones in one room, by default. */
export const DEFAULT_MAX_PHONES = 100;
/** Longest accepted token (JSON with two secrets). */
export const MAX_TOKEN_CHARS = 200;

export type RoomMode = 'named' | 'anonymous';
export type RoomStatus = 'open' | 'closed';
export type ModelChoice = 1 | 2 | 3 | 4;

/** One phone's answer for one focus area. */
export interface PhoneAnswer {
  now: ModelChoice | null;
  shouldBe: ModelChoice | null;
}

/** A phone asking for a name in named mode; `n` counts its requests (a release ends request n). */
export interface ClaimRequest {
  memberId: string;
  n: number;
}

/** The focus area the room is asked about. */
export interface AskedArea {
  id: string;
  name: string;
  scope: string;
}

/** The four models' names as the phone shows them (sent on the board, so the phone page carries no app text). */
export interface ModelName {
  number: ModelChoice;
  name: string;
  short: string;
}

/** How the room answered one focus area, shown to phones after the reveal (counts only, index 0 is model 1). */
export interface RoomResult {
  now: [number, number, number, number];
  shouldBe: [number, number, number, number];
  answered: number;
}

/** Names of the shared types in the Yjs documents. */
export const BOARD = {
  /** Y.Map: status, mode, title, asked (AskedArea), team ({id, name}[] in named mode), models (ModelName[]). */
  map: 'board',
  /** Y.Map memberId → phoneId: names granted (written by the facilitator only). */
  claims: 'claims',
  /** Y.Map phoneId → request number released by the facilitator. */
  released: 'released',
  /** Y.Map focusAreaId → RoomResult, once revealed. */
  results: 'results',
  /** Y.Map phoneId → joined (written by the server when a phone joins). */
  participants: 'participants',
} as const;

export const PHONE = {
  /** Y.Map: claim (ClaimRequest | null). */
  map: 'phone',
  /** Y.Map focusAreaId → PhoneAnswer. */
  answers: 'answers',
} as const;

/** What the server tells the facilitator when it connects (a stateless message). */
export interface ServerHello {
  type: 'server';
  /** The addresses phones can open (LAN addresses, or the public address set for the server). */
  phoneBases: string[];
  maxPhones: number;
}

/** Close codes the room server uses, with the words a phone shows. */
export const CLOSE = {
  tooMany: { code: 4429, reason: 'Too many messages from this device: the room stopped listening to it for a moment.' },
  tooBig: { code: 1009, reason: 'This device sent a message larger than the room accepts.' },
  malformed: { code: 4400, reason: 'This device sent a message the room could not read.' },
  closed: { code: 4410, reason: 'The facilitator closed this room.' },
} as const;

/** Reasons the server gives when it refuses a connection (sent to the client in words). */
export const REFUSED = {
  notARoom: 'That is not the address of a room.',
  badKey: 'The key in this link does not open this room. Scan the QR code again.',
  noKey: 'This link has no room key. Scan the QR code again.',
  notYours: 'A phone can only change its own answer.',
  closed: 'The facilitator closed this room.',
  notOpen: 'This room is not open. Check the key in the link, or wait: the page keeps trying until the facilitator opens it.',
  full: 'This room is full.',
  serverFull: 'The room server has no space for another room.',
} as const;

export function boardName(roomId: string): string {
  return `room/${roomId}`;
}

export function phoneDocName(roomId: string, phoneId: string): string {
  return `room/${roomId}/${phoneId}`;
}

const DOC_NAME = /^room\/([0-9a-f]{32})(?:\/([0-9a-f]{32}))?$/;

/** The room and phone a document name points to, or null when it is not a room document. */
export function parseDocName(name: string): { roomId: string; phoneId: string | null } | null {
  const m = DOC_NAME.exec(name);
  return m ? { roomId: m[1], phoneId: m[2] ?? null } : null;
}

/** Tokens: the facilitator proves it holds the room's secret; a phone proves the key and its own secret. */
export type RoomToken = { role: 'facilitator'; secret: string } | { role: 'phone'; key: string; secret: string };

export function encodeToken(t: RoomToken): string {
  return t.role === 'facilitator' ? JSON.stringify({ f: t.secret }) : JSON.stringify({ k: t.key, s: t.secret });
}

const SECRET = /^[0-9a-z]{26}$/;

export function decodeToken(raw: string): RoomToken | null {
  if (typeof raw !== 'string' || raw.length > MAX_TOKEN_CHARS) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).sort().join(',');
  if (keys === 'f' && typeof o.f === 'string' && SECRET.test(o.f)) return { role: 'facilitator', secret: o.f };
  if (keys === 'k,s' && typeof o.k === 'string' && typeof o.s === 'string' && SECRET.test(o.k) && SECRET.test(o.s)) {
    return { role: 'phone', key: o.k, secret: o.s };
  }
  return null;
}

/** A model number, or null for anything else (what a phone wrote is checked before it is used). */
export function modelChoice(v: unknown): ModelChoice | null {
  return v === 1 || v === 2 || v === 3 || v === 4 ? v : null;
}

export function readPhoneAnswer(v: unknown): PhoneAnswer | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const answer = { now: modelChoice(o.now), shouldBe: modelChoice(o.shouldBe) };
  return answer.now === null && answer.shouldBe === null ? null : answer;
}

export function readClaimRequest(v: unknown): ClaimRequest | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.memberId !== 'string' || o.memberId.length === 0 || o.memberId.length > 100) return null;
  if (typeof o.n !== 'number' || !Number.isInteger(o.n) || o.n < 1 || o.n > 1_000_000) return null;
  return { memberId: o.memberId, n: o.n };
}
