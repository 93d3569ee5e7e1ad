import { describe, expect, it } from 'vitest';
import { DECISION_MODELS } from '../charter/DecisionModel';
import { GRID_ROWS, modelInDirection } from './gridNavigation';

describe('the 2×2 and its arrow keys', () => {
  it('puts the district-priority models on the top row and district-action models on the left', () => {
    for (const row of GRID_ROWS) {
      expect(row.models.map((n) => DECISION_MODELS[n].setsPriorities)).toEqual([row.side, row.side]);
      expect(row.models.map((n) => DECISION_MODELS[n].controlsActions)).toEqual(['district', 'school']);
    }
  });

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
