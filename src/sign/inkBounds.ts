/**
 * Where the ink is on a signature canvas, so the kept image holds the
 * signature and not the empty space around it. Pure: works on RGBA pixels.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest box holding every pixel more opaque than `threshold`, or null when there is no ink. */
export function inkBounds(rgba: ArrayLike<number>, width: number, height: number, threshold = 16): Box | null {
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width * 4;
    for (let x = 0; x < width; x++) {
      if ((rgba[row + x * 4 + 3] ?? 0) > threshold) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  if (maxX < 0) return null;
  return { x: minX, y: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}

/** Grow a box by `pad` on every side, staying inside the canvas. */
export function padBox(box: Box, pad: number, width: number, height: number): Box {
  const x = Math.max(0, box.x - pad);
  const y = Math.max(0, box.y - pad);
  return { x, y, width: Math.min(width, box.x + box.width + pad) - x, height: Math.min(height, box.y + box.height + pad) - y };
}

/** The scale (at most 1) that makes a box fit within maxWidth × maxHeight. */
export function fitScale(box: Pick<Box, 'width' | 'height'>, maxWidth: number, maxHeight: number): number {
  return Math.min(1, maxWidth / box.width, maxHeight / box.height);
}
