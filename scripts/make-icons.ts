/**
 * The app's install icons, drawn here without any tool or download: the 2×2 of
 * the four decision models on the app's navy, as PNG files in public/icons/.
 *   npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
const NAVY: RGBA = [0x1d, 0x35, 0x57, 255];
const LIGHT: RGBA = [0xf1, 0xfa, 0xee, 255];
const TEAL: RGBA = [0xa8, 0xda, 0xdc, 255];

/** Where the four squares sit, in a 32-unit box (as in favicon.svg). */
const SQUARES: Array<{ x: number; y: number; colour: RGBA }> = [
  { x: 6, y: 6, colour: LIGHT },
  { x: 17, y: 6, colour: TEAL },
  { x: 6, y: 17, colour: TEAL },
  { x: 17, y: 17, colour: LIGHT },
];

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    for (let x = 0; x < size; x++) {
      const p = pixel(x, y);
      raw.set(p, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/**
 * One icon. `inset` shrinks the 2×2 toward the centre (maskable icons keep their
 * content in the middle 80%); `rounded` cuts transparent corners.
 */
function icon(size: number, { inset = 0, rounded = true }: { inset?: number; rounded?: boolean } = {}): Buffer {
  const radius = rounded ? size * (6 / 32) : 0;
  const SS = 4; // 4×4 samples per pixel for smooth edges
  const scale = (size * (1 - 2 * inset)) / 32;
  const offset = size * inset;
  return png(size, (x, y) => {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const px = x + (sx + 0.5) / SS;
        const py = y + (sy + 0.5) / SS;
        // Outside the rounded corners: transparent.
        const cx = Math.min(Math.max(px, radius), size - radius);
        const cy = Math.min(Math.max(py, radius), size - radius);
        if (radius && (px - cx) ** 2 + (py - cy) ** 2 > radius ** 2) continue;
        const u = (px - offset) / scale;
        const v = (py - offset) / scale;
        const sq = SQUARES.find((s) => u >= s.x && u < s.x + 9 && v >= s.y && v < s.y + 9);
        const c = sq ? sq.colour : NAVY;
        for (let i = 0; i < 3; i++) acc[i] += c[i];
        acc[3] += 255;
      }
    }
    const n = SS * SS;
    const covered = acc[3] / 255;
    if (!covered) return [0, 0, 0, 0];
    return [Math.round(acc[0] / covered), Math.round(acc[1] / covered), Math.round(acc[2] / covered), Math.round(acc[3] / n)];
  });
}

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('icon-192.png', out), icon(192));
writeFileSync(new URL('icon-512.png', out), icon(512));
writeFileSync(new URL('maskable-512.png', out), icon(512, { inset: 0.12, rounded: false }));
writeFileSync(new URL('apple-touch-icon.png', out), icon(180, { rounded: false }));
console.log('icons written to public/icons/');
