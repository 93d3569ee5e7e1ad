/** Moving around the 2×2 with the arrow keys. */
import type { ModelNumber, Side } from '../charter/DecisionModel';

/** The 2×2 row by row: who sets priorities, then the models left (district acts) to right (school acts). */
export const GRID_ROWS: ReadonlyArray<{ side: Side; models: readonly [ModelNumber, ModelNumber] }> = [
  { side: 'district', models: [1, 2] },
  { side: 'school', models: [4, 3] },
];

/** The model an arrow key moves to from `n` (the grid does not wrap); null for other keys. */
export function modelInDirection(n: ModelNumber, key: string): ModelNumber | null {
  const row = GRID_ROWS.findIndex((r) => r.models.includes(n));
  const col = GRID_ROWS[row].models.indexOf(n);
  switch (key) {
    case 'ArrowLeft':
      return GRID_ROWS[row].models[0];
    case 'ArrowRight':
      return GRID_ROWS[row].models[1];
    case 'ArrowUp':
      return GRID_ROWS[0].models[col];
    case 'ArrowDown':
      return GRID_ROWS[1].models[col];
    default:
      return null;
  }
}
