/**
 * The review's completeness panel: the checks a team runs before signing, each
 * with what is still open and the stage where it is fixed. Built on
 * completeness.ts, so the panel and the gate before signing never disagree.
 */
import { signatories, type Charter } from '../charter/Charter';
import {
  decisionProblems,
  expectationProblems,
  openItems,
  roleProblems,
  setupProblems,
  signatoryProblems,
  type OpenItem,
} from '../charter/completeness';
import { focusAreaName, plural } from '../charter/names';
import { stageOf } from '../workflow/openItemStage';
import type { StageId } from '../workflow/stages';

export interface Check {
  id: 'basics' | 'models' | 'owners' | 'expectations' | 'signatories' | 'other';
  label: string;
  /** A count or short fact, e.g. "2 of 3 focus areas". */
  summary: string;
  /** Where it is fixed (the first open item's stage, or the check's own stage). */
  stage: StageId;
  open: OpenItem[];
}

export interface ParkedItem {
  focusAreaId: string;
  name: string;
  note: string;
}

export function reviewChecks(c: Charter): Check[] {
  const basics = setupProblems(c);
  const models = decisionProblems(c);
  const owners = roleProblems(c);
  const expectations = expectationProblems(c);
  const sides = signatoryProblems(c);
  const signing = signatories(c);
  const decided = c.focusAreas.length - models.length;
  const district = signing.filter((m) => m.side === 'district').length;
  const school = signing.length - district;

  const checks: Check[] = [
    {
      id: 'basics',
      label: 'District, title, focus areas and team are filled in',
      summary: `${plural(c.focusAreas.length, 'focus area', 'focus areas')}, ${plural(c.team.length, 'person', 'people')} on the team`,
      stage: 'setup',
      open: basics,
    },
    {
      id: 'models',
      label: 'Every focus area has an agreed model',
      summary: `${decided} of ${c.focusAreas.length} agreed`,
      stage: 'decide',
      open: models,
    },
    {
      id: 'owners',
      label: 'Every area of decisions has an owner',
      summary: `${plural(c.domains.length, 'area', 'areas')}, ${owners.length ? `${plural(owners.length, 'gap', 'gaps')} to fill` : 'all owned'}`,
      stage: 'roles',
      open: owners,
    },
    {
      id: 'expectations',
      label: 'Every expectation has an owner and a cadence',
      summary: plural(c.expectations.length, 'expectation', 'expectations'),
      stage: 'expectations',
      open: expectations,
    },
    {
      id: 'signatories',
      label: 'At least one signatory from the district and one from the schools',
      summary: `${district} from the district, ${school} from schools`,
      stage: 'setup',
      open: sides,
    },
  ];

  // Anything else the gate before signing asks for shows too, so the two never disagree.
  const listed = new Set(checks.flatMap((k) => k.open).map((i) => `${i.part}\u0000${i.message}`));
  const other = openItems(c).filter((i) => !listed.has(`${i.part}\u0000${i.message}`));
  if (other.length) checks.push({ id: 'other', label: 'Other open items', summary: plural(other.length, 'item', 'items'), stage: stageOf(other[0]!), open: other });
  for (const check of checks) if (check.open.length) check.stage = stageOf(check.open[0]!);
  return checks;
}

/** Disagreements the team parked on the Decide step, to come back to. */
export function parkedDisagreements(c: Charter): ParkedItem[] {
  return c.decisions
    .filter((d) => (d as { parked?: boolean }).parked)
    .map((d) => ({
      focusAreaId: d.focusAreaId,
      name: focusAreaName(c.focusAreas.find((f) => f.id === d.focusAreaId)),
      note: ((d as { parkedNote?: string }).parkedNote ?? '').trim(),
    }));
}
