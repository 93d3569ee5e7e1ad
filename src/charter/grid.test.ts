import { describe, expect, it } from 'vitest';
import { newCharter, newFocusArea } from './Charter';
import { DECISION_MODELS, MODEL_NUMBERS } from './DecisionModel';
import { GRID_COLUMNS, GRID_ROWS, gridCell, modelAtCell, placeFocusAreas } from './grid';

describe('the 2×2', () => {
  it('puts the district-priority models on the top row and district-action models on the left', () => {
    for (const row of GRID_ROWS) {
      expect(row.models.map((n) => DECISION_MODELS[n].setsPriorities)).toEqual([row.side, row.side]);
      expect(row.models.map((n) => DECISION_MODELS[n].controlsActions)).toEqual(GRID_COLUMNS.map((c) => c.side));
    }
    expect(GRID_ROWS.map((r) => r.models)).toEqual([
      [1, 2],
      [4, 3],
    ]);
    expect(GRID_ROWS.map((r) => r.label)).toEqual(['District sets priorities', 'School sets priorities']);
    expect(GRID_COLUMNS.map((c) => c.label)).toEqual(['District controls actions', 'School controls actions']);
  });

  it('finds every model at its own cell and back', () => {
    for (const n of MODEL_NUMBERS) {
      const { row, col } = gridCell(n);
      expect(modelAtCell(row, col)).toBe(n);
    }
  });

  it('places each focus area in the cell of its agreed model, in order, and lists the undecided', () => {
    const c = newCharter();
    const [a, b, d, e] = [newFocusArea('Reading'), newFocusArea(''), newFocusArea('Maths'), newFocusArea('Attendance')];
    c.focusAreas = [a, b, d, e];
    const decision = (focusAreaId: string, model: 1 | 2 | 3 | 4 | null) => ({
      focusAreaId,
      model,
      operatesNow: null,
      rationale: '',
      evidence: '',
      parked: false,
      parkedNote: '',
    });
    c.decisions = [decision(a.id, 2), decision(b.id, 2), decision(d.id, null)] as typeof c.decisions;
    const placed = placeFocusAreas(c);
    expect(placed.byModel[2].map((p) => p.name)).toEqual(['Reading', 'Unnamed focus area']);
    expect(placed.byModel[1]).toEqual([]);
    expect(placed.undecided.map((p) => p.name)).toEqual(['Maths', 'Attendance']);
  });
});
