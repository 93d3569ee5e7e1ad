/**
 * The line between the facilitator's window and the audience window: a
 * BroadcastChannel per charter, on the app's own origin (nothing leaves the
 * machine). The facilitator's window owns the state and sends it whole; the
 * audience window renders it and sends back the keys pressed on it.
 */
import type { AudienceContent } from './audienceContent';
import type { TimerState } from './timer';

/** Everything the audience window shows. */
export interface RoomSnapshot {
  content: AudienceContent;
  /** The timer the room sees; null when no timer has been started. */
  timer: TimerState | null;
  /** The agenda activity the timer belongs to (null with no timer). */
  activity: { title: string; minutes: number } | null;
  /** The projector shows nothing (the facilitator pressed B). */
  blank: boolean;
}

export type RoomCommand = 'next' | 'previous' | 'blank';

export type RoomMessage =
  | { type: 'state'; room: RoomSnapshot }
  | { type: 'hello'; id: string }
  | { type: 'goodbye'; from: 'audience'; id: string }
  | { type: 'goodbye'; from: 'presenter' }
  | { type: 'command'; command: RoomCommand };

const COMMANDS: readonly RoomCommand[] = ['next', 'previous', 'blank'];

export function channelName(charterId: string): string {
  return `same-playbook:room:${charterId}`;
}

/** Only well-formed messages are acted on. */
export function isRoomMessage(value: unknown): value is RoomMessage {
  if (!value || typeof value !== 'object') return false;
  const m = value as { type?: unknown; room?: unknown; from?: unknown; command?: unknown };
  switch (m.type) {
    case 'state':
      return !!m.room && typeof m.room === 'object' && 'content' in m.room && 'timer' in m.room;
    case 'hello':
      return typeof (m as { id?: unknown }).id === 'string';
    case 'goodbye':
      return m.from === 'presenter' || (m.from === 'audience' && typeof (m as { id?: unknown }).id === 'string');
    case 'command':
      return COMMANDS.includes(m.command as RoomCommand);
    default:
      return false;
  }
}

export interface RoomChannel {
  post(message: RoomMessage): void;
  close(): void;
  /** False where the browser has no BroadcastChannel. */
  readonly supported: boolean;
}

export function openRoomChannel(charterId: string, onMessage: (message: RoomMessage) => void): RoomChannel {
  if (typeof BroadcastChannel === 'undefined') {
    return { post() {}, close() {}, supported: false };
  }
  const channel = new BroadcastChannel(channelName(charterId));
  channel.onmessage = (e: MessageEvent) => {
    if (isRoomMessage(e.data)) onMessage(e.data);
  };
  let open = true;
  return {
    supported: true,
    post(message) {
      if (open) channel.postMessage(message);
    },
    close() {
      open = false;
      channel.close();
    },
  };
}

/** The address of the audience window for a charter. */
export function audienceUrl(charterId: string): string {
  return `./?audience=${encodeURIComponent(charterId)}`;
}

/** The charter an audience window shows, from its address; null for the normal app. */
export function audienceCharterId(search: string): string | null {
  const id = new URLSearchParams(search).get('audience');
  return id && id.trim() ? id : null;
}
