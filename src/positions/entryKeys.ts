/**
 * The facilitator's keys for entering views person by person, as a pure
 * function: the grid has one row per person and two columns, "now" and
 * "should be". Press 1–4 to record a model; the cursor then moves on
 * (now → should be → the next person's now), so a whole room is typed as
 * pairs of digits.
 */
import type { ModelNumber } from '../charter/DecisionModel';

export type Column = 'now' | 'shouldBe';

export interface Cursor {
  row: number;
  col: Column;
}

export type KeyAction =
  | { kind: 'move'; to: Cursor }
  | { kind: 'record'; at: Cursor; model: ModelNumber; then: Cursor }
  | { kind: 'clear'; at: Cursor }
  | { kind: 'none' };

/** The keys, as the stage lists them on screen. */
export const ENTRY_KEYS: ReadonlyArray<[keys: string, does: string]> = [
  ['1 – 4', 'record that model, then move on'],
  ['↑ ↓', 'choose a person (or type the first letter of a name)'],
  ['← →', 'switch between now and should be'],
  ['Delete', 'clear the view under the cursor'],
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase();

/** After recording at `c`: now → should be; should be → the next person's now (the last stays put). */
export function advance(c: Cursor, rows: number): Cursor {
  if (c.col === 'now') return { row: c.row, col: 'shouldBe' };
  return c.row + 1 < rows ? { row: c.row + 1, col: 'now' } : c;
}

/**
 * What a key does at the cursor. `names` are the people's names, row by row,
 * for jumping to a person by the first letter of their name.
 */
export function keyAction(key: string, c: Cursor, names: readonly string[], modifiers = false): KeyAction {
  const rows = names.length;
  if (rows === 0 || modifiers) return { kind: 'none' };
  if (/^[1-4]$/.test(key)) return { kind: 'record', at: c, model: Number(key) as ModelNumber, then: advance(c, rows) };
  switch (key) {
    case 'ArrowUp':
      return { kind: 'move', to: { ...c, row: Math.max(0, c.row - 1) } };
    case 'ArrowDown':
      return { kind: 'move', to: { ...c, row: Math.min(rows - 1, c.row + 1) } };
    case 'ArrowLeft':
      return { kind: 'move', to: { ...c, col: 'now' } };
    case 'ArrowRight':
      return { kind: 'move', to: { ...c, col: 'shouldBe' } };
    case 'Home':
      return { kind: 'move', to: { row: 0, col: 'now' } };
    case 'End':
      return { kind: 'move', to: { row: rows - 1, col: c.col } };
    case 'Delete':
    case 'Backspace':
    case '0':
      return { kind: 'clear', at: c };
  }
  // A letter jumps to the next person whose name starts with it, going round.
  if ([...key].length === 1 && /\p{L}/u.test(key)) {
    const letter = fold(key);
    for (let step = 1; step <= rows; step++) {
      const row = (c.row + step) % rows;
      if (fold(names[row].trim()).startsWith(letter)) return { kind: 'move', to: { row, col: 'now' } };
    }
  }
  return { kind: 'none' };
}
