/** Moving around the 2×2 with the arrow keys. */
import type { ModelNumber } from '../charter/DecisionModel';
import { gridCell, modelAtCell } from '../charter/grid';

/** The model an arrow key moves to from `n` (the grid does not wrap); null for other keys. */
export function modelInDirection(n: ModelNumber, key: string): ModelNumber | null {
  const { row, col } = gridCell(n);
  switch (key) {
    case 'ArrowLeft':
      return modelAtCell(row, 0);
    case 'ArrowRight':
      return modelAtCell(row, 1);
    case 'ArrowUp':
      return modelAtCell(0, col);
    case 'ArrowDown':
      return modelAtCell(1, col);
    default:
      return null;
  }
}
