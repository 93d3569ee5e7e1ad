/**
 * The four decision models for the district's role in school improvement
 * (Education Northwest, 2017). Two questions — who sets the priorities, and who
 * controls the actions — each answered "district" or "school".
 *
 * All of the text here is written in our own words. Worked examples drawn from a
 * source carry its citation; the others are marked as illustrations.
 */
import { cite } from './sources';

export type Side = 'district' | 'school';
export type ModelNumber = 1 | 2 | 3 | 4;

export const MODEL_NUMBERS: readonly ModelNumber[] = [1, 2, 3, 4];

export const SOURCE_CITATION = cite('ednw-2017');
export const CSI_CITATION = cite('csi-2012');

export interface WorkedExample {
  title: string;
  text: string;
  /** The citation when the example is drawn from a source; null for an illustration of our own. */
  source: string | null;
}

export interface DecisionModel {
  number: ModelNumber;
  /** Who decides what needs to be done. */
  setsPriorities: Side;
  /** Who decides how it gets done. */
  controlsActions: Side;
  name: string;
  short: string;
  /** What an ordinary week looks like under this model. */
  looksLike: string;
  /** Situations where the model is a good fit. */
  fitsWhen: string[];
  asksOfDistrict: string[];
  asksOfSchools: string[];
  risks: string[];
  example: WorkedExample;
}

/** The worked examples the source gives, each told once and used wherever it fits. */
export const IDAHO_EXAMPLE: WorkedExample = {
  title: 'A large district in Idaho',
  text: 'A data review and classroom observations traced the district’s literacy problems to a gap in foundational reading instruction in the elementary grades. District and school teams narrowed their work to systematic reading instruction across the elementary schools; the secondary schools were left aside for the time being. The district also saw that it had been working under model 2, while the data called for model 1.',
  source: SOURCE_CITATION,
};

export const WASHINGTON_SMALL_EXAMPLE: WorkedExample = {
  title: 'A small district in Washington state',
  text: 'The superintendent told principals that improvement would focus on reading, and that each school would decide its own goals and how to reach them. He required schools to collect data, report progress regularly and consult one another during the year, and he asked school leaders to show how their own work made for a stronger K–12 experience. Saying all this plainly at the start avoided misunderstandings and end-of-year surprises.',
  source: SOURCE_CITATION,
};

export const WASHINGTON_LARGE_EXAMPLE: WorkedExample = {
  title: 'A large district in Washington state',
  text: 'Before five school leadership teams and district staff started a complex curriculum overhaul, everyone looked back at what had sunk earlier reforms and how they could have worked together better. They chose a more collaborative approach and agreed to share leadership, responsibilities and accountability.',
  source: SOURCE_CITATION,
};

export const DECISION_MODELS: Record<ModelNumber, DecisionModel> = {
  1: {
    number: 1,
    setsPriorities: 'district',
    controlsActions: 'district',
    name: 'District sets priorities and controls actions',
    short: 'District leads both',
    looksLike:
      'The district names the focus and spells out the approach: one programme, one timetable for training, one set of supports and one way of checking progress, used alike in every school in scope. Principals lead the work in their buildings and tell the district early what is and is not working.',
    fitsWhen: [
      'The data shows the same gap across many schools, such as weak foundational reading in every elementary building.',
      'A common approach, done well everywhere, is the quickest way to close the gap.',
      'Earlier efforts stalled because each school went its own way.',
    ],
    asksOfDistrict: [
      'Share the data behind the choice with every school, so people see why before they are asked to change.',
      'Specify the actions and fund what they need: training, materials, coaching and time.',
      'Agree early on the resources, and report progress back to schools often.',
    ],
    asksOfSchools: [
      'Put the common approach in place faithfully rather than adapting it away.',
      'Collect the agreed data and report on the agreed schedule.',
      'Say early and plainly what is getting in the way.',
    ],
    risks: [
      'Schools may comply without believing in the work.',
      'Good local ideas can be lost if no one asks for them.',
      'If the district under-delivers on support, schools carry the blame for a plan they did not choose.',
    ],
    example: IDAHO_EXAMPLE,
  },
  2: {
    number: 2,
    setsPriorities: 'district',
    controlsActions: 'school',
    name: 'District sets priorities, school controls actions',
    short: 'District sets the what, schools the how',
    looksLike:
      'The district names one or two priorities for everyone. Each school sets its own goals for them, chooses its own strategies, collects data and reports on a regular cadence; schools consult one another through the year.',
    fitsWhen: [
      'The district-wide need is clear, but schools start from different places and need different routes.',
      'Principals and school teams can plan well and use data.',
      'The district wants one shared focus without one shared method.',
    ],
    asksOfDistrict: [
      'Share the data that drove the priority, to win schools’ buy-in.',
      'Support school-level planning and data use where schools need it.',
      'Set the reporting expectations at the start, so nothing comes as a surprise at the end of the year.',
    ],
    asksOfSchools: [
      'Set goals and strategies that serve the shared priority.',
      'Collect data, report progress regularly and consult other schools.',
      'Show how the school’s work adds to a stronger whole-district (K–12) path for students.',
    ],
    risks: [
      'Without agreed reporting, the district finds out too late that plans drifted.',
      'Schools with less planning capacity can fall behind.',
      'Twelve different methods can make district support thin and hard to target.',
    ],
    example: WASHINGTON_SMALL_EXAMPLE,
  },
  3: {
    number: 3,
    setsPriorities: 'school',
    controlsActions: 'school',
    name: 'School sets priorities and controls actions',
    short: 'Schools lead both',
    looksLike:
      'Each school reads its own data, picks its own priorities and chooses its own actions. The district acts as a partner and connector: it supports planning and data use, links schools working on similar problems, and keeps resources flowing as agreed.',
    fitsWhen: [
      'Schools are strong, have a track record of improvement and sound plans of their own.',
      'Needs differ widely from school to school.',
      'The aim is to grow what already works in a school rather than replace it.',
    ],
    asksOfDistrict: [
      'Support school strategic planning and data-driven decision making.',
      'Connect schools working on the same problem so success spreads beyond pockets.',
      'Keep the agreed resources coming and stay close enough to notice a school that is struggling.',
    ],
    asksOfSchools: [
      'Run a disciplined improvement cycle: plan, act, collect data, review.',
      'Share results and practices openly with other schools and the district.',
      'Report results to the district often enough that it can see progress across schools and offer help early.',
    ],
    risks: [
      'Success can stay in pockets while other schools struggle quietly.',
      'The district can lose sight of results until it is too late to help.',
      'Shared resources are hard to plan when every school chooses differently.',
    ],
    example: {
      title: 'An illustration: three middle schools',
      text: 'Each of three middle schools studies its own results. One makes attendance its priority, one writing across subjects, one problem solving in mathematics; each sets its goals and runs its own plan. The district helps each school with planning and with reading its data, holds a check-in every quarter, and when the writing school finds that an elementary school is tackling the same problem, puts the two in touch.',
      source: null,
    },
  },
  4: {
    number: 4,
    setsPriorities: 'school',
    controlsActions: 'district',
    name: 'School sets priorities, district controls actions',
    short: 'Schools set the what, district the how',
    looksLike:
      'Schools say what they most need, backed by their data. The district organises the response — shared training, specialists, programmes or money delivered across the schools that asked — and reports back on delivery.',
    fitsWhen: [
      'Schools know their needs well, but the remedy needs district scale, expertise or funding.',
      'Several schools name the same need and a shared response is cheaper and better.',
      'The actions involve things only the district controls, such as staffing or contracts.',
    ],
    asksOfDistrict: [
      'Listen closely to each school’s stated need before designing the response.',
      'Agree early on the resources it will provide, and deliver on time.',
      'Report back on what was delivered and what it changed.',
    ],
    asksOfSchools: [
      'Make needs specific and back them with data.',
      'Take part fully in what the district provides.',
      'Report on the effect, so the district can adjust.',
    ],
    risks: [
      'The district’s response can be slow or generic.',
      'Schools may feel unheard if their request comes back changed.',
      'Schools can come to wait for the district instead of acting on what they control.',
    ],
    example: {
      title: 'An illustration: behaviour support',
      text: 'Several schools each name support for students with disabilities who have behaviour needs as their top priority. The district hires and deploys two behaviour specialists across those schools, runs shared training for their staff, and reports each term on the support given and the change in referrals.',
      source: null,
    },
  },
};

/**
 * What holds whichever model is chosen. The source names exactly two things:
 * early agreement on the resources needed, and frequent communication about progress.
 */
export const CONSTANTS_IN_EVERY_MODEL: readonly string[] = [
  'Agree early on the resources the work needs, such as professional development.',
  'Communicate often about progress.',
];

/** One of the source's three takeaways for district leaders, in our words, with the example it gives. */
export interface Takeaway {
  title: string;
  text: string;
  example: WorkedExample;
  /** The example in one sentence, for the projector. */
  exampleInBrief: string;
}

export const TAKEAWAYS: readonly Takeaway[] = [
  {
    title: 'Say how decisions will be shared, and check that everyone understands it the same way',
    text: 'Writing down who decides what takes effort and repays it: roles and responsibilities become clear, and every side gets the chance to say what it needs from the others.',
    example: WASHINGTON_SMALL_EXAMPLE,
    exampleInBrief:
      'The superintendent made reading the focus and left goals and methods to each school; he required data, progress reports and consultation between schools, and asked each school to show its part in a stronger K–12 experience.',
  },
  {
    title: 'Line up resources, processes and responsibilities with the model you choose',
    text: 'Each model calls for its own way of organising improvement. Where the district sets priorities, showing schools the data behind them builds buy-in; where it hands decisions to schools, it may need to support their planning and use of data. Agreeing resources early and reporting progress often hold in every model.',
    example: IDAHO_EXAMPLE,
    exampleInBrief:
      'A data review traced weak literacy to foundational reading in the elementary grades; the district narrowed the work to those schools and saw the data called for model 1, not the model 2 it was working under.',
  },
  {
    title: 'Invest in the relationship between the district and its schools',
    text: 'A chosen path matters, but how district and school people work together often decides whether improvement succeeds. Both sides have to take risks and learn together, and that needs trust, which may have to be built first.',
    example: WASHINGTON_LARGE_EXAMPLE,
    exampleInBrief:
      'Before a curriculum overhaul, five school leadership teams and district staff looked back at what sank earlier reforms, then agreed to share leadership, responsibilities and accountability.',
  },
];

/** The lesson the source draws from all of this, in our words. */
export const SAME_PLAYBOOK =
  'In the end, who decides matters less than everyone working from the same playbook — and a clear model lets the district and schools take shared responsibility.';

export function modelFor(setsPriorities: Side, controlsActions: Side): DecisionModel {
  const found = MODEL_NUMBERS.map((n) => DECISION_MODELS[n]).find(
    (m) => m.setsPriorities === setsPriorities && m.controlsActions === controlsActions,
  );
  if (!found) throw new Error('unreachable: every pair of sides has a model');
  return found;
}

export function modelLabel(n: ModelNumber | null | undefined): string {
  if (!n) return 'Not decided';
  return `Model ${n}: ${DECISION_MODELS[n].name}`;
}

/** "District sets priorities · school controls actions" */
export function modelAnswers(n: ModelNumber): string {
  const m = DECISION_MODELS[n];
  const cap = (s: Side) => (s === 'district' ? 'District' : 'School');
  return `${cap(m.setsPriorities)} sets priorities · ${m.controlsActions} controls actions`;
}
