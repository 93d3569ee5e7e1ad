import { describe, expect, it } from 'vitest';
import { fitScale, inkBounds, padBox } from './inkBounds';

/** A w×h RGBA canvas with ink (opaque pixels) at the given points. */
function canvas(w: number, h: number, ink: Array<[number, number, number?]>): Uint8ClampedArray {
  const px = new Uint8ClampedArray(w * h * 4);
  for (const [x, y, alpha = 255] of ink) px[(y * w + x) * 4 + 3] = alpha;
  return px;
}

describe('inkBounds', () => {
  it('finds nothing on an empty pad', () => {
    expect(inkBounds(canvas(20, 10, []), 20, 10)).toBeNull();
  });

  it('boxes every inked pixel, and only those', () => {
    expect(inkBounds(canvas(20, 10, [[3, 2], [15, 7], [9, 5]]), 20, 10)).toEqual({ x: 3, y: 2, width: 13, height: 6 });
    expect(inkBounds(canvas(20, 10, [[0, 0]]), 20, 10)).toEqual({ x: 0, y: 0, width: 1, height: 1 });
    expect(inkBounds(canvas(20, 10, [[19, 9]]), 20, 10)).toEqual({ x: 19, y: 9, width: 1, height: 1 });
  });

  it('ignores faint anti-aliasing dust below the threshold', () => {
    expect(inkBounds(canvas(20, 10, [[1, 1, 8], [5, 5]]), 20, 10)).toEqual({ x: 5, y: 5, width: 1, height: 1 });
  });
});

describe('padBox and fitScale', () => {
  it('pads a box without leaving the canvas', () => {
    expect(padBox({ x: 3, y: 2, width: 13, height: 6 }, 4, 20, 10)).toEqual({ x: 0, y: 0, width: 20, height: 10 });
    expect(padBox({ x: 8, y: 4, width: 2, height: 2 }, 2, 20, 10)).toEqual({ x: 6, y: 2, width: 6, height: 6 });
  });

  it('shrinks a big signature to the size limit and never enlarges a small one', () => {
    expect(fitScale({ width: 1800, height: 300 }, 900, 300)).toBe(0.5);
    expect(fitScale({ width: 600, height: 600 }, 900, 300)).toBe(0.5);
    expect(fitScale({ width: 100, height: 40 }, 900, 300)).toBe(1);
  });
});
