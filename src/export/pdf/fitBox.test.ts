import { describe, expect, it } from 'vitest';
import { fitBox } from './layout';

describe('fitBox (a drawn signature on its line)', () => {
  it('keeps the ink’s proportions and fills the box on one side', () => {
    expect(fitBox(900, 300, 300, 40)).toEqual({ width: 120, height: 40 });
    const wide = fitBox(900, 100, 300, 40);
    expect(wide.width).toBe(300);
    expect(wide.height).toBeCloseTo(100 / 3, 9);
  });

  it('never runs past the box, however odd the image', () => {
    for (const [w, h] of [[1, 1000], [1000, 1], [37, 13], [4000, 4000]] as const) {
      const box = fitBox(w, h, 300, 40);
      expect(box.width).toBeLessThanOrEqual(300 + 1e-9);
      expect(box.height).toBeLessThanOrEqual(40 + 1e-9);
      expect(box.width / box.height).toBeCloseTo(w / h, 6);
    }
  });

  it('draws nothing for an image with no size', () => {
    expect(fitBox(0, 10, 300, 40)).toEqual({ width: 0, height: 0 });
    expect(fitBox(Number.NaN, 10, 300, 40)).toEqual({ width: 0, height: 0 });
  });
});
