import type { Reflection } from '../charter/Charter';

export interface ReflectionPrompt {
  key: keyof Reflection;
  label: string;
  prompt: string;
}

/** Questions for the reflect stage, drawn from the sources and written for this app. */
export const REFLECTION_PROMPTS: readonly ReflectionPrompt[] = [
  {
    key: 'whyNow',
    label: 'Why now?',
    prompt: 'What makes this the moment to agree how the district and schools share decisions?',
  },
  {
    key: 'dataReviewed',
    label: 'What data did we review?',
    prompt: 'Assessments, screening, observations, attendance — name the sources and years.',
  },
  {
    key: 'dataShows',
    label: 'What does the data show?',
    prompt: 'Is the need the same across many schools, or different from school to school?',
  },
  {
    key: 'rootCauses',
    label: 'What are the root causes?',
    prompt: 'Look past the symptoms: what in instruction, systems or resources explains the results?',
  },
  {
    key: 'earlierEfforts',
    label: 'What sank earlier efforts?',
    prompt: 'Think of a past initiative that faded. What got in the way between the district and the schools?',
  },
  {
    key: 'doDifferently',
    label: 'What will we do differently?',
    prompt: 'Name the habits — sharing leadership, reporting, trust — that this team commits to change.',
  },
];
