/**
 * What the facilitator can ask at each stage, and what to watch for. Drawn from
 * the sources named in each note and written in our own words.
 */
import { cite } from '../charter/sources';
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

const EDNW = cite('ednw-2017');
const CSI = cite('csi-2012');
const INQUIRY = cite('westover');
const MSU = cite('msu');

export const FACILITATION_NOTES: Record<StageId, FacilitationNote> = {
  setup: {
    aim: 'Agree who is at the table and how wide this charter reaches this year.',
    ask: [
      'Who will live with these decisions but is not in the room? How will we hear from them?',
      'Which schools or grade bands are in scope this year, and which are we leaving for later — and why?',
      'Should schools outside the ones singled out for improvement still join the conversation about data?',
      'What would make this session worth your time?',
    ],
    watchFor:
      'A scope so broad that no one can act on it. Narrowing the focus to the few things that matter most lets the district line up its resources behind them. Narrow what the charter acts on, not who looks at the data: schools did best where the district brought all of them into the data conversation.',
    source: `${CSI}; ${MSU}`,
  },
  reflect: {
    aim: 'Start from evidence and from honest memory, not from opinions about the models.',
    ask: [
      'What did the data show — is the need the same across many schools, or different from one school to the next?',
      'What are the root causes behind the numbers: instruction, systems, or resources?',
      'What do district staff run into when they try to support principals and teachers?',
      'Where does the district itself stand in the way: who chooses the staff, and how stable is staffing?',
      'Think of an effort that faded. What got in the way between the district and the schools?',
      'What will we do differently this time, and how will we notice if we slip?',
    ],
    watchFor:
      'Skipping the look back. One district had school teams and central staff name what sank earlier reforms before starting new work, and they chose to share leadership and accountability as a result.',
    source: `${EDNW}; ${INQUIRY}; ${MSU}`,
  },
  models: {
    aim: 'Make sure everyone can tell who decides what (priorities) from who decides how (actions) in each model.',
    ask: [
      'In your own words: in this model, who decides what needs doing, and who decides how?',
      'Where have you seen this model work, and where did it struggle?',
      'What would this model ask of you personally next Monday?',
    ],
    watchFor:
      'A debate about which model is best in general. The source treats the models as adaptable to each district’s culture and context. Two things hold in every model: early agreement on the resources needed, such as professional development, and frequent communication about progress.',
    source: EDNW,
  },
  positions: {
    aim: 'See where the room thinks it operates today and where it should be, before anyone argues for a choice.',
    ask: [
      'Take a minute on your own first: where do we really operate today, not on paper?',
      'Now reveal: where are we closest, and where are we furthest apart? Why?',
      'What does the data say this focus area needs?',
      'For the model you favour, what does each side need from the other for it to work?',
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
      'What does each side need from the other for this model to work?',
      'Which resources, such as professional development, must we agree on now rather than later?',
    ],
    watchFor:
      'Needs left unsaid. Spelling out how decisions are shared makes roles clear and gives every side the chance to say what it needs: write those needs down beside the agreed model.',
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
      'Staffing decided at the district. An MSU K-12 Outreach specialist counts the school’s freedom to select its own staff as crucial to its culture, above all early in a turnaround; if staffing stays central, say how principals take part.',
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
      'Vague promises. One superintendent required schools to collect data, report progress regularly and consult each other through the year, and asked them to show how their work strengthened K–12; saying so up front avoided surprises at the end of the year.',
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
      'Silence taken for agreement. Ask each side of the table in turn: a team that brings different perspectives to a problem tends to think better about it.',
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
      'Which of the eight practices on the review checklist are we weakest on?',
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
