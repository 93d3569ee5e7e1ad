/**
 * The four decision models for the district's role in school improvement
 * (Education Northwest, 2017). Two questions — who sets the priorities, and who
 * controls the actions — each answered "district" or "school".
 */
export type Side = 'district' | 'school';
export type ModelNumber = 1 | 2 | 3 | 4;

export const MODEL_NUMBERS: readonly ModelNumber[] = [1, 2, 3, 4];

export interface DecisionModel {
  number: ModelNumber;
  /** Who decides what needs to be done. */
  setsPriorities: Side;
  /** Who decides how it gets done. */
  controlsActions: Side;
  name: string;
  short: string;
  looksLike: string;
  fitsWhen: string;
  asksOfDistrict: string;
  asksOfSchools: string;
  risks: string;
  example: string;
}

export const SOURCE_CITATION = 'Education Northwest, 2017';

export const DECISION_MODELS: Record<ModelNumber, DecisionModel> = {
  1: {
    number: 1,
    setsPriorities: 'district',
    controlsActions: 'district',
    name: 'District sets priorities and controls actions',
    short: 'District leads both',
    looksLike:
      'The district names the focus and spells out the approach: one programme, one schedule, one set of supports, used the same way in every school in scope.',
    fitsWhen:
      'The data points to the same gap across many schools, such as weak foundational reading in every elementary building, and a common approach is the fastest way to close it.',
    asksOfDistrict:
      'Show schools the data behind the choice so they can see why, and fund the training, materials and coaching that the chosen approach needs.',
    asksOfSchools:
      'Put the common approach in place faithfully, collect the agreed data and tell the district early what is and is not working.',
    risks:
      'Schools may comply without believing in the work, and good local ideas can be lost if no one asks for them.',
    example:
      'A large district found its literacy problems came from a gap in early reading instruction; it concentrated on systematic reading teaching across its elementary schools and decided the district needed to lead both the what and the how.',
  },
  2: {
    number: 2,
    setsPriorities: 'district',
    controlsActions: 'school',
    name: 'District sets priorities, school controls actions',
    short: 'District sets the what, schools the how',
    looksLike:
      'The district names one or two priorities for everyone; each school chooses its own goals and strategies to get there and reports on its progress.',
    fitsWhen:
      'The district-wide need is clear, but schools differ enough that each needs its own route, and school leaders have the capacity to plan.',
    asksOfDistrict:
      'Share the data that drove the priority, support school planning and data use, and set clear reporting expectations from the start.',
    asksOfSchools:
      'Set goals that serve the shared priority, collect data, report on a regular cadence, and learn from other schools during the year.',
    risks:
      'Without agreed reporting, the district finds out too late that plans drifted; schools with less planning capacity can fall behind.',
    example:
      'A small district told its principals the focus would be reading; each school set its own goals and methods, collected data, reported progress, consulted other schools and showed how its work built a stronger K–12 path.',
  },
  3: {
    number: 3,
    setsPriorities: 'school',
    controlsActions: 'school',
    name: 'School sets priorities and controls actions',
    short: 'Schools lead both',
    looksLike:
      'Each school reads its own data, picks its own priorities and chooses its own actions; the district acts as a service provider and connector.',
    fitsWhen:
      'Schools are strong, have a track record of improvement and sound plans of their own, and their needs differ widely.',
    asksOfDistrict:
      'Offer support for strategic planning and data use, connect schools that work on similar problems, and keep resources flowing as agreed.',
    asksOfSchools:
      'Run a disciplined improvement cycle, share results openly, and show how the school adds to the district’s overall goals.',
    risks:
      'Success can stay in pockets, and the district may lose sight of schools that are struggling quietly.',
    example:
      'A secondary school with its own well-evidenced mathematics plan keeps control of its priorities and methods, while the district links it with other schools working on the same problem.',
  },
  4: {
    number: 4,
    setsPriorities: 'school',
    controlsActions: 'district',
    name: 'School sets priorities, district controls actions',
    short: 'Schools set the what, district the how',
    looksLike:
      'Schools identify what they most need; the district organises the response, such as shared training, specialists or programmes delivered across schools.',
    fitsWhen:
      'Schools know their needs well but the remedy needs district scale, expertise or money that no single school has.',
    asksOfDistrict:
      'Listen closely to each school’s needs, agree early on the resources it will provide, and report back on delivery.',
    asksOfSchools:
      'Make needs specific and backed by data, take part fully in what the district provides, and report on its effect.',
    risks:
      'The district response can be slow or generic; schools may feel unheard if their request comes back changed.',
    example:
      'Several schools each name behaviour support for students with disabilities as their top need; the district hires and deploys specialists and runs shared training for all of them.',
  },
};

/** What holds whichever model is chosen. */
export const CONSTANTS_IN_EVERY_MODEL: readonly string[] = [
  'Agree early on the resources the work needs, such as professional development.',
  'Communicate often about progress, in both directions.',
  'Look at the same data together.',
  'Build trust: both sides take risks and learn together.',
];

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
