/**
 * The room server: the built app, its phone page and the room socket on one
 * origin. Rooms are Yjs documents held by Hocuspocus, in memory only (no
 * database extension: nothing is written to disk). Several processes share rooms
 * through Hocuspocus's Redis extension when `redis` is given.
 *
 * Who may do what is decided from the token alone (see src/room/roomKeys.ts):
 *  - the facilitator (holds the room's secret): writes the board, reads phones;
 *  - a phone (holds the room key and its own secret): reads the board, writes
 *    only its own document. Anything else is refused in words.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Document } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import { Redis as RedisClient } from 'ioredis';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  BOARD,
  CLOSE,
  DEFAULT_MAX_PHONES,
  MAX_MESSAGE_BYTES,
  PHONE_BURST,
  PHONE_RATE_PER_SECOND,
  REFUSED,
  ROOM_SOCKET_PATH,
  SOCKET_BURST,
  SOCKET_RATE_PER_SECOND,
  boardName,
  decodeToken,
  parseDocName,
  type ServerHello,
} from '../src/room/roomProtocol';
import { phoneIdFor, roomIdFor, roomKeyFor } from '../src/room/roomKeys';
import { TokenBucket } from './rateLimit';
import { serveStatic } from './staticFiles';

export interface RoomServerOptions {
  port: number;
  host?: string;
  /** The built app (vite build). */
  dist: string;
  /** Share rooms with other processes through this Redis. */
  redis?: { host: string; port: number; prefix?: string } | null;
  maxPhones?: number;
  maxRooms?: number;
  /** Addresses phones can open, e.g. http://<LAN address>:4180 (told to the facilitator). */
  phoneBases?: string[];
  /** Log refusals and errors (default true). */
  log?: boolean;
}

export interface RoomServer {
  port: number;
  hocuspocus: Hocuspocus;
  close(): Promise<void>;
}

/** What the server remembers about one socket (shared by the documents on it). */
interface SocketState {
  socket: WebSocket;
  bucket: TokenBucket;
  cut: boolean;
}

interface RoomContext {
  socketState: SocketState;
  role?: 'facilitator' | 'phone';
  roomId?: string;
  phoneId?: string;
  phoneBucket?: TokenBucket;
}

/** An error Hocuspocus passes to the client as the reason. */
function refuse(reason: string): Error & { reason: string } {
  return Object.assign(new Error(reason), { reason });
}

/** Rooms closed by their facilitator (kept for a day, so a phone arriving late is told). */
const CLOSED_FOR_MS = 24 * 60 * 60 * 1000;

export async function startRoomServer(opts: RoomServerOptions): Promise<RoomServer> {
  const maxPhones = opts.maxPhones ?? DEFAULT_MAX_PHONES;
  const maxRooms = opts.maxRooms ?? 500;
  const log = opts.log === false ? () => {} : (...args: unknown[]) => console.log(...args);
  const closedRooms = new Map<string, number>();
  const closing = new Set<string>();

  // Which rooms are open, across processes: a key per open room in Redis (the room id, nothing else).
  const redis = opts.redis ? new RedisClient(opts.redis.port, opts.redis.host, { lazyConnect: false, maxRetriesPerRequest: 2 }) : null;
  redis?.on('error', (e) => log(`redis: ${e.message}`));
  const openKey = (roomId: string) => `${opts.redis?.prefix ?? 'same-playbook'}:room-open:${roomId}`;
  const announced = new Set<string>();
  const announce = (roomId: string, open: boolean) => {
    if (open === announced.has(roomId)) return;
    if (open) announced.add(roomId);
    else announced.delete(roomId);
    if (redis) void (open ? redis.set(openKey(roomId), '1', 'EX', CLOSED_FOR_MS / 1000) : redis.del(openKey(roomId))).catch(() => {});
  };
  const isOpen = async (roomId: string) => {
    if (hocuspocus.documents.get(boardName(roomId))?.getMap(BOARD.map).get('status') === 'open') return true;
    if (!redis) return false;
    try {
      return (await redis.exists(openKey(roomId))) === 1;
    } catch {
      return false;
    }
  };

  const isClosed = (roomId: string, board: Document | undefined) => {
    const at = closedRooms.get(roomId);
    if (at !== undefined && Date.now() - at < CLOSED_FOR_MS) return true;
    return board?.getMap(BOARD.map).get('status') === 'closed';
  };

  const hocuspocus: Hocuspocus = new Hocuspocus({
    name: `room-${process.pid}`,
    quiet: true,
    timeout: 30_000,
    extensions: opts.redis ? [new Redis({ host: opts.redis.host, port: opts.redis.port, prefix: opts.redis.prefix ?? 'same-playbook' })] : [],

    async onAuthenticate({ token, documentName, connectionConfig }): Promise<Partial<RoomContext>> {
      const doc = parseDocName(documentName);
      if (!doc) throw refuse(REFUSED.notARoom);
      const t = decodeToken(token);
      if (!t) throw refuse(REFUSED.noKey);
      const boardDoc = hocuspocus.documents.get(boardName(doc.roomId));
      if (t.role === 'facilitator') {
        if (roomIdFor(roomKeyFor(t.secret)) !== doc.roomId) throw refuse(REFUSED.badKey);
        if (isClosed(doc.roomId, boardDoc)) throw refuse(REFUSED.closed);
        if (!doc.phoneId && !boardDoc) {
          const rooms = [...hocuspocus.documents.keys()].filter((n) => parseDocName(n)?.phoneId === null).length;
          if (rooms >= maxRooms) throw refuse(REFUSED.serverFull);
        }
        // The facilitator writes the board and only reads the phones.
        connectionConfig.readOnly = doc.phoneId !== null;
        return { role: 'facilitator', roomId: doc.roomId } satisfies Partial<RoomContext>;
      }
      if (roomIdFor(t.key) !== doc.roomId) throw refuse(REFUSED.badKey);
      const phoneId = phoneIdFor(doc.roomId, t.secret);
      if (doc.phoneId && doc.phoneId !== phoneId) {
        log(`refused: a phone tried to open another phone's answer in room ${doc.roomId.slice(0, 6)}…`);
        throw refuse(REFUSED.notYours);
      }
      if (isClosed(doc.roomId, boardDoc)) throw refuse(REFUSED.closed);
      if (!(await isOpen(doc.roomId))) throw refuse(REFUSED.notOpen);
      const participants = boardDoc?.getMap(BOARD.participants);
      if (participants && !participants.has(phoneId) && participants.size >= maxPhones) {
        throw refuse(`${REFUSED.full} It takes ${maxPhones} phones.`);
      }
      // A phone only reads the board, and writes its own document.
      connectionConfig.readOnly = doc.phoneId === null;
      return {
        role: 'phone',
        roomId: doc.roomId,
        phoneId,
        phoneBucket: new TokenBucket(PHONE_BURST, PHONE_RATE_PER_SECOND),
      } satisfies Partial<RoomContext>;
    },

    async connected({ documentName, context, connection }) {
      const ctx = context as RoomContext;
      const doc = parseDocName(documentName);
      if (!doc || doc.phoneId) return;
      if (ctx.role === 'facilitator') {
        const hello: ServerHello = { type: 'server', phoneBases: opts.phoneBases ?? [], maxPhones };
        connection.sendStateless(JSON.stringify(hello));
      } else if (ctx.role === 'phone' && ctx.phoneId) {
        // The facilitator learns of each phone from the board (a random id, nothing else).
        const board = hocuspocus.documents.get(documentName);
        const participants = board?.getMap(BOARD.participants);
        if (board && participants && !participants.has(ctx.phoneId)) {
          board.transact(() => participants.set(ctx.phoneId!, true));
        }
      }
    },

    async beforeHandleMessage({ context, documentName }) {
      const ctx = context as RoomContext;
      if (ctx.socketState?.cut) throw { ...CLOSE.tooMany };
      if (ctx.role === 'phone' && ctx.phoneBucket && parseDocName(documentName)?.phoneId && !ctx.phoneBucket.take()) {
        cut(ctx.socketState, documentName);
        throw { ...CLOSE.tooMany };
      }
      if (ctx.roomId && closing.has(ctx.roomId) && ctx.role === 'phone') throw { ...CLOSE.closed };
    },

    async onChange({ documentName, document }) {
      const doc = parseDocName(documentName);
      if (!doc || doc.phoneId) return;
      const status = document.getMap(BOARD.map).get('status');
      if (status === 'open') announce(doc.roomId, true);
      if (status !== 'closed' || closing.has(doc.roomId)) return;
      announce(doc.roomId, false);
      // The facilitator closed the room: tell every phone (the board already says so), then let go.
      closedRooms.set(doc.roomId, Date.now());
      closing.add(doc.roomId);
      for (const [at, id] of [...closedRooms].map(([id, t]) => [t, id] as const)) if (Date.now() - at > CLOSED_FOR_MS) closedRooms.delete(id);
      setTimeout(() => {
        for (const [name, d] of hocuspocus.documents) {
          if (parseDocName(name)?.roomId !== doc.roomId) continue;
          for (const c of d.getConnections()) c.close({ ...CLOSE.closed });
        }
        closing.delete(doc.roomId);
      }, 500);
      log(`room ${doc.roomId.slice(0, 6)}… closed by its facilitator`);
    },
  });

  function cut(state: SocketState | undefined, what: string) {
    if (!state || state.cut) return;
    state.cut = true;
    log(`refused: too many messages on one connection (${what.slice(0, 16)}…)`);
    state.socket.close(CLOSE.tooMany.code, CLOSE.tooMany.reason);
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  const server: Server = createServer((req, res) => serveStatic(opts.dist, req, res));

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://room.invalid');
    const origin = req.headers.origin;
    const sameOrigin = !origin || (() => {
      try {
        return new URL(origin).host === req.headers.host;
      } catch {
        return false;
      }
    })();
    if (url.pathname !== ROOM_SOCKET_PATH || !sameOrigin) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const state: SocketState = { socket: ws, bucket: new TokenBucket(SOCKET_BURST, SOCKET_RATE_PER_SECOND), cut: false };
      ws.on('error', (e) => log(`socket error: ${e.message}`));
      // Counted before Hocuspocus reads the message; a flood closes the socket with a reason.
      ws.prependListener('message', () => {
        if (!state.bucket.take()) cut(state, 'socket');
      });
      hocuspocus.handleConnection(ws, req, { socketState: state } satisfies RoomContext);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;

  return {
    port,
    hocuspocus,
    async close() {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await hocuspocus.closeConnections?.();
      redis?.disconnect();
      // Let extensions (Redis) disconnect.
      await (hocuspocus as unknown as { hooks(name: string, payload: object): Promise<unknown> }).hooks('onDestroy', { instance: hocuspocus }).catch(() => {});
    },
  };
}
