/**
 * The app's Content-Security-Policy: nothing but its own origin, no inline
 * script, no eval. The build puts it in every page's <meta> (vite.config.ts) and
 * the room server also sends it as a header. `connect-src 'self'` covers the room
 * socket: under CSP Level 3, 'self' matches ws: and wss: on the page's own host
 * and port (checked in Chromium by tests/e2e/room.e2e.ts), so no other origin is
 * ever allowed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
