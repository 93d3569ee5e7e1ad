/** What is still open before a charter can be signed. */
import type { Charter } from './Charter';
import { signatories, decisionFor } from './Charter';
import { focusAreasOutOfDate, ownershipGaps } from './DecisionRight';
import { schoolYearProblem } from './supports';
import { focusAreaName } from './names';

/**
 * The part of the charter an open item is about. The workflow maps each part to
 * the stage where it is fixed (workflow/openItemStage.ts).
 */
export type CharterPart = 'basics' | 'team' | 'decisions' | 'rights' | 'expectations' | 'supports' | 'signatures';

export interface OpenItem {
  part: CharterPart;
  message: string;
}

/** What must be true to leave the set-up stage. */
export function setupProblems(c: Charter): OpenItem[] {
  const items: OpenItem[] = [];
  if (!c.district.trim()) items.push({ part: 'basics', message: 'Name the district.' });
  if (!c.title.trim()) items.push({ part: 'basics', message: 'Give the charter a title.' });
  if (c.focusAreas.length === 0) items.push({ part: 'basics', message: 'Add at least one focus area.' });
  c.focusAreas.forEach((f, i) => {
    if (!f.name.trim()) items.push({ part: 'basics', message: `Focus area ${i + 1} has no name.` });
  });
  if (c.team.length === 0) items.push({ part: 'team', message: 'Add the team members.' });
  c.team.forEach((m, i) => {
    if (!m.name.trim()) items.push({ part: 'team', message: `Team member ${i + 1} has no name.` });
  });
  return items;
}

/** Every focus area needs an agreed model, or a parked disagreement that says what is parked. */
export function decisionProblems(c: Charter): OpenItem[] {
  const items: OpenItem[] = [];
  for (const f of c.focusAreas) {
    const d = decisionFor(c, f.id);
    const name = focusAreaName(f);
    if (d?.model) continue;
    if (!d?.parked) items.push({ part: 'decisions', message: `Agree a model for “${name}”.` });
    else if (!d.parkedNote.trim()) {
      items.push({ part: 'decisions', message: `Say what is parked for “${name}” and when you will come back to it.` });
    }
  }
  return items;
}

export interface ParkedItem {
  focusAreaId: string;
  focusArea: string;
  note: string;
}

/** Disagreements parked on purpose: still open, but they do not stop the charter being signed. */
export function parkedItems(c: Charter): ParkedItem[] {
  return c.focusAreas.flatMap((f) => {
    const d = decisionFor(c, f.id);
    return d?.parked && !d.model ? [{ focusAreaId: f.id, focusArea: focusAreaName(f), note: d.parkedNote.trim() }] : [];
  });
}

/** At most about 60 characters, cut at a word, with an ellipsis when cut. */
function shorten(text: string, max = 60): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max / 2 ? cut.slice(0, at) : t.slice(0, max)).replace(/[\s,;:.]+$/, '')}…`;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Unnamed roles and domains; decision rights not yet filled from the agreed model; domains no one owns. */
export function roleProblems(c: Charter): OpenItem[] {
  const items: OpenItem[] = [];
  c.roles.forEach((r, i) => {
    if (!r.name.trim()) items.push({ part: 'rights', message: `Role ${i + 1} has no name.` });
  });
  c.domains.forEach((d, i) => {
    if (!d.name.trim()) items.push({ part: 'rights', message: `Area of decisions ${i + 1} has no name.` });
  });
  for (const { focusArea, model } of focusAreasOutOfDate(c)) {
    items.push({
      part: 'rights',
      message: `Decision rights for “${focusAreaName(focusArea)}” are not yet filled from model ${model}.`,
    });
  }
  const byDomain = new Map<string, { domain: string; kind: string; focusAreas: string[] }>();
  for (const g of ownershipGaps(c)) {
    const kind =
      g.missing.length === 2 ? 'sets priorities or decides actions' : g.missing[0] === 'setsPriorities' ? 'sets priorities' : 'decides actions';
    const key = `${g.domain.id}\u0000${kind}`;
    const entry = byDomain.get(key) ?? { domain: g.domain.name.trim() || 'unnamed area', kind, focusAreas: [] };
    entry.focusAreas.push(focusAreaName(g.focusArea));
    byDomain.set(key, entry);
  }
  for (const e of byDomain.values()) {
    items.push({ part: 'rights', message: `No one ${e.kind} for “${e.domain}” in ${joinNames(e.focusAreas)}.` });
  }
  return items;
}

/** Resource agreements and the communication plan: each line says what, who, and (for the plan) how often. */
export function supportsProblems(c: Charter): OpenItem[] {
  const items: OpenItem[] = [];
  const label = (what: string, fallback: string) => (what.trim() ? `“${shorten(what)}”` : fallback);
  c.supports.resources.forEach((a, i) => {
    const name = label(a.what, `Resource agreement ${i + 1}`);
    if (!a.what.trim()) items.push({ part: 'supports', message: `Resource agreement ${i + 1} says nothing yet.` });
    if (!a.fromRoleId || !a.toRoleId) items.push({ part: 'supports', message: `${name} needs who gives it and who receives it.` });
  });
  c.supports.communication.forEach((m, i) => {
    const name = label(m.what, `Communication plan line ${i + 1}`);
    if (!m.what.trim()) items.push({ part: 'supports', message: `Communication plan line ${i + 1} says nothing yet.` });
    if (!m.ownerRoleId) items.push({ part: 'supports', message: `${name} has no owner.` });
    if (!m.cadence) items.push({ part: 'supports', message: `${name} has no cadence.` });
  });
  if (c.supports.communication.length) {
    const problem = schoolYearProblem(c.supports.schoolYear);
    if (problem) items.push({ part: 'supports', message: problem });
  }
  return items;
}

export function expectationProblems(c: Charter): OpenItem[] {
  const items: OpenItem[] = [];
  if (c.expectations.length === 0) items.push({ part: 'expectations', message: 'Write at least one expectation.' });
  c.expectations.forEach((e, i) => {
    const label = e.what.trim() ? `“${e.what.trim().slice(0, 60)}”` : `Expectation ${i + 1}`;
    if (!e.what.trim()) items.push({ part: 'expectations', message: `Expectation ${i + 1} says nothing yet.` });
    if (!e.ownerRoleId) items.push({ part: 'expectations', message: `${label} has no owner.` });
    if (!e.cadence) items.push({ part: 'expectations', message: `${label} has no cadence.` });
  });
  return items;
}

export function signatoryProblems(c: Charter): OpenItem[] {
  const s = signatories(c);
  const items: OpenItem[] = [];
  if (!s.some((m) => m.side === 'district')) items.push({ part: 'team', message: 'Name at least one signatory from the district side.' });
  if (!s.some((m) => m.side === 'school')) items.push({ part: 'team', message: 'Name at least one signatory from the school side.' });
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
    ...supportsProblems(c),
  ];
}

export function isReadyToSign(c: Charter): boolean {
  return openItems(c).length === 0;
}
