import type { Reflection } from '../charter/Charter';
import { cite } from '../charter/sources';

export interface ReflectionPrompt {
  key: keyof Reflection;
  label: string;
  prompt: string;
  /** Questions to work through before writing the answer, when the prompt has several parts. */
  questions?: readonly string[];
  /** The source the prompt draws on, when it draws on one. */
  source?: string;
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
    key: 'focus',
    label: 'How clear is our focus?',
    prompt: 'In a few sentences: the most important work, for which students, and how we will know it is working. Would everyone in the room write the same?',
    questions: [
      'Looking at the data and at our own experience, which values do we share, and what do they tell us matters most?',
      'How will staff help shape the way school-wide priorities and next steps are decided?',
      'Can we speak honestly about whether our people and teams are ready to carry this work out?',
      'How will we keep our shared understanding of the work growing, instead of treating it as settled once written?',
    ],
    source: cite('westover'),
  },
  {
    key: 'problemsOfPractice',
    label: 'What problems of practice stand behind the data?',
    prompt: 'Name what gets in the way at each level, in terms specific enough to act on.',
    questions: [
      'Students: where do they struggle when the work is rigorous and complex?',
      'Teacher teams: what is hard about teaching students to apply what they know?',
      'School leadership teams: what gets in the way when they lead professional learning for teacher teams in the school day?',
      'Principals: what holds them back from improving their school’s culture and practice?',
      'District staff: what do they run into when they support principals and teachers working together on improvement?',
    ],
    source: cite('westover'),
  },
  {
    key: 'districtBarriers',
    label: 'Where does the district stand in the way?',
    prompt: 'A district can help change along, and it can also slow or stop it. Name the barriers plainly.',
    questions: [
      'Who chooses the staff in our schools? If the district does, what does that cost a school, above all early in a turnaround?',
      'How stable is staffing, in the schools and in the district office? What happens to the work when people move on?',
      'Which gaps in achievement has the district not yet accepted as its own to close?',
      'Which district systems, or which shortages of resources, stop schools getting the support they need?',
    ],
    source: cite('msu'),
  },
  {
    key: 'earlierEfforts',
    label: 'What sank earlier efforts?',
    prompt: 'Think of a past initiative that faded. What got in the way between the district and the schools?',
    source: cite('ednw-2017'),
  },
  {
    key: 'doDifferently',
    label: 'What will we do differently?',
    prompt: 'Name the habits — sharing leadership, reporting, trust — that this team commits to change.',
  },
];
