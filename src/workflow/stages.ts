export const STAGE_IDS = [
  'setup',
  'reflect',
  'models',
  'positions',
  'decide',
  'roles',
  'expectations',
  'review',
  'sign',
  'export',
] as const;

export type StageId = (typeof STAGE_IDS)[number];

export interface StageInfo {
  id: StageId;
  number: number;
  title: string;
  /** The question the stage answers, shown under its heading. */
  question: string;
}

const INFO: Record<StageId, Omit<StageInfo, 'id' | 'number'>> = {
  setup: { title: 'Set up', question: 'Who is in the room, and what is this charter about?' },
  reflect: { title: 'Reflect', question: 'Why now, what does the data say, and what sank earlier efforts?' },
  models: { title: 'Explore the models', question: 'Who sets the priorities, and who controls the actions?' },
  positions: { title: 'Take positions', question: 'Where do we operate now, and where should we be?' },
  decide: { title: 'Decide', question: 'Which model will each focus area work under, and why?' },
  roles: { title: 'Roles and decision rights', question: 'Who decides what, and who must be consulted?' },
  expectations: { title: 'Expectations', question: 'What will each side do, how often, and how will we know?' },
  review: { title: 'Review', question: 'Is the charter complete, and do we all agree with it?' },
  sign: { title: 'Sign off', question: 'Each signatory signs in their own name.' },
  export: { title: 'Export', question: 'Print it, keep the file, and set the next review.' },
};

export const STAGES: readonly StageInfo[] = STAGE_IDS.map((id, i) => ({ id, number: i + 1, ...INFO[id] }));

export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (STAGE_IDS as readonly string[]).includes(value);
}

export function stageIndex(id: StageId): number {
  return STAGE_IDS.indexOf(id);
}

export function stageInfo(id: StageId): StageInfo {
  return STAGES[stageIndex(id)];
}
