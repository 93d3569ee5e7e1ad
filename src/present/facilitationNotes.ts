/**
 * What the facilitator can ask at each stage, and what to watch for. Drawn from
 * the sources named in each note and written in our own words.
 */
import type { StageId } from '../workflow/stages';

export interface FacilitationNote {
  /** Why the room is doing this step, in one sentence. */
  aim: string;
  /** Questions to put to the room. */
  ask: readonly string[];
  /** A pitfall or a habit worth keeping. */
  watchFor: string;
  /** Where the idea comes from. */
  source: string;
}

const EDNW = 'Education Northwest, 2017';
const CSI = 'Kaufman, Grimm & Miller, 2012';
const INQUIRY = 'Westover & Steinhauser, on collaborative inquiry';
const MSU = 'MSU K-12 Outreach, on district systems change';

export const FACILITATION_NOTES: Record<StageId, FacilitationNote> = {
  setup: {
    aim: 'Agree who is at the table and how wide this charter reaches this year.',
    ask: [
      'Who will live with these decisions but is not in the room? How will we hear from them?',
      'Which schools or grade bands are in scope this year, and which are we leaving for later — and why?',
      'What would make this session worth your time?',
    ],
    watchFor:
      'A scope so broad that no one can act on it. Narrowing the focus to the few things that matter most lets the district line up its resources behind them.',
    source: CSI,
  },
  reflect: {
    aim: 'Start from evidence and from honest memory, not from opinions about the models.',
    ask: [
      'What did the data show — is the need the same across many schools, or different from one school to the next?',
      'What are the root causes behind the numbers: instruction, systems, or resources?',
      'Think of an effort that faded. What got in the way between the district and the schools?',
      'What will we do differently this time, and how will we notice if we slip?',
    ],
    watchFor:
      'Skipping the look back. One district had school teams and central staff name what sank earlier reforms before starting new work, and they chose to share leadership and accountability as a result.',
    source: EDNW,
  },
  models: {
    aim: 'Make sure everyone can tell who decides what (priorities) from who decides how (actions) in each model.',
    ask: [
      'In your own words: in this model, who decides what needs doing, and who decides how?',
      'Where have you seen this model work, and where did it struggle?',
      'What would this model ask of you personally next Monday?',
    ],
    watchFor:
      'A debate about which model is best in general. None is: the right one depends on what the data shows and on what schools are ready to lead. Some things hold in every model — early agreement on resources, frequent reports on progress, shared data and trust.',
    source: EDNW,
  },
  positions: {
    aim: 'See where the room thinks it operates today and where it should be, before anyone argues for a choice.',
    ask: [
      'Take a minute on your own first: where do we really operate today, not on paper?',
      'Now reveal: where are we closest, and where are we furthest apart? Why?',
      'What does the data say this focus area needs?',
    ],
    watchFor:
      'Assuming today’s model is the right one. A large district that reviewed its literacy data found it worked under model 2 while the data called for model 1.',
    source: EDNW,
  },
  decide: {
    aim: 'One agreed model per focus area, with the reason in the room’s own words.',
    ask: [
      'Does the evidence support this model for this focus area?',
      'If it differs from how we work today, what has to change first — and who goes first?',
      'Which resources, such as professional development, must we agree on now rather than later?',
    ],
    watchFor:
      'Forcing one model on every focus area. Different areas may need different models, and that is fine as long as everyone can say which applies where.',
    source: EDNW,
  },
  roles: {
    aim: 'Every area of decisions has someone who sets its priorities and someone who decides its actions.',
    ask: [
      'For this area, who sets the priorities and who decides the actions under the model we chose?',
      'Who must be asked before a decision, and who only needs to be told?',
      'Is anything owned by no one — or by two people who each think it is theirs?',
    ],
    watchFor:
      'Decisions kept at the district that a school needs to own, such as choosing its staff: schools starting a turnaround say this makes a crucial difference to their culture.',
    source: MSU,
  },
  expectations: {
    aim: 'Turn the model into commitments people can check: who does what, how often, and how we will know.',
    ask: [
      'What will the district provide, and by when?',
      'How often will schools report progress, and in what form?',
      'When will schools learn from one another during the year?',
    ],
    watchFor:
      'Vague promises. One superintendent asked schools to collect data, report progress regularly and consult each other through the year; saying so up front avoided surprises in June.',
    source: EDNW,
  },
  review: {
    aim: 'Read the whole charter together and close what is still open.',
    ask: [
      'Read it aloud: is anything missing, vague, or not what we agreed?',
      'Could each signatory explain this charter to their own staff in two minutes?',
      'Is there a quiet disagreement we should name before we sign?',
    ],
    watchFor:
      'Silence taken for agreement. Ask each side of the table in turn; diverse views in the room lead to better decisions.',
    source: CSI,
  },
  sign: {
    aim: 'Each signatory signs in their own name; no one signs for someone else.',
    ask: [
      'Is anyone not ready to sign? What would it take?',
      'Who will share the signed charter with staff, and when?',
    ],
    watchFor:
      'Treating the signature as the finish line. The point is that everyone reads from the same playbook and shares responsibility for the results.',
    source: EDNW,
  },
  export: {
    aim: 'Leave with the printed charter and a date to look at it again.',
    ask: [
      'When do we meet to reflect and refine — and what data will we bring?',
      'Who keeps the signed copy, and where does the charter file live?',
    ],
    watchFor:
      'A charter that is never opened again. Plan a regular review and revise the charter when the evidence says so.',
    source: `${CSI}; ${INQUIRY}`,
  },
};

export function notesFor(stage: StageId): FacilitationNote {
  return FACILITATION_NOTES[stage];
}
