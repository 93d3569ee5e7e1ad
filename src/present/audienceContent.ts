/**
 * What the room sees on the projector: only what the group should look at — the
 * step and its question, the 2×2, the revealed views, the agreed decisions —
 * never the facilitator's notes or the editing controls. A plain function of the
 * charter, so both windows show exactly the same thing.
 */
import { CADENCE_LABELS } from '../charter/Cadence';
import { roleName, signatories, type Charter } from '../charter/Charter';
import { rightFor } from '../charter/DecisionRight';
import { CONSTANTS_IN_EVERY_MODEL, DECISION_MODELS, MODEL_NUMBERS, SOURCE_CITATION, TAKEAWAYS, type ModelNumber } from '../charter/DecisionModel';
import { openItems } from '../charter/completeness';
import { placeFocusAreas } from '../charter/grid';
import { describeViews, roomViews } from '../charter/positionSummary';
import { REFLECTION_PROMPTS } from '../reflect/prompts';
import { stageInfo, type StageId } from '../workflow/stages';
import { stageOf } from '../workflow/openItemStage';
import { UNTITLED_CHARTER } from '../charter/names';

export interface ModelCell {
  model: ModelNumber;
  name: string;
  short: string;
}

export interface PositionCell extends ModelCell {
  /** How many placed the focus area here today / where it should be (0 or 1 for a single room view). */
  now: number;
  shouldBe: number;
}

export interface DecisionCell extends ModelCell {
  focusAreas: string[];
}

export type AudienceBody =
  | { kind: 'setup'; focusAreas: Array<{ name: string; scope: string }>; district: number; school: number; inScope: string }
  | {
      kind: 'reflect';
      prompts: Array<{ key: string; label: string; answered: boolean }>;
      spotlight: { label: string; prompt: string; answer: string } | null;
    }
  | {
      kind: 'models';
      cells: ModelCell[];
      constants: readonly string[];
      /** One of the source's three takeaways, with its example, when the facilitator puts it on the screen. */
      takeaway: { number: number; title: string; text: string; example: { title: string; text: string } } | null;
    }
  | {
      kind: 'positions';
      focusArea: { name: string; scope: string } | null;
      /** 1-based place of the focus area shown, and how many there are. */
      index: number;
      total: number;
      revealed: boolean;
      answered: number;
      people: number;
      cells: PositionCell[];
      summary: string[];
    }
  | {
      kind: 'decide';
      cells: DecisionCell[];
      undecided: string[];
      parked: string[];
      spotlight: { name: string; scope: string; model: ModelNumber | null; modelName: string; rationale: string; parked: boolean } | null;
    }
  | {
      kind: 'roles';
      focusArea: { name: string; model: ModelNumber | null } | null;
      index: number;
      total: number;
      /** Who sets priorities and who decides actions, per area of decisions; empty text when no one does. */
      rows: Array<{ area: string; priorities: string; actions: string }>;
      more: number;
      gaps: number;
    }
  | {
      kind: 'expectations';
      items: Array<{ what: string; owner: string; cadence: string }>;
      more: number;
      total: number;
      open: number;
    }
  | { kind: 'open-items'; done: string; open: string[]; more: number; total: number; noun: string }
  | { kind: 'sign'; signatories: Array<{ name: string; title: string; signed: boolean }>; signed: number }
  | { kind: 'export'; signed: boolean; fingerprint: string | null; lockedAt: string | null; nextReview: string };

export interface AudienceContent {
  charterTitle: string;
  district: string;
  stage: StageId;
  step: number;
  stageTitle: string;
  question: string;
  /** The source to cite on screen, if the content draws on one. */
  source: string | null;
  body: AudienceBody;
}

/** What the facilitator can put in the spotlight on a stage (none: the overview). */
export interface SpotlightChoice {
  id: string;
  label: string;
}

/** The most items listed on the screen at once; the rest are counted. */
export const MAX_LISTED = 6;
/** The most rows of decision rights, and of commitments, that fit at 1280×720 in large type. */
export const MAX_RIGHTS_ROWS = 7;
export const MAX_COMMITMENTS = 5;

const focusAreaName = (name: string, i: number) => name.trim() || `Focus area ${i + 1}`;

export function spotlightChoices(c: Charter, stage: StageId): SpotlightChoice[] {
  switch (stage) {
    case 'reflect':
      return REFLECTION_PROMPTS.map((p) => ({ id: p.key, label: p.label }));
    case 'models':
      return TAKEAWAYS.map((t, i) => ({ id: `takeaway-${i + 1}`, label: `Takeaway ${i + 1}: ${t.title}` }));
    case 'positions':
    case 'decide':
    case 'roles':
      return c.focusAreas.map((f, i) => ({ id: f.id, label: focusAreaName(f.name, i) }));
    default:
      return [];
  }
}

/** Positions and decision rights are shown one focus area at a time; elsewhere the overview comes first. */
export function defaultSpotlight(c: Charter, stage: StageId): string | null {
  return stage === 'positions' || stage === 'roles' ? (c.focusAreas[0]?.id ?? null) : null;
}

/** Stages where the screen can show an overview rather than one item. */
export function hasOverview(stage: StageId): boolean {
  return stage === 'reflect' || stage === 'decide' || stage === 'models';
}

/** The spotlight to use: the one asked for when it exists on this stage, else the default. */
export function validSpotlight(c: Charter, stage: StageId, wanted: string | null): string | null {
  if (wanted && spotlightChoices(c, stage).some((s) => s.id === wanted)) return wanted;
  return defaultSpotlight(c, stage);
}

/** What a screen shows, in a few words: "Take positions · Elementary reading", "Decide · overview". */
export function screenLabel(c: Charter, stage: StageId, spotlight: string | null): string {
  const title = stageInfo(stage).title;
  const choice = spotlightChoices(c, stage).find((s) => s.id === spotlight);
  if (choice) return `${title} · ${choice.label}`;
  return hasOverview(stage) ? `${title} · overview` : title;
}

function modelCell(n: ModelNumber): ModelCell {
  return { model: n, name: DECISION_MODELS[n].name, short: DECISION_MODELS[n].short };
}

function openItemsBody(c: Charter, stage: StageId, done: string, noun: string, total: number): AudienceBody {
  const open = openItems(c)
    .filter((i) => stage === 'review' || stageOf(i) === stage)
    .map((i) => i.message);
  return { kind: 'open-items', done, open: open.slice(0, MAX_LISTED), more: Math.max(0, open.length - MAX_LISTED), total, noun };
}

function body(c: Charter, stage: StageId, spotlight: string | null): AudienceBody {
  switch (stage) {
    case 'setup':
      return {
        kind: 'setup',
        focusAreas: c.focusAreas.map((f, i) => ({ name: focusAreaName(f.name, i), scope: f.scope.trim() })),
        district: c.team.filter((m) => m.side === 'district').length,
        school: c.team.filter((m) => m.side === 'school').length,
        inScope: c.inScope.trim(),
      };
    case 'reflect': {
      const prompt = REFLECTION_PROMPTS.find((p) => p.key === spotlight);
      return {
        kind: 'reflect',
        prompts: REFLECTION_PROMPTS.map((p) => ({ key: p.key, label: p.label, answered: !!c.reflection[p.key]?.trim() })),
        spotlight: prompt ? { label: prompt.label, prompt: prompt.prompt, answer: c.reflection[prompt.key]?.trim() ?? '' } : null,
      };
    }
    case 'models': {
      const i = TAKEAWAYS.findIndex((_, j) => spotlight === `takeaway-${j + 1}`);
      const t = TAKEAWAYS[i];
      return {
        kind: 'models',
        cells: MODEL_NUMBERS.map(modelCell),
        constants: CONSTANTS_IN_EVERY_MODEL,
        takeaway: t ? { number: i + 1, title: t.title, text: t.text, example: { title: t.example.title, text: t.exampleInBrief } } : null,
      };
    }
    case 'positions': {
      const i = c.focusAreas.findIndex((f) => f.id === spotlight);
      const f = c.focusAreas[i];
      const views = f ? roomViews(c, f.id) : null;
      const revealed = !!f?.revealed;
      return {
        kind: 'positions',
        focusArea: f ? { name: focusAreaName(f.name, i), scope: f.scope.trim() } : null,
        index: i + 1,
        total: c.focusAreas.length,
        revealed,
        answered: views ? Math.max(views.now.answered, views.shouldBe.answered) : 0,
        people: views?.people ?? 0,
        cells: MODEL_NUMBERS.map((n) => ({
          ...modelCell(n),
          now: revealed && views ? views.now.counts[n - 1] : 0,
          shouldBe: revealed && views ? views.shouldBe.counts[n - 1] : 0,
        })),
        summary: revealed && views ? describeViews(views) : [],
      };
    }
    case 'decide': {
      const placement = placeFocusAreas(c);
      const at = new Map(c.focusAreas.map((f, i) => [f.id, i]));
      const decided = (n: ModelNumber) => placement.byModel[n].map((p) => focusAreaName(p.focusArea.name, at.get(p.focusArea.id) ?? 0));
      const i = c.focusAreas.findIndex((f) => f.id === spotlight);
      const f = c.focusAreas[i];
      const d = f ? c.decisions.find((x) => x.focusAreaId === f.id) : undefined;
      return {
        kind: 'decide',
        cells: MODEL_NUMBERS.map((n) => ({ ...modelCell(n), focusAreas: decided(n) })),
        undecided: c.focusAreas
          .map((f, i) => ({ f, i, d: c.decisions.find((d) => d.focusAreaId === f.id) }))
          .filter((x) => !x.d?.model && !x.d?.parked)
          .map((x) => focusAreaName(x.f.name, x.i)),
        parked: c.focusAreas
          .map((f, i) => ({ f, i, d: c.decisions.find((d) => d.focusAreaId === f.id) }))
          .filter((x) => !x.d?.model && x.d?.parked)
          .map((x) => focusAreaName(x.f.name, x.i)),
        spotlight: f
          ? {
              name: focusAreaName(f.name, i),
              scope: f.scope.trim(),
              model: d?.model ?? null,
              modelName: d?.model ? DECISION_MODELS[d.model].name : '',
              rationale: d?.rationale.trim() ?? '',
              parked: !!d?.parked,
            }
          : null,
      };
    }
    case 'roles': {
      const i = c.focusAreas.findIndex((f) => f.id === spotlight);
      const f = c.focusAreas[i];
      const rows = f
        ? c.domains.map((d, j) => {
            const r = rightFor(c, d.id, f.id);
            return {
              area: d.name.trim() || `Area ${j + 1}`,
              priorities: roleName(c, r?.setsPriorities),
              actions: roleName(c, r?.decidesActions),
            };
          })
        : [];
      return {
        kind: 'roles',
        focusArea: f ? { name: focusAreaName(f.name, i), model: c.decisions.find((d) => d.focusAreaId === f.id)?.model ?? null } : null,
        index: i + 1,
        total: c.focusAreas.length,
        rows: rows.slice(0, MAX_RIGHTS_ROWS),
        more: Math.max(0, rows.length - MAX_RIGHTS_ROWS),
        gaps: rows.filter((r) => !r.priorities || !r.actions).length,
      };
    }
    case 'expectations': {
      const items = c.expectations
        .filter((e) => e.what.trim())
        .map((e) => ({
          what: e.what.trim(),
          owner: roleName(c, e.ownerRoleId),
          cadence: e.cadence ? CADENCE_LABELS[e.cadence] : '',
        }));
      return {
        kind: 'expectations',
        items: items.slice(0, MAX_COMMITMENTS),
        more: Math.max(0, items.length - MAX_COMMITMENTS),
        total: c.expectations.length,
        open: openItems(c).filter((o) => stageOf(o) === 'expectations').length,
      };
    }
    case 'review':
      return openItemsBody(
        c,
        'review',
        c.status === 'signed' ? 'Signed by every signatory: this is the charter as agreed.' : 'Nothing is open: the charter is ready to sign.',
        'open items',
        openItems(c).length,
      );
    case 'sign': {
      const people = signatories(c).map((m) => ({
        name: m.name.trim() || 'Unnamed signatory',
        title: m.title.trim(),
        signed: c.signatures.some((s) => s.memberId === m.id),
      }));
      return { kind: 'sign', signatories: people, signed: people.filter((p) => p.signed).length };
    }
    case 'export':
      return {
        kind: 'export',
        signed: c.status === 'signed',
        fingerprint: c.fingerprint ? c.fingerprint.slice(0, 12) : null,
        lockedAt: c.lockedAt,
        nextReview: c.nextReviewDate,
      };
  }
}

const SOURCED: ReadonlySet<StageId> = new Set(['models', 'positions', 'decide']);

/** On Reflect: the source of the prompt in the spotlight (none for our own prompts), or of all the prompts in the overview. */
function reflectSource(spotlight: string | null): string | null {
  const shown = REFLECTION_PROMPTS.filter((p) => spotlight === null || p.key === spotlight);
  const sources = [...new Set(shown.map((p) => p.source).filter((x): x is string => !!x))];
  return sources.length ? sources.join('; ') : null;
}

export function audienceContent(c: Charter, stage: StageId, spotlight: string | null = null): AudienceContent {
  const info = stageInfo(stage);
  return {
    charterTitle: c.title.trim() || UNTITLED_CHARTER,
    district: c.district.trim(),
    stage,
    step: info.number,
    stageTitle: info.title,
    question: info.question,
    source: stage === 'reflect' ? reflectSource(validSpotlight(c, stage, spotlight)) : SOURCED.has(stage) ? SOURCE_CITATION : null,
    body: body(c, stage, validSpotlight(c, stage, spotlight)),
  };
}
