/**
 * The annual "reflect and refine" review: the eight practices districts can use
 * to work with schools (Kaufman, Grimm & Miller, 2012), each turned into a
 * question for the team to answer when it meets to revise the charter. The
 * practice names are the book's; the questions are ours.
 */
import { cite } from './sources';

export interface Practice {
  /** The practice as the book names it. */
  name: string;
  /** What the team asks itself about it at the review. */
  question: string;
}

export const EIGHT_PRACTICES_SOURCE = cite('csi-2012');

export const EIGHT_PRACTICES: readonly Practice[] = [
  {
    name: 'Adopt an inquiry cycle',
    question: 'Do schools and the district still gather and study data in regular cycles that link what teachers do to how students do?',
  },
  {
    name: 'Clarify roles and create teams',
    question: 'Do the roles and decision rights in this charter match how decisions were really made this year, and are the right teams in place?',
  },
  {
    name: 'Team effectively',
    question: 'Do our teams have the skills and the time to do this work well, and what would help them?',
  },
  {
    name: 'Narrow the focus',
    question: 'Are the focus areas still the few that matter most, and do money, staff and time follow them?',
  },
  {
    name: 'Lead with purpose',
    question: 'Have district leaders shown the work themselves, backed skill-building with resources, kept expectations high and given useful feedback?',
  },
  {
    name: 'Connect teams',
    question: 'Did schools and teams share and celebrate what worked, and did one school’s success reach the others?',
  },
  {
    name: 'Leverage expertise',
    question: 'Where we used outside expertise, how much of that work do our own staff now carry without help?',
  },
  {
    name: 'Reflect and refine',
    question: 'What do we change in this charter for next year, and what evidence tells us to?',
  },
];
