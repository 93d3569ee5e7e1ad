/**
 * Short guidance shown beside fields, each drawn from a named source and
 * written in our own words.
 */
import { cite } from './sources';

/** Set up: who joins the conversation about data. */
export const SCOPE_HINT = {
  text: 'Whatever the charter covers, think about bringing every school into the conversation about data, not only those singled out for improvement. An MSU K-12 Outreach specialist saw schools do best where the district did this: the work was consistent across the district, and schools shared ways of reading data and spotting students who were struggling.',
  source: cite('msu'),
};

/** Decide (and Take positions): what each side needs from the other. */
export const SIDE_NEEDS = {
  question: 'What does each side need from the other for this model to work?',
  why: 'Spelling out how decisions are shared makes roles clear and gives every side the chance to say what it needs.',
  fromDistrict: 'Schools need from the district',
  fromSchools: 'The district needs from schools',
  source: cite('ednw-2017'),
};

/** Expectations: check where money and staff go now before agreeing new resources. */
export const RESOURCE_CHECK = {
  label: 'Resource check',
  question: 'Before agreeing new resources, do current spending and staff time line up with the focus areas? What would have to move?',
  why: 'MSU K-12 Outreach describes districts checking whether their limited resources match their academic goals, with a Resource Check tool from Education Resource Strategies, and then realigning resources to strategies known to make a real difference in teaching and learning.',
  source: cite('msu'),
};
