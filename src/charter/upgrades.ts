/**
 * Charters that outlive every release. One ordered list of upgrades brings a
 * charter written by any earlier release up to today's shape; `upgradeCharter`
 * runs them wherever a charter is read: the drafts database, a charter file, a
 * backup, a PDF, the command line. Validation (charterFile.ts) comes after.
 *
 * Rules for whoever adds one (the pattern of Excalidraw's restore and Actual's
 * ordered migrations):
 * - Bump CHARTER_VERSION and add an upgrade producing it, at the end of the list.
 * - `apply` is pure: it gets its own copy of the charter and returns it. It must
 *   not read the clock, make ids, or call domain functions that may change in a
 *   later release: once released, an upgrade never changes, because verifying a
 *   charter signed by an older release re-runs it (fingerprint.ts).
 * - The input may be damaged: leave what you do not recognise for validation to
 *   report. Never throw.
 * - Keep a fixture of the shape it upgrades from in tests/fixtures/history/.
 */
import { canonicalJson } from './canonical';
import { CHARTER_FORMAT, CHARTER_VERSION } from './Charter';

type Json = Record<string, unknown>;

export interface CharterUpgrade {
  /** The version this upgrade produces. */
  version: number;
  /** One line: what changed in the shape. */
  description: string;
  /** `charter` is this upgrade's own copy; `original` is the charter as read, before any upgrade. */
  apply(charter: Json, original: Readonly<Json>): Json;
}

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const objects = (x: unknown): Json[] => (Array.isArray(x) ? x.filter(isObject) : []);
function fill(target: unknown, defaults: Json): void {
  if (!isObject(target)) return;
  for (const [k, v] of Object.entries(defaults)) if (!(k in target)) target[k] = v;
}

/** The fields before version 3 left out of the fingerprint (only these two). */
const SIGNED_BEFORE_V3_LEAVES_OUT: ReadonlySet<string> = new Set(['fingerprint', 'updatedAt']);

export const UPGRADES: readonly CharterUpgrade[] = [
  {
    version: 2,
    description:
      'Decision rights per domain and focus area (were one per domain), supports, show-of-hands tallies, hidden views, parked decisions, role holders and drawn signatures.',
    apply(c) {
      // The first release showed every view at once: nothing was hidden.
      for (const f of objects(c.focusAreas)) fill(f, { revealed: true });
      fill(c, { tallies: [] });
      // The first release could record the room's view as one position with no person; it is
      // now a show of hands of one (unless people's own views were also recorded for that area).
      if (Array.isArray(c.positions) && Array.isArray(c.tallies)) {
        const room = objects(c.positions).filter((p) => p.memberId === null);
        c.positions = c.positions.filter((p) => !(isObject(p) && p.memberId === null));
        const personal = new Set(objects(c.positions).map((p) => p.focusAreaId));
        const counted = new Set(objects(c.tallies).map((t) => t.focusAreaId));
        const hand = (m: unknown) => [1, 2, 3, 4].map((n) => (n === m ? 1 : 0));
        for (const p of room) {
          if (personal.has(p.focusAreaId) || counted.has(p.focusAreaId)) continue;
          counted.add(p.focusAreaId);
          c.tallies.push({ focusAreaId: p.focusAreaId, now: hand(p.now), shouldBe: hand(p.shouldBe) });
        }
      }
      for (const d of objects(c.decisions)) fill(d, { operatesNow: null, parked: false, parkedNote: '' });
      for (const r of objects(c.roles)) fill(r, { memberIds: [] });
      for (const s of objects(c.signatures)) fill(s, { method: 'typed', image: null });
      fill(c, { supports: { schoolYear: { start: '', end: '' }, resources: [], communication: [] } });
      if (!('rights' in c)) {
        // The first release kept one set of holders per domain; it now holds for every focus area,
        // marked as the team's own choice so no default replaces what they agreed.
        const rights: Json[] = [];
        for (const d of objects(c.domains)) {
          const held = ['setsPriorities', 'decidesActions', 'consulted', 'informed'].some((k) => k in d);
          if (!held) continue;
          for (const f of objects(c.focusAreas)) {
            rights.push({
              domainId: d.id,
              focusAreaId: f.id,
              setsPriorities: d.setsPriorities ?? null,
              decidesActions: d.decidesActions ?? null,
              consulted: Array.isArray(d.consulted) ? [...d.consulted] : [],
              informed: Array.isArray(d.informed) ? [...d.informed] : [],
              overridden: true,
            });
          }
        }
        c.rights = rights;
      }
      for (const d of objects(c.domains)) {
        delete d.setsPriorities;
        delete d.decidesActions;
        delete d.consulted;
        delete d.informed;
      }
      c.version = 2;
      return c;
    },
  },
  {
    version: 3,
    description:
      'Signing evidence (consent, intent, time zone, device), keyboard names, worked examples, template sources, what each side needs, three reflection prompts, the resource check; the next review date leaves the fingerprint, and a charter signed earlier keeps the text it was signed as.',
    apply(c, original) {
      fill(c, { example: false });
      for (const m of objects(c.team)) fill(m, { keyboardName: '' });
      fill(c.reflection, { focus: '', problemsOfPractice: '', districtBarriers: '' });
      for (const d of objects(c.decisions)) fill(d, { needsFromSchools: '', needsFromDistrict: '' });
      for (const e of objects(c.expectations)) fill(e, { source: '' });
      fill(c.supports, { resourceCheck: '' });
      for (const s of objects(c.signatures)) fill(s, { consent: false, intent: '', timeZone: '', device: '' });
      if (!('signedContent' in c)) {
        c.signedContent = c.status === 'signed' ? canonicalJson(original, SIGNED_BEFORE_V3_LEAVES_OUT) : null;
      }
      c.version = 3;
      return c;
    },
  },
];

export type UpgradeResult =
  | {
      ok: true;
      /** Today's shape, not yet validated. */
      charter: unknown;
      /** The version it was written at. */
      from: number;
    }
  | { ok: false; error: string };

export const NEWER_VERSION_MESSAGE = (version: number) =>
  `This charter file was made by a newer version of Same Playbook (file format version ${version}; this app reads up to version ${CHARTER_VERSION}). Update the app to open it.`;

/** Bring a charter read from anywhere up to today's shape. Never throws; never changes its input. */
export function upgradeCharter(raw: unknown): UpgradeResult {
  if (!isObject(raw)) return { ok: false, error: 'This is not a charter file: expected a JSON object.' };
  if (raw.format !== CHARTER_FORMAT) {
    return { ok: false, error: `This is not a Same Playbook charter file: "format" must be "${CHARTER_FORMAT}".` };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      error:
        version === undefined
          ? 'This charter file has no "version", so it cannot be read.'
          : `This charter file has version ${JSON.stringify(version)}, which no Same Playbook release wrote.`,
    };
  }
  if (version > CHARTER_VERSION) return { ok: false, error: NEWER_VERSION_MESSAGE(version) };
  if (version === CHARTER_VERSION) return { ok: true, charter: raw, from: version };
  try {
    let charter = structuredClone(raw) as Json;
    for (const u of UPGRADES) if (u.version > version) charter = u.apply(charter, raw);
    return { ok: true, charter, from: version };
  } catch (e) {
    return { ok: false, error: `This charter file could not be brought up to date: ${(e as Error)?.message ?? String(e)}` };
  }
}

/** True when a stored or read charter is older than today's shape. */
export function needsUpgrade(raw: unknown): boolean {
  return isObject(raw) && raw.version !== CHARTER_VERSION;
}

/** A stored charter in today's shape, or as it is when it cannot be upgraded (it is then reported when opened). */
export function upgradedOrAsIs<T>(c: T): T {
  if (!needsUpgrade(c)) return c;
  const upgraded = upgradeCharter(c);
  return upgraded.ok ? (upgraded.charter as T) : c;
}
