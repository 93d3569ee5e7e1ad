/**
 * What changes when a focus area moves from the model it works under today to
 * the agreed one: what the district and the schools must start and stop doing.
 * Written out for each of the 12 ordered pairs of models, so each reads as a
 * plain instruction rather than a formula.
 */
import { DECISION_MODELS, SOURCE_CITATION, type ModelNumber, type Side } from './DecisionModel';

export interface StartStop {
  start: string[];
  stop: string[];
}

export interface Shift {
  from: ModelNumber;
  to: ModelNumber;
  /** The move in one line, e.g. "the district now specifies the actions; schools implement and report". */
  summary: string;
  /** Which of the two questions change hands. */
  priorities: { from: Side; to: Side } | null;
  actions: { from: Side; to: Side } | null;
  district: StartStop;
  schools: StartStop;
  /** A district in the source that found it needed this move, when there is one. */
  precedent: string | null;
}

/** Holds for every move, whichever way it goes. */
export const AGREE_BEFORE_THE_SHIFT =
  'Before the change starts, agree the resources it needs (such as professional development) and how often progress will be reported, and to whom.';

type Pair = `${ModelNumber}${ModelNumber}`;
type ShiftText = Pick<Shift, 'summary' | 'district' | 'schools'> & { precedent?: string };

const TEXT: Record<Exclude<Pair, '11' | '22' | '33' | '44'>, ShiftText> = {
  '12': {
    summary: 'the district keeps the priority but hands the “how” to schools',
    district: {
      start: [
        'Support each school’s planning and use of data for the priority.',
        'Set a reporting cadence and say what each progress report must show.',
        'Make time for schools to consult one another during the year.',
      ],
      stop: ['Prescribing one programme and one timetable for every school.', 'Checking schools against a single common method.'],
    },
    schools: {
      start: [
        'Set their own goals and strategies for the district’s priority.',
        'Collect data and report progress on the agreed cadence.',
      ],
      stop: ['Waiting for the district to specify the approach.'],
    },
  },
  '13': {
    summary: 'the district hands both the priority and the actions to schools',
    district: {
      start: [
        'Support each school’s strategic planning and data use.',
        'Connect schools working on similar problems so good practice spreads.',
        'Ask for regular results so it still notices a school that is struggling.',
      ],
      stop: ['Naming a district-wide priority for this focus area.', 'Prescribing the methods schools use.'],
    },
    schools: {
      start: [
        'Read their own data and choose their own priority.',
        'Choose and run their own actions in a disciplined improvement cycle.',
        'Share results openly with other schools and the district.',
      ],
      stop: ['Working to a focus and a method set by the district.'],
    },
  },
  '14': {
    summary: 'schools now say what they most need; the district keeps organising the response',
    district: {
      start: [
        'Ask each school for its most pressing need, backed by its data.',
        'Design the shared response around what schools asked for.',
        'Report back to schools on what was delivered.',
      ],
      stop: ['Deciding on its own what every school should focus on.'],
    },
    schools: {
      start: ['Name their priority, with the evidence behind it.', 'Take part in the district’s response and report on its effect.'],
      stop: ['Waiting to be told what the focus is.'],
    },
  },
  '21': {
    summary: 'the district now specifies the actions and the support; schools implement and report',
    district: {
      start: [
        'Specify the actions: the approach, the materials, the training and the timetable.',
        'Provide the coaching, materials and time the common approach needs.',
        'Check how it is going in every school and adjust its support.',
      ],
      stop: ['Leaving each school to pick its own method for this priority.', 'Reviewing a separate plan from every school.'],
    },
    schools: {
      start: [
        'Put the common approach in place faithfully.',
        'Report on how the approach is being used and what it is changing.',
        'Raise problems early rather than working around them.',
      ],
      stop: ['Designing their own strategies for this priority.'],
    },
    precedent: `After a data review, a large district in Idaho saw that it worked under model 2 while the data called for model 1 (${SOURCE_CITATION}).`,
  },
  '23': {
    summary: 'schools now choose the priority as well as the route to it',
    district: {
      start: [
        'Help each school read its own data and set its priority.',
        'Connect schools that choose similar priorities.',
      ],
      stop: ['Naming one priority for every school in this focus area.'],
    },
    schools: {
      start: [
        'Choose their priority from their own data.',
        'Share their results with the district and other schools.',
      ],
      stop: ['Planning around a priority the district named.'],
    },
  },
  '24': {
    summary: 'schools now name the need; the district takes over the response',
    district: {
      start: [
        'Gather each school’s stated need and the data behind it.',
        'Organise, fund and deliver the response across those schools.',
        'Report back on delivery.',
      ],
      stop: ['Setting the priority for schools in this focus area.', 'Leaving schools to design the response on their own.'],
    },
    schools: {
      start: ['Name their needs, backed by data.', 'Take part fully in the support the district provides.'],
      stop: ['Working to a district-set priority.', 'Designing and running their own strategies for this need.'],
    },
  },
  '31': {
    summary: 'the district now leads both the priority and the actions',
    district: {
      start: [
        'Name the priority and share the data behind it with every school.',
        'Specify the approach and fund the training, materials and coaching it needs.',
        'Follow implementation closely in every school.',
      ],
      stop: ['Standing back as a service provider in this focus area.', 'Accepting each school’s own plan as it stands.'],
    },
    schools: {
      start: ['Put the common approach in place.', 'Report on the agreed schedule.'],
      stop: ['Choosing their own priority and methods for this focus area.'],
    },
  },
  '32': {
    summary: 'the district now names the priority; schools keep the “how”',
    district: {
      start: [
        'Name the priority and share the data behind it to win buy-in.',
        'Set reporting expectations at the start of the year.',
        'Support school planning where a school needs it.',
      ],
      stop: ['Leaving the priority for this focus area to each school.'],
    },
    schools: {
      start: [
        'Align their goals and strategies with the district’s priority.',
        'Report progress regularly and consult other schools.',
      ],
      stop: ['Choosing their own priority for this focus area.'],
    },
  },
  '34': {
    summary: 'schools keep the priority; the district now delivers the response',
    district: {
      start: [
        'Design and deliver shared support for what schools ask for.',
        'Agree early what it will provide, and when.',
        'Report back on what it delivered.',
      ],
      stop: ['Leaving schools to find and fund their own support.'],
    },
    schools: {
      start: ['Make their needs specific.', 'Take part in the district’s response and report on its effect.'],
      stop: ['Choosing and running their own programmes for this need.'],
    },
  },
  '41': {
    summary: 'the district now decides the priority as well as the response',
    district: {
      start: [
        'Name the priority from the data, and share that data with schools.',
        'Align one response across every school in scope.',
      ],
      stop: ['Waiting for schools to state their needs before acting.', 'Tailoring the response school by school.'],
    },
    schools: {
      start: ['Put the district’s priority and approach in place.', 'Report on the agreed schedule.'],
      stop: ['Setting their own priority for this focus area.'],
    },
  },
  '42': {
    summary: 'the district now names the priority; schools take over the “how”',
    district: {
      start: [
        'Name the priority and share the data behind it.',
        'Support school planning and data use.',
        'Set reporting expectations at the start.',
      ],
      stop: ['Designing and delivering the response itself.', 'Answering each school’s request separately.'],
    },
    schools: {
      start: ['Design their own strategies for the priority.', 'Report progress regularly.'],
      stop: ['Setting their own priority for this focus area.', 'Relying on the district to deliver the response.'],
    },
  },
  '43': {
    summary: 'schools keep the priority and now own the actions too',
    district: {
      start: [
        'Support schools’ planning and data use.',
        'Pass the agreed resources to schools, on time.',
        'Connect schools working on the same need.',
      ],
      stop: ['Designing and delivering programmes for schools’ needs.'],
    },
    schools: {
      start: ['Plan and run their own actions.', 'Share their results with the district and other schools.'],
      stop: ['Waiting for the district to organise the response.'],
    },
  },
};

/** The shift from one model to another, or null when the model does not change. */
export function shiftBetween(from: ModelNumber, to: ModelNumber): Shift | null {
  if (from === to) return null;
  const a = DECISION_MODELS[from];
  const b = DECISION_MODELS[to];
  const text = TEXT[`${from}${to}` as keyof typeof TEXT];
  return {
    from,
    to,
    summary: text.summary,
    priorities: a.setsPriorities === b.setsPriorities ? null : { from: a.setsPriorities, to: b.setsPriorities },
    actions: a.controlsActions === b.controlsActions ? null : { from: a.controlsActions, to: b.controlsActions },
    district: text.district,
    schools: text.schools,
    precedent: text.precedent ?? null,
  };
}

/** "From model 2 to model 1: the district now specifies…" */
export function shiftHeadline(s: Shift): string {
  return `From model ${s.from} to model ${s.to}: ${s.summary}.`;
}

/** The shift as labelled lines, for documents (review page, PDF); AGREE_BEFORE_THE_SHIFT is printed once beside them. */
export function shiftLines(s: Shift): Array<[label: string, text: string]> {
  const join = (xs: string[]) => xs.join(' ');
  const lines: Array<[string, string]> = [
    ['The shift', shiftHeadline(s)],
    ['The district starts', join(s.district.start)],
    ['The district stops', join(s.district.stop)],
    ['Schools start', join(s.schools.start)],
    ['Schools stop', join(s.schools.stop)],
  ];
  if (s.precedent) lines.push(['A district in the same position', s.precedent]);
  return lines;
}
