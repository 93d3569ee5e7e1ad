/**
 * Opening files: every malformed or hostile file is refused with a message,
 * nothing throws, and the database is byte-for-byte what it was; a good backup
 * is previewed before anything changes, then imported whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { CHARTER_VERSION, type Charter } from '../charter/Charter';
import { revise } from '../charter/signing';
import { PlaybookDb } from '../storage/db';
import { dumpDatabase } from '../storage/dump';
import { deleteCharters, importCharters, saveCharter } from '../storage/drafts';
import { makeBackup, serialiseBackup, BACKUP_FORMAT } from './backupFile';
import { checkImport, commitBackup, commitImport } from './importCharter';
import { validateCharter } from '../charter/charterFile';

const read = (name: string) => JSON.parse(readFileSync(`tests/fixtures/${name}`, 'utf8')) as Charter;
const DRAFT = read('riverside-draft.json');
const SIGNED = read('riverside-signed.json');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every place in a value, with the value found there. */
function places(value: Json, path: Path = [], out: { path: Path; value: Json }[] = []) {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((x, i) => places(x, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, x] of Object.entries(value)) places(x, [...path, k], out);
  return out;
}

function at(root: Json, path: Path): Json {
  return path.reduce<Json>((o, k) => (o as Record<string | number, Json>)[k], root);
}

function setAt(root: Json, path: Path, value: Json): void {
  (at(root, path.slice(0, -1)) as Record<string | number, Json>)[path.at(-1)!] = value;
}

/** A value of a type no field at that place accepts. */
function wrongTypeFor(v: Json, pick: number): Json {
  if (typeof v === 'string') return [42, true, {}, [], 3.5][pick % 5];
  if (typeof v === 'number') return ['1', true, {}, [1]][pick % 4];
  if (typeof v === 'boolean') return ['yes', 0, {}, null][pick % 4];
  if (v === null) return [42, true, {}, []][pick % 4];
  if (Array.isArray(v)) return ['list', 7, { length: 0 }][pick % 3];
  return ['object', 7, [], true][pick % 4];
}

const base = (): Json => structuredClone(DRAFT) as unknown as Json;
const CHARTER_PLACES = places(base());
const LEAVES = CHARTER_PLACES.filter((p) => p.path.length > 0);
const OBJECTS = CHARTER_PLACES.filter((p) => p.value !== null && typeof p.value === 'object' && !Array.isArray(p.value));
const REQUIRED_KEYS = CHARTER_PLACES.filter((p) => typeof p.path.at(-1) === 'string');
const LISTS_WITH_IDS = ['focusAreas', 'team', 'roles', 'domains', 'expectations'].filter(
  (k) => (DRAFT as unknown as Record<string, unknown[]>)[k].length > 0,
);

const text = (v: Json) => JSON.stringify(v);

/** Charter files that are wrong in one way each. */
const brokenCharter: fc.Arbitrary<{ what: string; text: string }> = fc.oneof(
  fc.record({ i: fc.nat(), pick: fc.nat() }).map(({ i, pick }) => {
    const c = base();
    const { path, value } = LEAVES[i % LEAVES.length];
    setAt(c, path, wrongTypeFor(value, pick));
    return { what: `wrong type at ${path.join('.')}`, text: text(c) };
  }),
  fc.nat().map((i) => {
    const c = base();
    const { path } = REQUIRED_KEYS[i % REQUIRED_KEYS.length];
    delete (at(c, path.slice(0, -1)) as Record<string, Json>)[path.at(-1) as string];
    return { what: `missing ${path.join('.')}`, text: text(c) };
  }),
  fc.record({ i: fc.nat(), key: fc.constantFrom('script', 'onload', 'x', 'évil', '<img src=x>', 'Title', '') }).map(({ i, key }) => {
    const c = base();
    const { path } = OBJECTS[i % OBJECTS.length];
    (at(c, path) as Record<string, Json>)[key] = 'unexpected';
    return { what: `unknown key ${key} at ${path.join('.')}`, text: text(c) };
  }),
  fc.record({ i: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype'), payload: fc.constantFrom<Json>({ polluted: true }, 'x', null) }).map(
    ({ i, key, payload }) => {
      const c = base();
      const { path } = OBJECTS[i % OBJECTS.length];
      Object.defineProperty(at(c, path) as object, key, { value: payload, enumerable: true, writable: true, configurable: true });
      return { what: `${key} at ${path.join('.') || 'top'}`, text: text(c) };
    },
  ),
  fc.constantFrom<Json>('same-playbook/charters', 'same-playbook/backup/1', '', 1, null).map((format) => ({
    what: `format ${String(format)}`,
    text: text({ ...(base() as Record<string, Json>), format }),
  })),
  fc.constantFrom<Json>(0, CHARTER_VERSION + 1, '1', 1.5, null, 999, -1).map((version) => ({
    what: `version ${String(version)}`,
    text: text({ ...(base() as Record<string, Json>), version }),
  })),
  fc.record({ list: fc.constantFrom(...LISTS_WITH_IDS), i: fc.nat() }).map(({ list, i }) => {
    const c = base() as Record<string, Json[]>;
    const items = c[list];
    items.push(structuredClone(items[i % items.length]));
    return { what: `duplicate id in ${list}`, text: text(c as unknown as Json) };
  }),
  fc.constantFrom(
    (c: Charter) => (c.signatures = [{ memberId: 'nobody', typedName: 'X', signedAt: '2026-09-14T10:00:00.000Z', method: 'typed', image: null, consent: true, intent: '', timeZone: '', device: '' }]),
    (c: Charter) => (c.expectations[0].ownerRoleId = 'no-such-role'),
    (c: Charter) => (c.decisions[0].focusAreaId = 'no-such-focus-area'),
    (c: Charter) => (c.title = 'x'.repeat(501)),
    (c: Charter) => (c.inScope = 'x'.repeat(20_001)),
    (c: Charter) => (c.meetingDate = 'next Tuesday'),
    (c: Charter) => (c.createdAt = 'yesterday'),
    (c: Charter) => (c.revision = 0),
    (c: Charter) => (c.status = 'approved' as Charter['status']),
    (c: Charter) => (c.status = 'signed'),
    (c: Charter) => (c.id = ''),
  ).map((f) => {
    const c = structuredClone(DRAFT);
    f(c);
    return { what: `bad value (${f.toString().slice(10, 60)})`, text: text(c as unknown as Json) };
  }),
);

/** Text that is not a charter at all, or is cut short, or nests forever. */
const notACharter: fc.Arbitrary<{ what: string; text: string }> = fc.oneof(
  fc.nat().map((n) => {
    const full = text(base());
    return { what: 'cut short', text: full.slice(0, 1 + (n % (full.length - 2))) };
  }),
  fc.string({ maxLength: 200 }).map((s) => ({ what: 'random text', text: s })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => ({ what: 'other JSON', text: JSON.stringify(v) ?? 'null' })),
  fc.integer({ min: 25, max: 20_000 }).map((n) => ({ what: `nested ${n} deep`, text: '['.repeat(n) + ']'.repeat(n) })),
  fc.integer({ min: 25, max: 5_000 }).map((n) => ({ what: `objects nested ${n} deep`, text: '{"a":'.repeat(n) + '1' + '}'.repeat(n) })),
  fc.constantFrom('', ' ', '\u0000', '\uFEFF{}', 'null', 'true', '"a string"', '[]', '{}', 'NaN', '{"format":"same-playbook/charter"}').map((t) => ({
    what: `literal ${JSON.stringify(t)}`,
    text: t,
  })),
);

/** Library backups with one thing wrong (a bad charter among good ones, a duplicate id, a bad envelope). */
const brokenBackup: fc.Arbitrary<{ what: string; text: string }> = fc.oneof(
  fc.record({ bad: brokenCharter, at: fc.nat({ max: 3 }) }).map(({ bad, at: i }) => {
    let inner: Json;
    try {
      inner = JSON.parse(bad.text) as Json;
    } catch {
      inner = bad.text;
    }
    const good = [0, 1, 2].map((n) => ({ ...structuredClone(DRAFT), id: `backup-good-${n}` }) as unknown as Json);
    good.splice(i % 4, 0, inner);
    return { what: `backup holding ${bad.what}`, text: `{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"2026-10-01T09:00:00.000Z","charters":${JSON.stringify(good)}}` };
  }),
  fc.constantFrom(
    { ...makeBackup([DRAFT, { ...DRAFT }]), what: 'duplicate ids' },
    { ...makeBackup([{ ...DRAFT, previousRevisionId: DRAFT.id }]), what: 'its own previous revision' },
    { ...makeBackup([{ ...DRAFT, id: 'a', previousRevisionId: 'b' }, { ...DRAFT, id: 'b', previousRevisionId: 'a' }]), what: 'a loop of revisions' },
    { ...makeBackup([DRAFT]), version: 2, what: 'version 2' },
    { ...makeBackup([DRAFT]), version: undefined, what: 'no version' },
    { ...makeBackup([DRAFT]), exportedAt: 'last week', what: 'bad date' },
    { ...makeBackup([]), what: 'no charters' },
    { ...makeBackup([DRAFT]), charters: { 0: DRAFT }, what: 'charters not a list' },
    { ...makeBackup([DRAFT]), note: 'hello', what: 'unknown field' },
  ).map(({ what, ...b }) => ({ what: `backup with ${what}`, text: JSON.stringify(b) })),
);

describe('opening malformed and hostile files', () => {
  let d: PlaybookDb;
  beforeAll(async () => {
    d = new PlaybookDb(`hostile-${Math.random()}`);
    // A library with something in it: a signed charter, its next revision, a draft, and a deleted one.
    await importCharters([SIGNED, revise(SIGNED), { ...DRAFT, id: 'deleted-one' }], d);
    await saveCharter(DRAFT, d);
    await deleteCharters(['deleted-one'], d);
    await d.places.put({ charterId: DRAFT.id, stage: 'reflect', visitedAt: '2026-09-14T12:00:00.000Z' });
  });
  afterAll(async () => {
    d.close();
    await Dexie.delete(d.name);
  });

  it('starts from a valid charter (else the cases below prove nothing)', () => {
    expect(validateCharter(DRAFT)).toMatchObject({ ok: true });
    expect(LEAVES.length).toBeGreaterThan(50);
  });

  it('refuses at least 500 generated bad files, each with a message, never throwing, changing nothing', async () => {
    const before = await dumpDatabase(d);
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ arbitrary: brokenCharter, weight: 4 }, { arbitrary: notACharter, weight: 2 }, { arbitrary: brokenBackup, weight: 2 }), async (file) => {
        runs++;
        // What the library does with a file: check it, and import only if the check passed.
        const check = await checkImport(new Blob([file.text]), d);
        if (check.ok) {
          if ('backup' in check) await commitBackup(check.backup, true, d);
          else await commitImport(check.charter, d);
        }
        expect(check.ok, `accepted: ${file.what}`).toBe(false);
        if (!check.ok) {
          expect(typeof check.error).toBe('string');
          expect(check.error.length, file.what).toBeGreaterThan(10);
        }
        expect(await dumpDatabase(d)).toBe(before);
      }),
      { numRuns: 600 },
    );
    expect(runs).toBeGreaterThanOrEqual(500);
  }, 120_000);

  it('names the problem for the kinds of harm a file can try', async () => {
    const msg = async (t: string) => {
      const r = await checkImport(new Blob([t]), d);
      return r.ok ? 'accepted' : r.error;
    };
    expect(await msg('{"__proto__":{"polluted":true},"format":"same-playbook/charter"}')).toMatch(/key named "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await msg('['.repeat(100) + ']'.repeat(100))).toMatch(/nested more deeply/);
    expect(await msg(JSON.stringify({ ...DRAFT, inScope: 'x'.repeat(5 * 1024 * 1024) }))).toMatch(/larger than 5 MB/);
    expect(await msg(serialiseBackup(makeBackup([DRAFT, DRAFT])))).toMatch(/charters\[0\] and charters\[1\] have the same id/);
    const bad = { ...structuredClone(DRAFT), title: 'Bad one', team: [{ ...DRAFT.team[0], signatory: 'yes' }] };
    expect(await msg(serialiseBackup(makeBackup([SIGNED, bad as unknown as Charter])))).toMatch(/^charters\[1\] \(“Bad one”\): .*team\[0\]\.signatory/);
    // A signed charter changed after signing is refused inside a backup as it is on its own.
    const tampered = { ...SIGNED, title: 'Changed after signing' };
    expect(await msg(serialiseBackup(makeBackup([DRAFT, tampered])))).toMatch(/^charters\[1\] \(“Changed after signing”\) was changed after it was signed/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const unread = () => Promise.reject(new Error('should not be read'));
    const huge = {
      size: 60 * 1024 * 1024,
      text: unread,
      arrayBuffer: unread,
      slice: () => new Blob(['{']),
    } as unknown as Blob;
    const r = await checkImport(huge, d);
    expect(r).toEqual({ ok: false, error: 'The file is larger than 50 MB, which is more than any library backup needs.' });
  });
});

describe('importing a good backup', () => {
  let d: PlaybookDb;
  beforeAll(() => {
    d = new PlaybookDb(`backup-${Math.random()}`);
  });
  afterAll(async () => {
    d.close();
    await Dexie.delete(d.name);
  });

  it('says what would be added, replaced or left alone, changing nothing until asked', async () => {
    const edited = { ...DRAFT, title: 'Edited here', updatedAt: '2026-11-01T10:00:00.000Z' };
    await importCharters([SIGNED, edited], d);
    const before = await dumpDatabase(d);
    const fresh = Array.from({ length: 3 }, (_, i) => ({ ...DRAFT, id: `new-${i}`, title: `New ${i}` }));
    const check = await checkImport(new Blob([serialiseBackup(makeBackup([SIGNED, DRAFT, ...fresh]))]), d);
    if (!check.ok || !('backup' in check)) throw new Error('expected a backup plan');
    const plan = check.backup;
    expect({ adds: plan.adds, replaces: plan.replaces, same: plan.same }).toEqual({ adds: 3, replaces: 1, same: 1 });
    expect(plan.items.find((x) => x.action === 'replace')?.existing?.title).toBe('Edited here');
    expect(await dumpDatabase(d)).toBe(before);

    // "Add the new only" keeps the edited charter.
    expect(await commitBackup(plan, false, d)).toBe(3);
    expect((await d.charters.get(DRAFT.id))?.title).toBe('Edited here');
    expect(await d.charters.count()).toBe(5);
  });

  it('round-trips the whole library through a backup file', async () => {
    const all = await d.charters.toArray();
    const text = serialiseBackup(makeBackup(all));
    const other = new PlaybookDb(`backup-copy-${Math.random()}`);
    try {
      const check = await checkImport(new Blob([text]), other);
      if (!check.ok || !('backup' in check)) throw new Error('expected a backup plan');
      expect(check.backup.adds).toBe(all.length);
      await commitBackup(check.backup, true, other);
      const byId = (a: Charter, b: Charter) => a.id.localeCompare(b.id);
      expect((await other.charters.toArray()).sort(byId)).toEqual(all.sort(byId));
    } finally {
      other.close();
      await Dexie.delete(other.name);
    }
  });
});
