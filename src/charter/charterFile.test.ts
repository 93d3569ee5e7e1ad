import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { newCharter, type Charter } from './Charter';
import {
  MAX_FILE_BYTES,
  charterFileName,
  parseCharterFile,
  readCharterFile,
  serialiseCharter,
  validateCharter,
} from './charterFile';
import { charterJsonSchema } from './charterJsonSchema';

const FIXTURES = ['riverside-signed', 'riverside-draft', 'large-signed'] as const;
const fixtureText = (name: string) => readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8');

function fixture(name: string): Charter {
  const r = parseCharterFile(fixtureText(name));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

/** The error for a text that must be rejected. */
function rejection(text: string): string {
  const r = parseCharterFile(text);
  expect(r.ok, 'expected the file to be rejected').toBe(false);
  return r.ok ? '' : r.error;
}

/** The error for the draft fixture after `change`. */
function rejectionOf(change: (c: Record<string, any>) => void): string {
  const c = JSON.parse(fixtureText('riverside-draft'));
  change(c);
  return rejection(JSON.stringify(c));
}

describe('reading the fixtures', () => {
  it.each(FIXTURES)('%s is a valid charter file', (name) => {
    const r = parseCharterFile(fixtureText(name));
    expect(r.ok ? '' : r.error).toBe('');
  });

  it.each(FIXTURES)('%s survives a round trip unchanged', (name) => {
    const text = fixtureText(name);
    const c = fixture(name);
    expect(serialiseCharter(c)).toBe(text);
    const again = parseCharterFile(serialiseCharter(c));
    expect(again.ok && again.charter).toEqual(c);
  });

  it('keeps names in every script exactly', () => {
    const names = fixture('large-signed').team.map((m) => m.name);
    expect(names).toContain('Αλέξανδρος Παπαδόπουλος');
    expect(names).toContain('Ольга Иванова');
    expect(names).toContain('Trần Văn Đức');
  });

  it('accepts a new, empty charter', () => {
    const r = parseCharterFile(serialiseCharter(newCharter()));
    expect(r.ok ? '' : r.error).toBe('');
  });
});

describe('rejecting bad files, with a message that names the problem', () => {
  it('broken JSON', () => {
    expect(rejection('{"format": "same-playbook/charter",')).toMatch(/^The file is not valid JSON/);
    expect(rejection('')).toMatch(/not valid JSON/);
  });

  it('JSON that is not an object', () => {
    for (const text of ['[]', '42', 'null', '"a charter"', 'true']) {
      expect(rejection(text)).toBe('This is not a charter file: expected a JSON object.');
    }
  });

  it('another kind of file (wrong format)', () => {
    expect(rejection('{"name": "my-package", "version": "1.0.0"}')).toBe(
      'This is not a Same Playbook charter file: "format" must be "same-playbook/charter".',
    );
    expect(rejectionOf((c) => (c.format = 'same-playbook/charter-v2'))).toMatch(/"format" must be "same-playbook\/charter"/);
  });

  it('a version this app does not read', () => {
    expect(rejectionOf((c) => (c.version = 5))).toBe(
      'This charter file was made by a newer version of Same Playbook (file format version 5; this app reads up to version 4). Update the app to open it.',
    );
    expect(rejectionOf((c) => (c.version = '1'))).toBe('This charter file has version "1", which no Same Playbook release wrote.');
    expect(rejectionOf((c) => delete c.version)).toBe('This charter file has no "version", so it cannot be read.');
  });

  it('a date that is not on the calendar', () => {
    expect(rejectionOf((c) => (c.meetingDate = '2026-13-45'))).toMatch(/meetingDate .*not a real calendar date|meetingDate .*YYYY-MM-DD/);
    expect(rejectionOf((c) => (c.nextReviewDate = '0000-00-00'))).toMatch(/nextReviewDate/);
    expect(rejectionOf((c) => (c.expectations[0].due = '2027-02-30'))).toMatch(/expectations\[0\]\.due/);
  });

  it('a missing field', () => {
    expect(rejectionOf((c) => delete c.district)).toBe('The charter file is not valid: district is missing.');
    expect(rejectionOf((c) => delete c.team[1].side)).toBe('The charter file is not valid: team[1].side is missing.');
  });

  it('a field of the wrong type', () => {
    expect(rejectionOf((c) => (c.team[0].signatory = 'yes'))).toMatch(/team\[0\]\.signatory has the wrong type \(Expected boolean but received "yes"\)/);
    expect(rejectionOf((c) => (c.team[0] = 'José'))).toMatch(/team\[0\] has the wrong type/);
    expect(rejectionOf((c) => (c.reflection = null))).toMatch(/reflection has the wrong type/);
    expect(rejectionOf((c) => (c.decisions[0].model = 5))).toMatch(/decisions\[0\]\.model must be 1, 2, 3 or 4/);
    expect(rejectionOf((c) => (c.team[2].side = 'board'))).toMatch(/team\[2\]\.side must be "district" or "school"/);
  });

  it('a value that is not allowed', () => {
    expect(rejectionOf((c) => (c.meetingDate = '14/09/2026'))).toMatch(/meetingDate must be a date written YYYY-MM-DD/);
    expect(rejectionOf((c) => (c.expectations[0].cadence = 'daily'))).toMatch(/expectations\[0\]\.cadence must be one of once, weekly/);
    expect(rejectionOf((c) => (c.createdAt = 'yesterday'))).toMatch(/createdAt must be a date and time/);
    expect(rejectionOf((c) => (c.revision = 0))).toMatch(/revision is not valid/);
    expect(rejectionOf((c) => (c.title = 'x'.repeat(501)))).toMatch(/title is too long/);
  });

  it('an unknown field, at the top or nested', () => {
    expect(rejectionOf((c) => (c.owner = 'me'))).toBe('The charter file is not valid: owner is not a field of a charter file.');
    expect(rejectionOf((c) => (c.team[3].email = 'a@b.c'))).toMatch(/team\[3\]\.email is not a field of a charter file/);
  });

  it('a __proto__ key, without polluting Object.prototype', () => {
    const text = fixtureText('riverside-draft');
    const top = text.replace('{', '{"__proto__": {"polluted": true, "status": "signed"},');
    const inMember = text.replace('"id": "member-001",', '"__proto__": {"signatory": false, "polluted": true}, "id": "member-001",');
    const inReflection = text.replace('"whyNow":', '"__proto__": {"polluted": true}, "whyNow":');
    expect(inMember).not.toBe(text);
    expect(inReflection).not.toBe(text);
    expect(rejection(top)).toMatch(/__proto__ is not a field of a charter file/);
    expect(rejection(inMember)).toMatch(/team\[0\]\.__proto__ is not a field of a charter file/);
    expect(rejection(inReflection)).toMatch(/reflection\.__proto__ is not a field/);
    expect(rejection(text.replace('{', '{"constructor": {"prototype": {"polluted": true}},'))).toMatch(/constructor is not a field/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('duplicate ids', () => {
    expect(rejectionOf((c) => (c.team[1].id = c.team[0].id))).toMatch(/team id "member-001" appears twice/);
    expect(rejectionOf((c) => (c.focusAreas[1].id = c.focusAreas[0].id))).toMatch(/focusAreas id "focus-007" appears twice/);
  });

  it('references that point at nothing', () => {
    expect(rejectionOf((c) => (c.positions[0].focusAreaId = 'focus-999'))).toMatch(/positions\[0\]\.focusAreaId points at no focus area/);
    expect(rejectionOf((c) => (c.decisions[1].focusAreaId = 'focus-999'))).toMatch(/decisions\[1\]\.focusAreaId points at no focus area/);
    expect(rejectionOf((c) => (c.rights[0].consulted = ['board']))).toMatch(/rights\[0\]\.consulted points at no role \("board"\)/);
    expect(rejectionOf((c) => (c.rights[2].domainId = 'weather'))).toMatch(/rights\[2\]\.domainId points at no domain/);
    expect(rejectionOf((c) => (c.rights[3].focusAreaId = 'focus-999'))).toMatch(/rights\[3\]\.focusAreaId points at no focus area/);
    expect(rejectionOf((c) => (c.rights[1] = { ...c.rights[0] }))).toMatch(/rights \(domain and focus area\) id ".*" appears twice/);
    expect(rejectionOf((c) => c.roles[0].memberIds.push('member-999'))).toMatch(/roles\[0\]\.memberIds points at no team member \("member-999"\)/);
    expect(rejectionOf((c) => (c.supports.resources[0].toRoleId = 'mayor'))).toMatch(/supports\.resources\[0\]\.toRoleId points at no role/);
    expect(rejectionOf((c) => c.expectations[1].withRoleIds.push('board'))).toMatch(/expectations\[1\]\.withRoleIds points at no role \("board"\)/);
    expect(rejectionOf((c) => (c.expectations[0].ownerRoleId = 'mayor'))).toMatch(/expectations\[0\]\.ownerRoleId points at no role/);
  });

  it('a signed charter without its fingerprint', () => {
    const c = JSON.parse(fixtureText('riverside-signed'));
    c.fingerprint = null;
    expect(rejection(JSON.stringify(c))).toMatch(/a signed charter must have lockedAt and fingerprint/);
  });

  it('lists at most five problems at once', () => {
    const error = rejectionOf((c) => {
      for (const m of c.team) m.signatory = 'yes';
    });
    expect(error).toMatch(/team\[4\]\.signatory/);
    expect(error).not.toMatch(/team\[5\]\.signatory/);
    expect(error).toMatch(/\(and 1 more\)/);
  });

  it('validateCharter never throws, whatever it is given', () => {
    for (const value of [undefined, null, 1, 'x', [], new Date(), Object.create(null)]) {
      expect(validateCharter(value).ok).toBe(false);
    }
  });
});

describe('the 5 MB limit', () => {
  it('rejects text over 5 MB, counted in bytes', () => {
    expect(rejection(' '.repeat(MAX_FILE_BYTES + 1))).toMatch(/larger than 5 MB/);
    // 3 million "é" is under 5 million characters but 6 MB of UTF-8
    expect(rejection('é'.repeat(3_000_000))).toMatch(/larger than 5 MB/);
    // a valid charter padded past the limit is still refused
    expect(rejection(fixtureText('riverside-signed') + ' '.repeat(MAX_FILE_BYTES))).toMatch(/larger than 5 MB/);
  });

  it('rejects a Blob over 5 MB before reading it', async () => {
    const blob = new Blob([new Uint8Array(MAX_FILE_BYTES + 1)]);
    let read = false;
    Object.defineProperty(blob, 'text', { value: () => ((read = true), Promise.resolve('')) });
    const r = await readCharterFile(blob);
    expect(r.ok ? '' : r.error).toMatch(/larger than 5 MB/);
    expect(read).toBe(false);
  });

  it('reads a charter from a Blob', async () => {
    const r = await readCharterFile(new Blob([fixtureText('riverside-signed')], { type: 'application/json' }));
    expect(r.ok && r.charter.district).toBe('Riverside Unified School District');
  });
});

describe('charterFileName', () => {
  it('builds a safe file name from the district and title', () => {
    const c = fixture('riverside-draft');
    expect(charterFileName(c)).toBe('Riverside-Unified-School-District-Reading-charter-draft-rev1.json');
    c.district = 'Distrito Escolar de Peñalolén';
    c.title = '';
    expect(charterFileName(c, 'pdf')).toBe('Distrito-Escolar-de-Penalolen-rev1.pdf');
    expect(charterFileName(newCharter())).toBe('charter-rev1.json');
  });
});

describe('the published JSON Schema', () => {
  const published = JSON.parse(readFileSync(new URL('../../public/charter.schema.json', import.meta.url), 'utf8'));

  it('is up to date with CharterSchema (run `npm run schema` if this fails)', () => {
    expect(published).toEqual(charterJsonSchema());
  });

  it('names no foreign host', () => {
    expect(published.$id).toBe('charter.schema.json');
    expect(published.title).toBeTruthy();
    expect(published.description).toBeTruthy();
  });

  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(published);

  it.each(FIXTURES)('accepts %s', (name) => {
    const ok = validate(JSON.parse(fixtureText(name)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects what the app rejects field by field', () => {
    const bad: Array<(c: Record<string, any>) => void> = [
      (c) => (c.owner = 'me'),
      (c) => delete c.district,
      (c) => (c.team[0].signatory = 'yes'),
      (c) => (c.version = 2),
      (c) => (c.meetingDate = '14/09/2026'),
      (c) => (c.createdAt = 'yesterday'),
      (c) => (c.fingerprint = 'not-hex'),
    ];
    for (const change of bad) {
      const c = JSON.parse(fixtureText('riverside-draft'));
      change(c);
      expect(validate(c), String(change)).toBe(false);
    }
  });
});
