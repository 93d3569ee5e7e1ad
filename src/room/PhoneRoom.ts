/**
 * A phone in the room: reads the board, writes its own answer. Runs in the phone
 * page and, for tests and the benchmark, in Node. No Svelte, no crypto.subtle, no
 * crypto.randomUUID (the phone page is served from a plain http:// address).
 */
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import {
  BOARD,
  PHONE,
  REFUSED,
  boardName,
  encodeToken,
  modelChoice,
  phoneDocName,
  readClaimRequest,
  readPhoneAnswer,
  type AskedArea,
  type ClaimRequest,
  type ModelChoice,
  type ModelName,
  type PhoneAnswer,
  type RoomMode,
  type RoomResult,
  type RoomStatus,
} from './roomProtocol';
import { phoneIdFor, roomIdFor } from './roomKeys';
import { keepAlive, openRoomSocket, type Connection, type SocketOptions } from './roomSocket';

export interface PhoneView {
  connection: Connection;
  /** The server refused this phone, in words (wrong key, closed, full…). Final. */
  refused: string | null;
  /** A passing problem, in words (e.g. too many messages). */
  problem: string | null;
  /** The board has arrived from the server (before that, nothing is known). */
  ready: boolean;
  status: RoomStatus | null;
  mode: RoomMode | null;
  title: string;
  asked: AskedArea | null;
  team: Array<{ id: string; name: string; taken: boolean }>;
  /** The name this phone holds (named mode), or null. */
  myName: { id: string; name: string } | null;
  /** The name this phone asked for and has not got yet. */
  waitingFor: string | null;
  /** The facilitator released this phone's name. */
  released: boolean;
  answer: PhoneAnswer;
  result: RoomResult | null;
  /** The models' names, index 0 is model 1. */
  models: ModelName[];
}

export interface PhoneRoomOptions extends SocketOptions {
  key: string;
  secret: string;
  /** This phone's document as saved before (so a reload or a restarted server loses nothing). */
  saved?: Uint8Array | null;
  onChange?: (view: PhoneView) => void;
  /** Called with this phone's document whenever it changes, to save it. */
  save?: (update: Uint8Array) => void;
}

const EMPTY: PhoneAnswer = { now: null, shouldBe: null };

export class PhoneRoom {
  readonly roomId: string;
  readonly phoneId: string;
  readonly board = new Y.Doc();
  readonly mine = new Y.Doc();
  socket!: HocuspocusProviderWebsocket;
  #boardProvider!: HocuspocusProvider;
  #mineProvider!: HocuspocusProvider;
  #retry: ReturnType<typeof setTimeout> | null = null;
  #connection: Connection = 'connecting';
  #everConnected = false;
  #refused: string | null = null;
  #closedWhileIn = false;
  #problem: string | null = null;
  #ready = false;
  #destroyed = false;

  constructor(private readonly opts: PhoneRoomOptions) {
    this.roomId = roomIdFor(opts.key);
    this.phoneId = phoneIdFor(this.roomId, opts.secret);
    if (opts.saved) {
      try {
        Y.applyUpdate(this.mine, opts.saved);
      } catch {
        // A damaged saved copy is dropped; the server's copy comes back on sync.
      }
    }
    this.#connect();
    this.board.on('update', () => {
      if (this.status === 'closed') this.#finish();
      this.#emit();
    });
    this.mine.on('update', () => {
      opts.save?.(Y.encodeStateAsUpdate(this.mine));
      this.#emit();
    });
  }

  #connect() {
    const opts = this.opts;
    this.socket = openRoomSocket(opts);
    const token = encodeToken({ role: 'phone', key: opts.key, secret: opts.secret });
    const common = {
      websocketProvider: this.socket,
      token,
      awareness: null,
      onAuthenticationFailed: ({ reason }: { reason: string }) => this.#refuse(reason),
      onClose: ({ event }: { event: { reason?: string } }) => {
        if (event.reason) this.#problem = event.reason;
        this.#emit();
      },
    };
    this.#boardProvider = new HocuspocusProvider({
      ...common,
      name: boardName(this.roomId),
      document: this.board,
      onSynced: () => {
        if (this.#problem === REFUSED.notOpen) this.#problem = null;
        this.#ready = true;
        this.#emit();
      },
    });
    this.#mineProvider = new HocuspocusProvider({ ...common, name: phoneDocName(this.roomId, this.phoneId), document: this.mine });
    // Providers sharing one socket are attached by hand.
    this.#boardProvider.attach();
    this.#mineProvider.attach();
    this.#stopKeepAlive = keepAlive(this.#boardProvider);
    this.socket.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') {
        this.#everConnected = true;
        this.#connection = 'connected';
        if (this.#problem !== REFUSED.notOpen) this.#problem = null;
      } else this.#connection = this.#everConnected ? 'reconnecting' : 'connecting';
      this.#emit();
    });
    this.socket.on('close', ({ event }: { event: { code?: number; reason?: string } }) => {
      if (event?.reason) this.#problem = event.reason;
      this.#emit();
    });
  }

  #stopKeepAlive: () => void = () => {};

  #disconnect() {
    this.#stopKeepAlive();
    this.#boardProvider.destroy();
    this.#mineProvider.destroy();
    this.socket.destroy();
  }

  get status(): RoomStatus | null {
    if (this.#closedWhileIn) return 'closed';
    const s = this.board.getMap(BOARD.map).get('status');
    return s === 'open' || s === 'closed' ? s : null;
  }

  #refuse(reason: string) {
    if (reason === REFUSED.notOpen) {
      // Not open (yet, or again after a server restart): say so, and try again shortly.
      this.#problem = reason;
      this.#emit();
      if (this.#retry || this.#destroyed) return;
      this.#retry = setTimeout(() => {
        this.#retry = null;
        if (this.#destroyed) return;
        this.#disconnect();
        this.#connect();
      }, 2000);
      return;
    }
    if (reason === REFUSED.closed && this.status !== null) {
      // The room closed while this phone was in it: the server's goodbye can arrive before the board
      // says "closed", and the phone then shows the room as closed, not as a room it cannot join.
      this.#closedWhileIn = true;
      this.#finish();
      this.#emit();
      return;
    }
    this.#refused = reason || 'The room refused this phone.';
    this.#finish();
    this.#emit();
  }

  /** Stop talking to the server (a closed room, or a refusal). The page keeps showing what it knows. */
  #finish() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    if (this.#retry) clearTimeout(this.#retry);
    queueMicrotask(() => this.#disconnect());
  }

  destroy(): void {
    this.#finish();
  }

  #emitting = false;
  /** Changes that arrive together are told once. */
  #emit() {
    if (this.#emitting || !this.opts.onChange) return;
    this.#emitting = true;
    queueMicrotask(() => {
      this.#emitting = false;
      this.opts.onChange?.(this.view());
    });
  }

  myClaim(): ClaimRequest | null {
    return readClaimRequest(this.mine.getMap(PHONE.map).get('claim'));
  }

  myAnswer(focusAreaId: string): PhoneAnswer {
    return readPhoneAnswer(this.mine.getMap(PHONE.answers).get(focusAreaId)) ?? EMPTY;
  }

  view(): PhoneView {
    const b = this.board.getMap(BOARD.map);
    const mode = b.get('mode') === 'named' || b.get('mode') === 'anonymous' ? (b.get('mode') as RoomMode) : null;
    const claims = this.board.getMap<string>(BOARD.claims);
    const rawTeam = b.get('team');
    const team = (Array.isArray(rawTeam) ? rawTeam : [])
      .filter((m): m is { id: string; name: string } => !!m && typeof m.id === 'string' && typeof m.name === 'string')
      .map((m) => ({ id: m.id, name: m.name, taken: claims.has(m.id) && claims.get(m.id) !== this.phoneId }));
    const heldId = [...claims.entries()].find(([, p]) => p === this.phoneId)?.[0] ?? null;
    const held = heldId ? (team.find((m) => m.id === heldId) ?? null) : null;
    const claim = this.myClaim();
    const releasedN = this.board.getMap<number>(BOARD.released).get(this.phoneId) ?? 0;
    const released = !!claim && releasedN >= claim.n;
    const rawAsked = b.get('asked') as AskedArea | undefined;
    const asked = rawAsked && typeof rawAsked.id === 'string' ? { id: rawAsked.id, name: String(rawAsked.name ?? ''), scope: String(rawAsked.scope ?? '') } : null;
    const rawResult = asked ? (this.board.getMap(BOARD.results).get(asked.id) as RoomResult | undefined) : undefined;
    const rawModels = b.get('models');
    const models = ([1, 2, 3, 4] as const).map((n) => {
      const m = Array.isArray(rawModels) ? (rawModels as ModelName[]).find((x) => x?.number === n) : undefined;
      return { number: n, name: typeof m?.name === 'string' ? m.name : `Model ${n}`, short: typeof m?.short === 'string' ? m.short : '' };
    });
    return {
      connection: this.#connection,
      refused: this.#refused,
      problem: this.#problem,
      ready: this.#ready || this.status !== null,
      status: this.status,
      mode,
      title: typeof b.get('title') === 'string' ? (b.get('title') as string) : '',
      asked,
      team,
      myName: held ? { id: held.id, name: held.name } : null,
      waitingFor: !held && claim && !released ? (team.find((m) => m.id === claim.memberId)?.name ?? null) : null,
      released,
      answer: asked ? this.myAnswer(asked.id) : EMPTY,
      result: rawResult && Array.isArray(rawResult.now) ? rawResult : null,
      models,
    };
  }

  /** Ask for a name from the team list (named mode). */
  claim(memberId: string): void {
    const n = (this.myClaim()?.n ?? 0) + 1;
    this.mine.getMap(PHONE.map).set('claim', { memberId, n });
  }

  /** Give (or change) one view for a focus area. Refused once the room's views are revealed. */
  answer(focusAreaId: string, field: 'now' | 'shouldBe', model: ModelChoice): boolean {
    if (this.board.getMap(BOARD.results).has(focusAreaId) || this.status !== 'open') return false;
    const m = modelChoice(model);
    if (!m) return false;
    const next = { ...this.myAnswer(focusAreaId), [field]: m };
    this.mine.getMap(PHONE.answers).set(focusAreaId, next);
    return true;
  }
}
