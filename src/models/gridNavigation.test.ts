import { describe, expect, it } from 'vitest';
import { modelInDirection } from './gridNavigation';

describe('the 2×2 and its arrow keys', () => {
  it('moves between neighbours without wrapping', () => {
    expect(modelInDirection(1, 'ArrowRight')).toBe(2);
    expect(modelInDirection(2, 'ArrowRight')).toBe(2);
    expect(modelInDirection(1, 'ArrowDown')).toBe(4);
    expect(modelInDirection(3, 'ArrowUp')).toBe(2);
    expect(modelInDirection(3, 'ArrowLeft')).toBe(4);
    expect(modelInDirection(4, 'ArrowUp')).toBe(1);
    expect(modelInDirection(4, 'Enter')).toBeNull();
  });
});
