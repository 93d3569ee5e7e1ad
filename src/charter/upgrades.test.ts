import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARTER_VERSION, type Charter } from './Charter';
import { openCharter, serialiseCharter } from './charterFile';
import { openItems } from './completeness';
import { verifyFingerprint } from './fingerprint';
import { UPGRADES, upgradeCharter } from './upgrades';
import { readImportText, verifyImport } from '../library/readImportFile';
import { makeBackup, serialiseBackup } from '../library/backupFile';

const HISTORY = 'tests/fixtures/history';
const raw = (name: string) => JSON.parse(readFileSync(`${HISTORY}/${name}.json`, 'utf8')) as Record<string, unknown>;
const history = readdirSync(HISTORY)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

function opened(value: unknown): Charter {
  const r = openCharter(value);
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

describe('the list of upgrades', () => {
  it('is ordered, one version at a time, and ends at the current version', () => {
    expect(UPGRADES.map((u) => u.version)).toEqual(UPGRADES.map((_, i) => i + 2));
    expect(UPGRADES.at(-1)!.version).toBe(CHARTER_VERSION);
    for (const u of UPGRADES) expect(u.description.length).toBeGreaterThan(20);
  });

  it('keeps a fixture of every earlier version', () => {
    const versions = new Set(history.map((n) => raw(n).version));
    for (let v = 1; v < CHARTER_VERSION; v++) expect(versions.has(v), `a fixture of version ${v}`).toBe(true);
  });
});

describe('every charter ever written opens', () => {
  it.each(history)('%s opens, in today’s shape, with nothing open that was complete', async (name) => {
    const c = opened(raw(name));
    expect(c.version).toBe(CHARTER_VERSION);
    expect(() => openItems(c)).not.toThrow();
    if (c.status === 'signed') {
      expect(openItems(c)).toEqual([]);
      expect(await verifyFingerprint(c)).toBe(true);
      expect(c.signedContent).not.toBeNull();
    } else {
      expect(c.signedContent).toBeNull();
    }
    // Written again and read again, it is the same charter (an upgrade happens once).
    expect(opened(JSON.parse(serialiseCharter(c)))).toEqual(c);
  });

  it('does not change what it is given', () => {
    const input = raw('v1-first-release-signed');
    const before = JSON.stringify(input);
    upgradeCharter(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('turns the first release’s one set of holders per area into rights per area and focus area, kept as the team chose', () => {
    const input = raw('v1-first-release-signed') as { domains: Array<Record<string, unknown>>; focusAreas: unknown[] };
    const c = opened(input);
    expect(c.rights).toHaveLength(input.domains.length * input.focusAreas.length);
    const first = input.domains[0];
    for (const r of c.rights.filter((x) => x.domainId === first.id)) {
      expect(r).toMatchObject({ setsPriorities: first.setsPriorities, decidesActions: first.decidesActions, overridden: true });
    }
    expect(c.domains.every((d) => Object.keys(d).sort().join() === 'id,name')).toBe(true);
    expect(c.signatures.every((s) => s.method === 'typed' && s.image === null && s.consent === false)).toBe(true);
  });

  it('refuses a file from a newer version in words', () => {
    const r = openCharter({ ...raw('v2-draft'), version: 999 });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('made by a newer version of Same Playbook') });
  });

  it('refuses a version no release wrote', () => {
    expect(openCharter({ ...raw('v2-draft'), version: 0 }).ok).toBe(false);
    expect(openCharter({ ...raw('v2-draft'), version: '2' }).ok).toBe(false);
  });
});

describe('a charter signed by an earlier release', () => {
  it('stops verifying when its content is changed after the upgrade', async () => {
    const c = opened(raw('v1-first-release-signed'));
    expect(await verifyFingerprint({ ...c, title: `${c.title}!` })).toBe(false);
    expect(await verifyFingerprint({ ...c, signedContent: c.signedContent!.replace('Riverside', 'Rivers1de') })).toBe(false);
  });

  it('still verifies after its next review date is changed', async () => {
    const c = opened(raw('v1-signed'));
    expect(await verifyFingerprint({ ...c, nextReviewDate: '2028-01-31' })).toBe(true);
  });

  it('is refused when it was changed before it reached us', async () => {
    const tampered = { ...raw('v1-signed'), title: 'Another title' };
    const r = await verifyImport(readImportText(JSON.stringify(tampered)));
    expect(r).toEqual({ ok: false, error: expect.stringContaining('changed after it was signed') });
  });
});

describe('a backup of a library holding every version', () => {
  it('is read back whole, every signed charter verified', async () => {
    const charters = history.map((n) => opened(raw(n)));
    const text = serialiseBackup(makeBackup(charters, new Date('2026-12-01T10:00:00Z')));
    const r = await verifyImport(readImportText(text));
    expect(r.ok && r.kind === 'backup' && r.charters.length).toBe(history.length);
  });

  it('may mix charters written at different versions', async () => {
    const text = JSON.stringify({ format: 'same-playbook/backup', version: 1, exportedAt: '2026-12-01T10:00:00Z', charters: history.map(raw) });
    const r = await verifyImport(readImportText(text));
    if (!r.ok) throw new Error(r.error);
    expect(r.kind === 'backup' && r.charters.every((c) => c.version === CHARTER_VERSION)).toBe(true);
  });
});
