/**
 * A deterministic "hand-drawn" signature as a PNG data URL, for the example
 * charter files (the app itself gets its PNGs from the signature pad's canvas).
 * The ink is a looping cursive line shaped by the letters of the name, drawn
 * with round pen strokes onto a transparent background.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encode an RGBA image as PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Stamp a soft round pen tip of radius r at (x, y). */
function stamp(rgba: Uint8Array, width: number, height: number, x: number, y: number, r: number): void {
  for (let py = Math.floor(y - r - 1); py <= Math.ceil(y + r + 1); py++) {
    if (py < 0 || py >= height) continue;
    for (let px = Math.floor(x - r - 1); px <= Math.ceil(x + r + 1); px++) {
      if (px < 0 || px >= width) continue;
      const d = Math.hypot(px + 0.5 - x, py + 0.5 - y);
      const cover = Math.max(0, Math.min(1, r + 0.5 - d));
      if (cover === 0) continue;
      const i = (py * width + px) * 4;
      rgba[i] = 20;
      rgba[i + 1] = 24;
      rgba[i + 2] = 40;
      rgba[i + 3] = Math.max(rgba[i + 3]!, Math.round(cover * 255));
    }
  }
}

/** A PNG data URL of a made-up signature for `name`, the same every time. */
export function drawnSignature(name: string, width = 420, height = 120): string {
  const rgba = new Uint8Array(width * height * 4);
  const codes = Array.from(name.normalize('NFC')).map((ch) => ch.codePointAt(0) ?? 65);
  const letters = codes.slice(0, 14);
  const base = height * 0.62;
  const step = (width * 0.78) / Math.max(letters.length, 4);
  let prev: [number, number] | null = null;
  const line = (x: number, y: number, r: number) => {
    if (prev) {
      const [x0, y0] = prev;
      const n = Math.max(1, Math.ceil(Math.hypot(x - x0, y - y0) / 0.6));
      for (let k = 1; k <= n; k++) stamp(rgba, width, height, x0 + ((x - x0) * k) / n, y0 + ((y - y0) * k) / n, r);
    } else {
      stamp(rgba, width, height, x, y, r);
    }
    prev = [x, y];
  };
  // The name: one loop or hump per letter, taller for capitals.
  letters.forEach((code, i) => {
    const tall = code >= 65 && code <= 90 ? 1.6 : 1 + (code % 5) * 0.12;
    const loop = (code % 3) + 1;
    for (let t = 0; t <= 1; t += 0.02) {
      const a = t * Math.PI * 2;
      const x = 18 + i * step + t * step + Math.cos(a) * step * 0.28 * (loop === 1 ? 1 : 0.6) - step * 0.28;
      const y = base - Math.sin(a / (loop === 3 ? 2 : 1)) * 22 * tall + (i % 2) * 3;
      line(x, y, 1.4 + 0.5 * Math.sin(a));
    }
  });
  // The flourish underneath.
  prev = null;
  for (let t = 0; t <= 1; t += 0.01) {
    const x = 12 + t * width * 0.8;
    const y = height * 0.84 + Math.sin(t * Math.PI) * -8 + t * 4;
    line(x, y, 1.2 + t);
  }
  return `data:image/png;base64,${encodePng(width, height, rgba).toString('base64')}`;
}
