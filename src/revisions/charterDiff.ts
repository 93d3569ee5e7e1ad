/**
 * What changed between two revisions of a charter, in the words the charter
 * uses: the agreed models, the decision rights, the expectations, the people who
 * sign. Things are matched by id (a new revision keeps the ids of the one it was
 * made from), and changed text is split into words with jsdiff so the change
 * within a sentence stands out.
 */
import { diffWordsWithSpace } from 'diff';
import { CADENCE_LABELS } from '../charter/Cadence';
import type { Charter } from '../charter/Charter';
import { DECISION_MODELS, type ModelNumber } from '../charter/DecisionModel';
import { UNNAMED_FOCUS_AREA } from '../charter/names';

export interface Part {
  text: string;
  /** Removed (on the earlier side) or added (on the later side). */
  changed: boolean;
}

export interface FieldChange {
  label: string;
  before: string;
  after: string;
  changed: boolean;
  /** The text split into unchanged and changed runs, for each side. */
  beforeParts: Part[];
  afterParts: Part[];
}

export type ItemChange = 'added' | 'removed' | 'changed' | 'same';

export interface DiffItem {
  key: string;
  /** What the item is called (in the later revision when it has one). */
  name: string;
  change: ItemChange;
  fields: FieldChange[];
}

export interface DiffSection {
  id: string;
  title: string;
  items: DiffItem[];
  /** How many items changed, were added or were removed. */
  changes: number;
}

type Fields = [label: string, value: string][];

/** Above this many characters on a side, changed text is shown whole rather than word by word. */
const WORD_DIFF_LIMIT = 20_000;
/** Short values (a model, a name, a date) read best replaced whole; sentences word by word. */
const WHOLE_BELOW = 80;

export function wordParts(before: string, after: string): { beforeParts: Part[]; afterParts: Part[] } {
  if (before === after) return { beforeParts: [{ text: before, changed: false }], afterParts: [{ text: after, changed: false }] };
  const whole = () => ({
    beforeParts: before ? [{ text: before, changed: true }] : [],
    afterParts: after ? [{ text: after, changed: true }] : [],
  });
  if (!before || !after || Math.max(before.length, after.length) < WHOLE_BELOW) return whole();
  if (before.length > WORD_DIFF_LIMIT || after.length > WORD_DIFF_LIMIT) return whole();
  const changes = diffWordsWithSpace(before, after, { timeout: 250 });
  if (!changes) return whole();
  // When most of the text changed, marking word by word only makes it harder to read.
  const kept = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.value.trim().length, 0);
  if (kept < 0.4 * Math.max(before.length, after.length)) return whole();
  const beforeParts: Part[] = [];
  const afterParts: Part[] = [];
  for (const c of changes) {
    if (!c.added) beforeParts.push({ text: c.value, changed: c.removed });
    if (!c.removed) afterParts.push({ text: c.value, changed: c.added });
  }
  return { beforeParts, afterParts };
}

function field(label: string, before: string, after: string): FieldChange {
  return { label, before, after, changed: before !== after, ...wordParts(before, after) };
}

function compareFields(before: Fields | null, after: Fields | null): FieldChange[] {
  const labels = [...new Set([...(before ?? []).map(([l]) => l), ...(after ?? []).map(([l]) => l)])];
  const b = new Map(before ?? []);
  const a = new Map(after ?? []);
  return labels.map((l) => field(l, b.get(l) ?? '', a.get(l) ?? ''));
}

function item(key: string, name: string, before: Fields | null, after: Fields | null): DiffItem {
  const fields = compareFields(before, after);
  const change: ItemChange = !before ? 'added' : !after ? 'removed' : fields.some((f) => f.changed) ? 'changed' : 'same';
  return { key, name, change, fields };
}

/** Items of two lists matched by key, in the later revision's order, removed ones where they were. */
function compareLists<T>(
  before: readonly T[],
  after: readonly T[],
  key: (x: T) => string,
  describe: (x: T, side: 'before' | 'after') => { name: string; fields: Fields },
): DiffItem[] {
  const b = new Map(before.map((x) => [key(x), x]));
  const a = new Map(after.map((x) => [key(x), x]));
  const out: DiffItem[] = [];
  const emitted = new Set<string>();
  const pushRemovedBefore = (index: number) => {
    // Removed items that came before this point in the earlier list.
    for (let i = 0; i < index; i++) {
      const x = before[i];
      const k = key(x);
      if (!a.has(k) && !emitted.has(k)) {
        emitted.add(k);
        const d = describe(x, 'before');
        out.push(item(k, d.name, d.fields, null));
      }
    }
  };
  for (const x of after) {
    const k = key(x);
    const old = b.get(k);
    if (old) pushRemovedBefore(before.indexOf(old));
    const d = describe(x, 'after');
    out.push(item(k, d.name, old ? describe(old, 'before').fields : null, d.fields));
    emitted.add(k);
  }
  pushRemovedBefore(before.length);
  return out;
}

/** A long text shortened at a word boundary, for a heading. */
function headline(text: string, max = 90): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

function section(id: string, title: string, items: DiffItem[]): DiffSection {
  return { id, title, items, changes: items.filter((i) => i.change !== 'same').length };
}

function modelText(n: ModelNumber | null | undefined): string {
  return n ? `Model ${n}: ${DECISION_MODELS[n].name}` : '';
}

function date(d: string): string {
  return d || '';
}

export function compareCharters(before: Charter, after: Charter): DiffSection[] {
  const side = (s: 'before' | 'after') => (s === 'before' ? before : after);
  const roleName = (c: Charter, id: string | null) => (id ? (c.roles.find((r) => r.id === id)?.name ?? '(a removed role)') : '');
  const roleNames = (c: Charter, ids: readonly string[] | undefined) => (ids ?? []).map((id) => roleName(c, id)).join(', ');
  const memberName = (c: Charter, id: string) => c.team.find((m) => m.id === id)?.name ?? '(a removed member)';
  const focusName = (c: Charter, id: string) => c.focusAreas.find((f) => f.id === id)?.name || UNNAMED_FOCUS_AREA;
  const domainName = (c: Charter, id: string) => c.domains.find((d) => d.id === id)?.name || 'Unnamed area';
  const cadence = (x: string | null | undefined) => (x ? (CADENCE_LABELS[x as keyof typeof CADENCE_LABELS] ?? x) : '');

  const statusText = (c: Charter) => (c.status === 'signed' ? `Signed and locked${c.lockedAt ? ` on ${c.lockedAt.slice(0, 10)}` : ''}` : 'Draft');
  const describeBasics = (c: Charter): Fields => [
    ['District', c.district],
    ['Title', c.title],
    ['In scope', c.inScope],
    ['Out of scope', c.outOfScope],
    ['Facilitator', c.facilitator],
    ['Meeting date', date(c.meetingDate)],
    ['Next review', date(c.nextReviewDate)],
    ['Status', statusText(c)],
  ];

  const models = compareLists(
    before.focusAreas,
    after.focusAreas,
    (f) => f.id,
    (f, s) => {
      const c = side(s);
      const d = c.decisions.find((x) => x.focusAreaId === f.id);
      const agreed = d?.parked ? `Parked: ${d.parkedNote}` : d?.model ? modelText(d.model) : 'Not agreed yet';
      return {
        name: f.name || UNNAMED_FOCUS_AREA,
        fields: [
          ['Focus area', f.name],
          ['Applies to', f.scope],
          ['Agreed model', agreed],
          ['Works under today', modelText(d?.operatesNow)],
          ['Why this model', d?.rationale ?? ''],
          ['Evidence', d?.evidence ?? ''],
        ],
      };
    },
  );

  const rights = [
    ...compareLists(
      before.domains,
      after.domains,
      (d) => `domain:${d.id}`,
      (d) => ({ name: `Area: ${d.name || 'Unnamed area'}`, fields: [['Area of decisions', d.name]] }),
    ).filter((i) => i.change !== 'same'),
    ...compareLists(
      before.rights ?? [],
      after.rights ?? [],
      (r) => `${r.domainId}|${r.focusAreaId}`,
      (r, s) => {
        const c = side(s);
        return {
          name: `${domainName(c, r.domainId)} — ${focusName(c, r.focusAreaId)}`,
          fields: [
            ['Sets priorities', roleName(c, r.setsPriorities)],
            ['Decides actions', roleName(c, r.decidesActions)],
            ['Consulted', roleNames(c, r.consulted)],
            ['Informed', roleNames(c, r.informed)],
          ],
        };
      },
    ),
  ];

  const roles = compareLists(before.roles, after.roles, (r) => r.id, (r, s) => {
    const c = side(s);
    return {
      name: r.name || 'Unnamed role',
      fields: [
        ['Role', r.name],
        ['Side', r.side === 'district' ? 'District' : 'School'],
        ['Purpose', r.purpose],
        ['Responsibilities', r.responsibilities],
        ['Held by', (r.memberIds ?? []).map((id) => memberName(c, id)).join(', ')],
      ],
    };
  });

  const expectations = compareLists(before.expectations, after.expectations, (e) => e.id, (e, s) => {
    const c = side(s);
    return {
      name: headline(e.what) || 'Expectation with no text yet',
      fields: [
        ['What', e.what],
        ['Owner', roleName(c, e.ownerRoleId)],
        ['With', roleNames(c, e.withRoleIds ?? [])],
        ['How often', cadence(e.cadence)],
        ['Evidence it was done', e.evidence],
        ['Starts', date(e.start)],
        ['Due', date(e.due)],
      ],
    };
  });

  const supports = [
    item(
      'school-year',
      'School year',
      [['School year', `${before.supports?.schoolYear.start ?? ''} to ${before.supports?.schoolYear.end ?? ''}`]],
      [['School year', `${after.supports?.schoolYear.start ?? ''} to ${after.supports?.schoolYear.end ?? ''}`]],
    ),
    ...compareLists(before.supports?.resources ?? [], after.supports?.resources ?? [], (r) => `resource:${r.id}`, (r, s) => {
      const c = side(s);
      return {
        name: headline(r.what) || 'Resource agreement',
        fields: [
          ['Resource', r.what],
          ['From', roleName(c, r.fromRoleId)],
          ['To', roleName(c, r.toRoleId)],
          ['By when', date(r.byWhen)],
        ],
      };
    }),
  ];

  const team = compareLists(before.team, after.team, (m) => m.id, (m) => ({
    name: m.name || 'Unnamed member',
    fields: [
      ['Name', m.name],
      ['Title', m.title],
      ['Side', m.side === 'district' ? 'District' : 'School'],
      ['Signs the charter', m.signatory ? 'Yes' : 'No'],
    ],
  }));

  const signatures = compareLists(before.signatures, after.signatures, (x) => x.memberId, (x, s) => ({
    name: memberName(side(s), x.memberId),
    fields: [['Signature', `${x.typedName}, ${x.signedAt.slice(0, 10)}${x.method === 'drawn' ? ', drawn' : ''}`]],
  }));

  const r = (c: Charter): Fields => [
    ['Why now', c.reflection.whyNow],
    ['Data reviewed', c.reflection.dataReviewed],
    ['What the data shows', c.reflection.dataShows],
    ['Root causes', c.reflection.rootCauses],
    ['Clarity of focus', c.reflection.focus],
    ['Problems of practice', c.reflection.problemsOfPractice],
    ['Where the district stands in the way', c.reflection.districtBarriers],
    ['Earlier efforts', c.reflection.earlierEfforts],
    ['What we will do differently', c.reflection.doDifferently],
  ];

  return [
    section('basics', 'The charter', [item('basics', after.title || 'The charter', describeBasics(before), describeBasics(after))]),
    section('models', 'Focus areas and agreed models', models),
    section('rights', 'Decision rights', rights),
    section('roles', 'Roles', roles),
    section('expectations', 'Expectations', expectations),
    section('supports', 'School year and resources', supports),
    section('team', 'Team and signatories', team),
    section('signatures', 'Signatures', signatures),
    section('reflection', 'Reflection', [item('reflection', 'Reflection', r(before), r(after))]),
  ];
}

/** How many things changed across all sections. */
export function totalChanges(sections: DiffSection[]): number {
  return sections.reduce((n, s) => n + s.changes, 0);
}
