/**
 * The sources this app draws on: one list, used by the Sources page and by the
 * reference list at the end of the charter PDF. Author, year, title and outlet
 * are given as the source documents give them; where a document gives no year
 * or no outlet, we say so rather than guess.
 */

export type SourceId = 'ednw-2017' | 'csi-2012' | 'edweek-2012' | 'westover' | 'msu';

export interface Source {
  id: SourceId;
  /** The short citation used beside the text it supports, e.g. "Education Northwest, 2017". */
  cite: string;
  /** Authors as the document names them (an organisation when no person is named). */
  authors: string;
  /** Year of publication, or null when the document gives none. */
  year: string | null;
  /** A fuller date, when the document gives one. */
  date: string | null;
  title: string;
  /** Where it was published, or null when the document does not say. */
  outlet: string | null;
  /** Anything a reader needs to find or weigh the source. */
  note: string;
  /** What this app takes from it, and where. */
  usedFor: readonly string[];
}

export const SOURCES: readonly Source[] = [
  {
    id: 'ednw-2017',
    cite: 'Education Northwest, 2017',
    authors: 'Education Northwest',
    year: '2017',
    date: 'September 27, 2017',
    title: 'The District’s Role in School Improvement',
    outlet: 'Education Northwest',
    note: 'A short article introducing Education Northwest’s free tool on four decision-making models, drawn from its Success Now! school-improvement work.',
    usedFor: [
      'The four decision models and their numbering (Explore the models, the 2×2 everywhere).',
      'The three takeaways for district leaders, and their examples from Washington state and Idaho.',
      'What holds in every model: early agreement on resources such as professional development, and frequent communication about progress.',
      'Sharing the data behind district-set priorities; supporting school planning and data use when decisions are delegated.',
      'The question of what each side needs from the other (Decide).',
    ],
  },
  {
    id: 'csi-2012',
    cite: 'Kaufman, Grimm & Miller, 2012',
    authors: 'Kaufman, T. E., Grimm, E. D., & Miller, A. E.',
    year: '2012',
    date: null,
    title: 'Collaborative School Improvement: Eight Practices for District-School Partnerships to Transform Teaching and Learning',
    outlet: 'Harvard Education Press',
    note: 'A book. Our copy is a published review of it; the review names neither its author nor where it appeared.',
    usedFor: [
      'The eight practices, used as the checklist for the annual “reflect and refine” review (Export, and the PDF).',
      'Narrowing the focus to line resources up with priority needs (Set up).',
      'Bringing in outside expertise to build the district’s own capacity (the external partner role).',
      'Teams with different perspectives think better (Review).',
    ],
  },
  {
    id: 'edweek-2012',
    cite: 'Kaufman, Grimm & Miller, Education Week, 2012',
    authors: 'Kaufman, T. E., Grimm, E. D., & Miller, A.',
    year: '2012',
    date: 'April 16, 2012',
    title: 'Using District Resources to Scale Up School Reform',
    outlet: 'Education Week (opinion)',
    note: 'The print edition of April 18, 2012 carried it under the title “School and District Collaboration”.',
    usedFor: [
      'Evansville, Indiana: a district that spread one school’s peer-observation practice to its other schools.',
      'Scaling up from pockets of success (a template under every model).',
      'Connecting schools engaged in similar work.',
    ],
  },
  {
    id: 'westover',
    cite: 'Westover & Steinhauser, n.d.',
    authors: 'Westover, J., & Steinhauser, C.',
    year: null,
    date: 'April 23 (year not given)',
    title: 'Reimagining Schools for Better Student Learning',
    outlet: null,
    note: 'An article on a four-part collaborative inquiry process. Our copy gives no year and no publisher.',
    usedFor: [
      'The clarity-of-focus questions and the problems-of-practice questions (Reflect).',
      'Revisiting the charter as part of continuous improvement (Export).',
    ],
  },
  {
    id: 'msu',
    cite: 'MSU K-12 Outreach, n.d.',
    authors: 'MSU Office of K-12 Outreach',
    year: null,
    date: null,
    title: 'District systems change',
    outlet: 'MSU Office of K-12 Outreach',
    note:
      'The untitled introduction to a collection of articles on district systems change; we use the topic as its title. Our copy gives no year. ' +
      'The Resource Check it describes is a tool of Education Resource Strategies, a partner of the MSU office.',
    usedFor: [
      'Involving all schools in the data conversation, not only those singled out (Set up).',
      'The district as a barrier: staffing decided centrally, unstable staffing, gaps the district has not owned (Reflect, Roles).',
      'Checking that spending and staff line up with the focus before agreeing resources (Expectations).',
      'General and special educators planning together (the special-education lead role).',
    ],
  },
];

export function sourceById(id: SourceId): Source {
  const s = SOURCES.find((x) => x.id === id);
  if (!s) throw new Error(`unknown source ${id}`);
  return s;
}

/** The short citation of a source, for use beside the text it supports. */
export const cite = (id: SourceId): string => sourceById(id).cite;

/** Marks a suggestion that is the app's own idea, not taken from a source. */
export const OWN_SUGGESTION = 'Same Playbook suggestion';

/**
 * One entry of the reference list, as plain text:
 * "Education Northwest. (2017, September 27). The District’s Role in School Improvement. Education Northwest."
 */
export function referenceEntry(s: Source): string {
  const when = s.year ? `(${s.year})` : '(n.d.)';
  const outlet = s.outlet ? ` ${s.outlet}.` : ' Publisher not given.';
  const authors = s.authors.endsWith('.') ? s.authors : `${s.authors}.`;
  return `${authors} ${when}. ${s.title}.${outlet}`;
}

/** The reference list, alphabetical by author. */
export function referenceList(): string[] {
  return [...SOURCES].sort((a, b) => a.authors.localeCompare(b.authors, 'en')).map(referenceEntry);
}
