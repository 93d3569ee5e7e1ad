/** What is still open before a charter can be signed. */
import type { Charter } from './Charter';
import { signatories, decisionFor } from './Charter';
import { isUnowned } from './DecisionDomain';
import type { StageId } from '../workflow/stages';


export interface OpenItem {
  /** The stage where it is fixed. */
  stage: StageId;
  message: string;
}

/** What must be true to leave the set-up stage. */
export function setupProblems(c: Charter): OpenItem[] {
  const items: OpenItem[] = [];
  if (!c.district.trim()) items.push({ stage: 'setup', message: 'Name the district.' });
  if (!c.title.trim()) items.push({ stage: 'setup', message: 'Give the charter a title.' });
  if (c.focusAreas.length === 0) items.push({ stage: 'setup', message: 'Add at least one focus area.' });
  c.focusAreas.forEach((f, i) => {
    if (!f.name.trim()) items.push({ stage: 'setup', message: `Focus area ${i + 1} has no name.` });
  });
  if (c.team.length === 0) items.push({ stage: 'setup', message: 'Add the team members.' });
  c.team.forEach((m, i) => {
    if (!m.name.trim()) items.push({ stage: 'setup', message: `Team member ${i + 1} has no name.` });
  });
  return items;
}

export function decisionProblems(c: Charter): OpenItem[] {
  return c.focusAreas
    .filter((f) => !decisionFor(c, f.id)?.model)
    .map((f) => ({ stage: 'decide' as const, message: `Agree a model for “${f.name || 'unnamed focus area'}”.` }));
}

export function roleProblems(c: Charter): OpenItem[] {
  return c.domains.filter(isUnowned).map((d) => ({
    stage: 'roles' as const,
    message: `No one ${!d.setsPriorities ? 'sets priorities' : 'decides actions'} for “${d.name || 'unnamed domain'}”.`,
  }));
}

export function expectationProblems(c: Charter): OpenItem[] {
  const items: OpenItem[] = [];
  if (c.expectations.length === 0) items.push({ stage: 'expectations', message: 'Write at least one expectation.' });
  c.expectations.forEach((e, i) => {
    const label = e.what.trim() ? `“${e.what.trim().slice(0, 60)}”` : `Expectation ${i + 1}`;
    if (!e.what.trim()) items.push({ stage: 'expectations', message: `Expectation ${i + 1} says nothing yet.` });
    if (!e.ownerRoleId) items.push({ stage: 'expectations', message: `${label} has no owner.` });
    if (!e.cadence) items.push({ stage: 'expectations', message: `${label} has no cadence.` });
  });
  return items;
}

export function signatoryProblems(c: Charter): OpenItem[] {
  const s = signatories(c);
  const items: OpenItem[] = [];
  if (!s.some((m) => m.side === 'district')) items.push({ stage: 'setup', message: 'Name at least one signatory from the district side.' });
  if (!s.some((m) => m.side === 'school')) items.push({ stage: 'setup', message: 'Name at least one signatory from the school side.' });
  return items;
}

/** Everything still open before signing, in the order of the workflow. */
export function openItems(c: Charter): OpenItem[] {
  return [
    ...setupProblems(c),
    ...signatoryProblems(c),
    ...decisionProblems(c),
    ...roleProblems(c),
    ...expectationProblems(c),
  ];
}

export function isReadyToSign(c: Charter): boolean {
  return openItems(c).length === 0;
}
