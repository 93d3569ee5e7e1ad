/**
 * What changes when a focus area moves from the model it operates under now to
 * the agreed one: who starts and who stops deciding the priorities or actions.
 */
import { DECISION_MODELS, type ModelNumber, type Side } from './DecisionModel';

export interface Shift {
  from: ModelNumber;
  to: ModelNumber;
  /** Plain-language changes, one per sentence. Empty when the model does not change. */
  changes: string[];
}

const other = (s: Side): Side => (s === 'district' ? 'school' : 'district');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const who = (s: Side) => (s === 'district' ? 'the district' : 'schools');

export function shiftBetween(from: ModelNumber, to: ModelNumber): Shift {
  const a = DECISION_MODELS[from];
  const b = DECISION_MODELS[to];
  const changes: string[] = [];
  if (a.setsPriorities !== b.setsPriorities) {
    const gains = b.setsPriorities;
    changes.push(
      `${cap(who(gains))} now ${gains === 'district' ? 'set' : 'set'} the priorities; ${who(other(gains))} stop setting them and instead ${
        gains === 'district' ? 'help shape them through the shared data review' : 'share the data and the district goals they must serve'
      }.`,
    );
  }
  if (a.controlsActions !== b.controlsActions) {
    const gains = b.controlsActions;
    changes.push(
      gains === 'district'
        ? 'The district now specifies the actions and provides the support to carry them out; schools stop choosing their own methods, implement the common approach and report on it.'
        : 'Schools now choose their own actions and plan them; the district stops prescribing methods and instead supports school planning and data use.',
    );
  }
  if (changes.length) {
    changes.push('Agree early on the resources the change needs, and on how progress will be reported.');
  }
  return { from, to, changes };
}
