/**
 * The facilitator's open room for one charter, kept while the facilitator moves
 * between stages and reopened after a reload (its secret and the board are kept
 * in this browser's localStorage until the room is closed). Wraps FacilitatorRoom
 * in Svelte state for the room panel and the presenter panel.
 */
import type { Charter } from '../charter/Charter';
// The room's own code (Yjs and the socket, ~110 kB) loads only when a room is opened or picked up again.
import type { FacilitatorRoom, FacilitatorView } from './FacilitatorRoom';
import { answeredLine } from './roomAnswers';
import { randomSecret, phoneAddress } from './roomKeys';
import type { AskedArea, RoomMode } from './roomProtocol';
import { publishInvite } from './inviteChannel';

const PREFIX = 'same-playbook:room-host:';

interface Kept {
  secret: string;
  board: string | null;
  onScreen: boolean;
  base: string | null;
}

function keep(charterId: string, k: Kept | null) {
  try {
    if (k) localStorage.setItem(PREFIX + charterId, JSON.stringify(k));
    else localStorage.removeItem(PREFIX + charterId);
  } catch {
    /* a reload then forgets the room; it can be opened again */
  }
}

function kept(charterId: string): Kept | null {
  try {
    const v = JSON.parse(localStorage.getItem(PREFIX + charterId) ?? 'null') as Kept | null;
    return v && typeof v.secret === 'string' ? v : null;
  } catch {
    return null;
  }
}

const b64 = (u: Uint8Array) => btoa(Array.from(u, (c) => String.fromCharCode(c)).join(''));
const unb64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

export function askedArea(charter: Charter, focusAreaId: string | null): AskedArea | null {
  const f = charter.focusAreas.find((x) => x.id === focusAreaId);
  return f ? { id: f.id, name: f.name || 'This focus area', scope: f.scope } : null;
}

export class HostedRoom {
  view: FacilitatorView | null = $state(null);
  onScreen = $state(true);
  /** The phone address base the facilitator chose (when the server offers several). */
  base: string | null = $state(null);
  #room: FacilitatorRoom | null = $state.raw(null);
  /** While the room's code loads: the room is open (its panel waits for the view). */
  #opening = $state(false);
  /** Why the room did not open (its code could not be loaded), until it is opened again. */
  failure: string | null = $state(null);
  /** Moved on by each start, close and disconnect: a connection made for an earlier one is dropped. */
  #generation = 0;
  #saveTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(readonly charterId: string) {}

  get open(): boolean {
    return this.#room !== null || this.#opening;
  }

  get roomKey(): string | null {
    return this.#room?.roomKey ?? null;
  }

  /** Reopen the room kept from before a reload, if there is one. */
  resume(): void {
    if (this.open) return;
    const k = kept(this.charterId);
    if (!k) return;
    this.onScreen = k.onScreen;
    this.base = k.base;
    this.#connect(k.secret, k.board ? unb64(k.board) : null);
  }

  start(charter: Charter, mode: RoomMode, focusAreaId: string | null): void {
    if (this.open) return;
    const secret = randomSecret();
    this.onScreen = true;
    keep(this.charterId, { secret, board: null, onScreen: true, base: null });
    const opening = {
      mode,
      title: charter.title,
      team: charter.team.map((m) => ({ id: m.id, name: m.name || 'Unnamed' })),
      asked: askedArea(charter, focusAreaId),
    };
    void this.#connect(secret, null).then((room) => room?.open(opening));
  }

  async #connect(secret: string, saved: Uint8Array | null): Promise<FacilitatorRoom | null> {
    const generation = ++this.#generation;
    this.#opening = true;
    this.failure = null;
    let loaded: [typeof import('./FacilitatorRoom'), typeof import('./roomSocket')];
    try {
      loaded = await Promise.all([import('./FacilitatorRoom'), import('./roomSocket')]);
    } catch {
      // The code could not be loaded (the connection dropped before it was cached, or a new version replaced
      // it): the room stays closed, says so in plain words, and can be opened again.
      if (generation === this.#generation) {
        this.#opening = false;
        this.failure = 'The room could not be opened: part of the app did not load. Check the connection, then open the room again.';
      }
      return null;
    }
    if (generation !== this.#generation) return null;
    this.#opening = false;
    const [{ FacilitatorRoom }, { sameOriginSocketUrl }] = loaded;
    const room = new FacilitatorRoom({
      url: sameOriginSocketUrl(location),
      secret,
      saved,
      save: (update) => {
        // Saved shortly after each change (the board is small).
        if (this.#saveTimer) clearTimeout(this.#saveTimer);
        this.#saveTimer = setTimeout(() => this.#persist(update), 150);
      },
      onChange: (v) => {
        this.view = v;
        this.#publish();
      },
    });
    this.#room = room;
    this.view = room.view();
    return room;
  }

  #persist(update?: Uint8Array) {
    const room = this.#room;
    if (!room) return;
    const k = kept(this.charterId);
    if (!k) return;
    keep(this.charterId, { ...k, board: update ? b64(update) : k.board, onScreen: this.onScreen, base: this.base });
  }

  get bases(): string[] {
    return this.view?.phoneBases ?? [];
  }

  /** The address phones open (with the key in the fragment), once the server has said where phones reach it. */
  get address(): string | null {
    const room = this.#room;
    const bases = this.bases;
    if (!room || !bases.length) return null;
    const base = this.base && bases.includes(this.base) ? this.base : bases[0];
    return phoneAddress(base, room.roomKey);
  }

  progress(charter: Charter): { line: string; answered: Set<string> } {
    const room = this.#room;
    const asked = this.view?.asked;
    if (!room || !asked) return { line: '', answered: new Set() };
    const a = room.answered(asked.id);
    const of = this.view?.mode === 'named' ? charter.team.length : (this.view?.joined ?? 0);
    return { line: answeredLine(a.count, of), answered: a.memberIds };
  }

  #lastInvite = '';
  /** Tell the audience screen what to show (only the address; never names or answers). */
  #publish(progressLine?: string) {
    const address = this.address;
    const asked = this.view?.asked;
    const show = this.#room && this.onScreen && address && this.view?.status === 'open';
    const invite = show
      ? {
          charterId: this.charterId,
          address: address!,
          shortAddress: address!.replace(/^https?:\/\//, ''),
          areaName: asked?.name ?? '',
          progress: progressLine ?? '',
        }
      : null;
    const json = JSON.stringify(invite);
    if (json === this.#lastInvite) return;
    this.#lastInvite = json;
    publishInvite(invite);
  }

  /** Keep the board and the projector in step with the charter (names, title, answered count). */
  sync(charter: Charter): void {
    this.#room?.update({ title: charter.title, team: charter.team.map((m) => ({ id: m.id, name: m.name || 'Unnamed' })) });
    this.#publish(this.progress(charter).line);
  }

  setOnScreen(on: boolean, charter: Charter): void {
    this.onScreen = on;
    this.#persist();
    this.#lastInvite = '';
    this.#publish(this.progress(charter).line);
  }

  setBase(base: string, charter: Charter): void {
    this.base = base;
    this.#persist();
    this.#publish(this.progress(charter).line);
  }

  ask(charter: Charter, focusAreaId: string): void {
    this.#room?.ask(askedArea(charter, focusAreaId));
  }

  release(memberId: string): void {
    this.#room?.release(memberId);
  }

  reveal(charter: Charter): void {
    const asked = this.view?.asked;
    if (!this.#room || !asked) return;
    this.#room.reveal(charter, asked.id);
  }

  /** End the room for every phone, and forget it here. */
  close(): void {
    const room = this.#room;
    if (!room) {
      // Closed while its code was still loading: it never opens.
      if (this.#opening) {
        this.#generation++;
        this.#opening = false;
        keep(this.charterId, null);
      }
      return;
    }
    room.close();
    // Give the closing a moment to reach the server before letting go.
    setTimeout(() => room.destroy(), 1500);
    this.#room = null;
    this.view = null;
    keep(this.charterId, null);
    this.#lastInvite = '';
    publishInvite(null);
  }

  /** Stop talking to the server without closing the room (the room can be picked up again). */
  disconnect(): void {
    this.#generation++;
    this.#opening = false;
    this.#room?.destroy();
    this.#room = null;
    this.view = null;
  }
}

const rooms = new Map<string, HostedRoom>();

/** The room for a charter: one per charter in this window, whatever component shows it. */
export function hostedRoom(charterId: string): HostedRoom {
  let r = rooms.get(charterId);
  if (!r) {
    r = new HostedRoom(charterId);
    rooms.set(charterId, r);
  }
  r.resume();
  return r;
}
