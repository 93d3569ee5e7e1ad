/**
 * One socket to the room server, shared by a client's documents (Hocuspocus
 * multiplexes them). It reconnects on its own, quickly, for ever: a phone that
 * sleeps or loses wifi, or a server that restarts, is picked up again.
 */
import { HocuspocusProviderWebsocket, type HocuspocusProvider } from '@hocuspocus/provider';
import { ROOM_SOCKET_PATH } from './roomProtocol';

export interface SocketOptions {
  /** ws:// or wss:// address of the room socket. */
  url: string;
  /** In Node (tests, benchmark): the `ws` package's WebSocket. */
  WebSocketPolyfill?: unknown;
}

/** The room socket on the page's own origin (the room server serves the app and the socket together). */
export function sameOriginSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${ROOM_SOCKET_PATH}`;
}

export function openRoomSocket(opts: SocketOptions): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url: opts.url,
    ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill } : {}),
    delay: 400,
    minDelay: 300,
    factor: 1.5,
    maxDelay: 3000,
    maxAttempts: 0,
    jitter: true,
    // Without awareness nothing arrives on a quiet room; the documents ask for a sync every 10 s instead.
    messageReconnectTimeout: 25_000,
  });
}

export type Connection = 'connecting' | 'connected' | 'reconnecting';

/**
 * Ask for a sync every ~10 s so a quiet connection still hears from the server
 * (and a dead one is noticed). Started at a random moment, so a room full of
 * phones that joined together does not ask all at once.
 */
export function keepAlive(provider: HocuspocusProvider, everyMs = 10_000): () => void {
  let interval: ReturnType<typeof setInterval> | null = null;
  const start = setTimeout(() => {
    interval = setInterval(() => provider.forceSync(), everyMs);
  }, Math.random() * everyMs);
  return () => {
    clearTimeout(start);
    if (interval) clearInterval(interval);
  };
}
