/**
 * The room server's files: the built app and its phone page, nothing else. Only
 * GET and HEAD; paths are resolved inside the build folder (no "..", no hidden
 * files, no folder listings).
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { PHONE_PAGE_PATH, PHONE_SHORT_PATH } from '../src/room/roomProtocol';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const COMMON_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

function plain(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** The file a URL path names inside `dist`, or null. */
export function resolveFile(dist: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path === '/' || path === '') path = '/index.html';
  if (path === PHONE_SHORT_PATH || path === `${PHONE_SHORT_PATH}/`) path = PHONE_PAGE_PATH;
  if (path.includes('\0') || path.split('/').some((part) => part.startsWith('.'))) return null;
  const file = normalize(join(dist, path));
  if (!file.startsWith(normalize(dist) + sep)) return null;
  if (!TYPES[extname(file)]) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export function serveStatic(dist: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    plain(res, 405, 'Only GET and HEAD.');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://room.invalid');
  const file = resolveFile(dist, url.pathname);
  if (!file) {
    plain(res, 404, 'Not found. This server serves Same Playbook, its phone page and the room socket, nothing else.');
    return;
  }
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    ...COMMON_HEADERS,
    'Content-Type': TYPES[extname(file)],
    'Content-Length': statSync(file).size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
