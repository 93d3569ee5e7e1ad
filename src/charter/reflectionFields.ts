/** The reflection's fields in the order the charter prints them, with their printed labels (PDF and web page). */
import type { Reflection } from './Charter';

export const REFLECTION_FIELDS: ReadonlyArray<readonly [keyof Reflection, string]> = [
  ['whyNow', 'Why now'],
  ['focus', 'Clarity of focus'],
  ['dataReviewed', 'Data we reviewed'],
  ['dataShows', 'What the data shows'],
  ['problemsOfPractice', 'Problems of practice'],
  ['rootCauses', 'Root causes'],
  ['districtBarriers', 'Where the district stands in the way'],
  ['earlierEfforts', 'What held back earlier efforts'],
  ['doDifferently', 'What we will do differently'],
];
