/**
 * The facilitator's side of a room: writes the board (mode, the focus area asked
 * about, names granted), follows each phone's answer, and at the reveal writes
 * the answers into the charter. Plain TypeScript: the app wraps it in
 * facilitatorRooms.svelte.ts; tests and the benchmark drive it from Node.
 */
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Charter } from '../charter/Charter';
import { DECISION_MODELS, MODEL_NUMBERS } from '../charter/DecisionModel';
import { applyRoomAnswers, claimChanges, countedAnswers, isComplete, roomResult, type PhoneState } from './roomAnswers';
import {
  BOARD,
  PHONE,
  boardName,
  encodeToken,
  phoneDocName,
  readClaimRequest,
  readPhoneAnswer,
  type AskedArea,
  type PhoneAnswer,
  type RoomMode,
  type RoomStatus,
  type ServerHello,
} from './roomProtocol';
import { roomIdFor, roomKeyFor } from './roomKeys';
import { keepAlive, openRoomSocket, type Connection, type SocketOptions } from './roomSocket';

export interface RoomSettings {
  mode: RoomMode;
  title: string;
  team: Array<{ id: string; name: string }>;
  asked: AskedArea | null;
}

export interface FacilitatorView {
  connection: Connection;
  /** No room server answered (the app is served without one). */
  unreachable: boolean;
  refused: string | null;
  status: RoomStatus | null;
  mode: RoomMode | null;
  asked: AskedArea | null;
  phoneBases: string[];
  maxPhones: number | null;
  /** Phones that joined. */
  joined: number;
  phones: PhoneState[];
  /** memberId → phoneId */
  claims: Map<string, string>;
  /** focusAreaIds the room has revealed. */
  revealed: string[];
}

export interface FacilitatorRoomOptions extends SocketOptions {
  secret: string;
  saved?: Uint8Array | null;
  save?: (update: Uint8Array) => void;
  onChange?: (view: FacilitatorView) => void;
  /** How long to wait for a first connection before saying no server answers. */
  unreachableAfterMs?: number;
}

export class FacilitatorRoom {
  readonly roomKey: string;
  readonly roomId: string;
  readonly board = new Y.Doc();
  readonly socket: HocuspocusProviderWebsocket;
  #boardProvider: HocuspocusProvider;
  #phones = new Map<string, { doc: Y.Doc; provider: HocuspocusProvider }>();
  #connection: Connection = 'connecting';
  #everConnected = false;
  #unreachable = false;
  #refused: string | null = null;
  #hello: ServerHello | null = null;
  #timer: ReturnType<typeof setTimeout>;
  #destroyed = false;
  #token: string;
  #stopKeepAlive: () => void;

  constructor(private readonly opts: FacilitatorRoomOptions) {
    this.roomKey = roomKeyFor(opts.secret);
    this.roomId = roomIdFor(this.roomKey);
    this.#token = encodeToken({ role: 'facilitator', secret: opts.secret });
    if (opts.saved) {
      try {
        Y.applyUpdate(this.board, opts.saved);
      } catch {
        // A damaged copy is dropped: the server's copy, or a fresh board, takes its place.
      }
    }
    this.socket = openRoomSocket(opts);
    this.#boardProvider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: boardName(this.roomId),
      document: this.board,
      token: this.#token,
      awareness: null,
      onAuthenticationFailed: ({ reason }) => {
        this.#refused = reason || 'The room server refused this room.';
        this.#emit();
      },
      onStateless: ({ payload }) => {
        try {
          const m = JSON.parse(payload) as ServerHello;
          if (m?.type === 'server' && Array.isArray(m.phoneBases)) this.#hello = m;
        } catch {
          /* not for us */
        }
        this.#emit();
      },
    });
    this.#boardProvider.attach();
    this.#stopKeepAlive = keepAlive(this.#boardProvider);
    this.socket.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') {
        this.#everConnected = true;
        this.#unreachable = false;
        this.#connection = 'connected';
      } else this.#connection = this.#everConnected ? 'reconnecting' : 'connecting';
      this.#emit();
    });
    this.#timer = setTimeout(() => {
      if (!this.#everConnected) {
        this.#unreachable = true;
        this.#emit();
      }
    }, opts.unreachableAfterMs ?? 5000);
    this.board.on('update', () => {
      this.#followPhones();
      this.#grantNames();
      opts.save?.(Y.encodeStateAsUpdate(this.board));
      this.#emit();
    });
    this.#followPhones();
  }

  #map() {
    return this.board.getMap(BOARD.map);
  }

  get status(): RoomStatus | null {
    const s = this.#map().get('status');
    return s === 'open' || s === 'closed' ? s : null;
  }

  get mode(): RoomMode | null {
    const m = this.#map().get('mode');
    return m === 'named' || m === 'anonymous' ? m : null;
  }

  /** Open the room (or, when it is open already, leave it as it is). */
  open(settings: RoomSettings): void {
    if (this.status) return;
    this.board.transact(() => {
      const m = this.#map();
      m.set('status', 'open');
      m.set('mode', settings.mode);
      m.set('title', settings.title);
      m.set('team', settings.mode === 'named' ? settings.team : []);
      m.set('asked', settings.asked);
      m.set('models', MODEL_NUMBERS.map((n) => ({ number: n, name: DECISION_MODELS[n].name, short: DECISION_MODELS[n].short })));
    });
  }

  /** Keep the names and the question in step with the charter. */
  update(settings: Pick<RoomSettings, 'title' | 'team'>): void {
    const m = this.#map();
    const team = this.mode === 'named' ? settings.team : [];
    const same = JSON.stringify(m.get('team')) === JSON.stringify(team) && m.get('title') === settings.title;
    if (same || this.status !== 'open') return;
    this.board.transact(() => {
      m.set('team', team);
      m.set('title', settings.title);
    });
  }

  ask(area: AskedArea | null): void {
    if (JSON.stringify(this.#map().get('asked')) === JSON.stringify(area)) return;
    this.#map().set('asked', area);
  }

  /** Free a name, so its owner (or whoever it really is) can pick again. */
  release(memberId: string): void {
    const claims = this.board.getMap<string>(BOARD.claims);
    const phoneId = claims.get(memberId);
    if (!phoneId) return;
    const n = this.#phoneState(phoneId)?.claim?.n ?? 0;
    this.board.transact(() => {
      claims.delete(memberId);
      this.board.getMap<number>(BOARD.released).set(phoneId, n);
    });
  }

  /** Write the room's answers for a focus area into the charter (as keyboard entry would) and show phones the counts. */
  reveal(charter: Charter, focusAreaId: string): void {
    const mode = this.mode;
    if (!mode) return;
    const answers = countedAnswers(mode, this.phones(), this.claims(), focusAreaId);
    applyRoomAnswers(charter, focusAreaId, mode, answers);
    this.board.getMap(BOARD.results).set(focusAreaId, roomResult(answers));
  }

  /** End the room for every phone. */
  close(): void {
    if (this.status === 'open') this.#map().set('status', 'closed');
  }

  claims(): Map<string, string> {
    return new Map(this.board.getMap<string>(BOARD.claims).entries());
  }

  #phoneState(phoneId: string): PhoneState | null {
    const p = this.#phones.get(phoneId);
    if (!p) return null;
    const answers: Record<string, PhoneAnswer> = {};
    p.doc.getMap(PHONE.answers).forEach((v, k) => {
      const a = readPhoneAnswer(v);
      if (a) answers[k] = a;
    });
    return { phoneId, claim: readClaimRequest(p.doc.getMap(PHONE.map).get('claim')), answers };
  }

  phones(): PhoneState[] {
    return [...this.#phones.keys()].map((id) => this.#phoneState(id)!).filter(Boolean);
  }

  /** How many have given both views on a focus area, and which names (named mode). */
  answered(focusAreaId: string): { count: number; memberIds: Set<string> } {
    const mode = this.mode ?? 'anonymous';
    const done = countedAnswers(mode, this.phones(), this.claims(), focusAreaId).filter((a) => isComplete(a.answer));
    return { count: done.length, memberIds: new Set(done.map((a) => a.memberId).filter((m): m is string => !!m)) };
  }

  #followPhones() {
    if (this.#destroyed) return;
    for (const phoneId of this.board.getMap(BOARD.participants).keys()) {
      if (this.#phones.has(phoneId) || !/^[0-9a-f]{32}$/.test(phoneId)) continue;
      const doc = new Y.Doc();
      const provider = new HocuspocusProvider({
        websocketProvider: this.socket,
        name: phoneDocName(this.roomId, phoneId),
        document: doc,
        token: this.#token,
        awareness: null,
      });
      provider.attach();
      this.#phones.set(phoneId, { doc, provider });
      doc.on('update', () => {
        this.#grantNames();
        this.#emit();
      });
    }
  }

  #grantNames() {
    if (this.mode !== 'named' || this.status !== 'open') return;
    const team = this.#map().get('team');
    const ids = new Set(Array.isArray(team) ? team.map((m: { id: string }) => m.id) : []);
    const released = new Map(this.board.getMap<number>(BOARD.released).entries());
    const changes = claimChanges(this.claims(), released, this.phones(), ids);
    if (!changes.grant.length && !changes.revoke.length) return;
    const claims = this.board.getMap<string>(BOARD.claims);
    this.board.transact(() => {
      for (const m of changes.revoke) claims.delete(m);
      for (const [m, p] of changes.grant) claims.set(m, p);
    });
  }

  view(): FacilitatorView {
    const rawAsked = this.#map().get('asked') as AskedArea | null | undefined;
    return {
      connection: this.#connection,
      unreachable: this.#unreachable,
      refused: this.#refused,
      status: this.status,
      mode: this.mode,
      asked: rawAsked ?? null,
      phoneBases: this.#hello?.phoneBases ?? [],
      maxPhones: this.#hello?.maxPhones ?? null,
      joined: this.board.getMap(BOARD.participants).size,
      phones: this.phones(),
      claims: this.claims(),
      revealed: [...this.board.getMap(BOARD.results).keys()],
    };
  }

  #emitting = false;
  /** Changes that arrive together are told once (after the current task's updates). */
  #emit() {
    if (this.#emitting || !this.opts.onChange) return;
    this.#emitting = true;
    queueMicrotask(() => {
      this.#emitting = false;
      if (!this.#destroyed) this.opts.onChange?.(this.view());
    });
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    clearTimeout(this.#timer);
    this.#stopKeepAlive();
    for (const p of this.#phones.values()) p.provider.destroy();
    this.#boardProvider.destroy();
    this.socket.destroy();
  }
}
