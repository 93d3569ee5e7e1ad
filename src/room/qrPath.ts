/**
 * A QR code as one SVG path, made here on the machine (qrcode-generator, no
 * network). Drawn with an attribute, not an inline style, so the CSP holds.
 */
import qrcode from 'qrcode-generator';

export interface QrShape {
  /** Modules per side, quiet zone included. */
  size: number;
  /** Path of the dark modules. */
  d: string;
}

const QUIET = 4;

export function qrPath(text: string): QrShape {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!qr.isDark(r, c)) continue;
      // Runs of dark modules on a row become one rectangle.
      let run = 1;
      while (c + run < n && qr.isDark(r, c + run)) run++;
      d += `M${c + QUIET} ${r + QUIET}h${run}v1h-${run}z`;
      c += run - 1;
    }
  }
  return { size: n + 2 * QUIET, d };
}
