/**
 * The 2×2 of the four decision models, derived from DECISION_MODELS: rows ask who
 * sets the priorities, columns who controls the actions, district first. Every
 * grid in the app and the PDF is drawn from this one definition, and focus areas
 * are placed in its cells by one function.
 */
import { decisionFor, type Charter, type FocusArea } from './Charter';
import { modelFor, MODEL_NUMBERS, DECISION_MODELS, type ModelNumber, type Side } from './DecisionModel';
import { focusAreaName } from './names';

/** The order of the rows and of the columns: district, then school. */
export const GRID_SIDES: readonly [Side, Side] = ['district', 'school'];

const cap = (s: Side) => (s === 'district' ? 'District' : 'School');

export interface GridColumn {
  /** Who controls the actions in this column. */
  side: Side;
  label: string;
}

export interface GridRow {
  /** Who sets the priorities in this row. */
  side: Side;
  label: string;
  /** The models in this row, left (district controls actions) to right (school). */
  models: readonly [ModelNumber, ModelNumber];
}

export const GRID_COLUMNS: readonly GridColumn[] = GRID_SIDES.map((side) => ({ side, label: `${cap(side)} controls actions` }));

export const GRID_ROWS: readonly GridRow[] = GRID_SIDES.map((side) => ({
  side,
  label: `${cap(side)} sets priorities`,
  models: [modelFor(side, GRID_SIDES[0]).number, modelFor(side, GRID_SIDES[1]).number] as const,
}));

/** Where model `n` sits: row 0 = district sets priorities, column 0 = district controls actions. */
export function gridCell(n: ModelNumber): { row: 0 | 1; col: 0 | 1 } {
  const m = DECISION_MODELS[n];
  return {
    row: GRID_SIDES.indexOf(m.setsPriorities) as 0 | 1,
    col: GRID_SIDES.indexOf(m.controlsActions) as 0 | 1,
  };
}

/** The model at a row and column of the grid. */
export function modelAtCell(row: 0 | 1, col: 0 | 1): ModelNumber {
  return GRID_ROWS[row]!.models[col];
}

export interface PlacedFocusArea {
  focusArea: FocusArea;
  /** The name as shown (a placeholder when it has none). */
  name: string;
}

export interface FocusAreaPlacement {
  /** The focus areas whose agreed model is `n`, in the charter's order. */
  byModel: Record<ModelNumber, PlacedFocusArea[]>;
  /** Focus areas with no agreed model yet. */
  undecided: PlacedFocusArea[];
}

/** Each focus area in the cell of the model the team agreed for it. */
export function placeFocusAreas(charter: Pick<Charter, 'focusAreas' | 'decisions'>): FocusAreaPlacement {
  const byModel = Object.fromEntries(MODEL_NUMBERS.map((n) => [n, [] as PlacedFocusArea[]])) as Record<ModelNumber, PlacedFocusArea[]>;
  const undecided: PlacedFocusArea[] = [];
  for (const f of charter.focusAreas) {
    const model = decisionFor(charter as Charter, f.id)?.model ?? null;
    const placed = { focusArea: f, name: focusAreaName(f) };
    if (model) byModel[model].push(placed);
    else undecided.push(placed);
  }
  return { byModel, undecided };
}
