import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Charter } from '../charter/Charter';
import { parseCharterFile } from '../charter/charterFile';
import { openItems } from '../charter/completeness';
import { parkedDisagreements, reviewChecks } from './checklist';

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

const check = (c: Charter, id: string) => reviewChecks(c).find((k) => k.id === id)!;

describe('the review’s completeness checks', () => {
  it('are all done for a complete charter', () => {
    const checks = reviewChecks(fixture('riverside-signed'));
    expect(checks.map((k) => k.id)).toEqual(['basics', 'models', 'owners', 'expectations', 'signatories']);
    expect(checks.every((k) => k.open.length === 0)).toBe(true);
    expect(check(fixture('riverside-signed'), 'models').summary).toBe('2 of 2 agreed');
  });

  it('list exactly what the gate before signing lists, each linked to the stage that fixes it', () => {
    for (const name of ['riverside-draft', 'riverside-signed', 'large-signed']) {
      const c = fixture(name);
      const fromChecks = reviewChecks(c).flatMap((k) => k.open);
      expect(new Set(fromChecks.map((i) => `${i.part}:${i.message}`))).toEqual(new Set(openItems(c).map((i) => `${i.part}:${i.message}`)));
    }
  });

  it('send an undecided focus area to Decide and a missing signatory side to Set up', () => {
    const c = fixture('riverside-signed');
    c.decisions[0]!.model = null;
    for (const m of c.team) if (m.side === 'school') m.signatory = false;
    const models = check(c, 'models');
    expect(models.open).toHaveLength(1);
    expect(models.stage).toBe('decide');
    expect(models.summary).toBe('1 of 2 agreed');
    const sides = check(c, 'signatories');
    expect(sides.open.map((i) => i.message)).toEqual(['Name at least one signatory from the school side.']);
    expect(sides.stage).toBe('setup');
    expect(sides.summary).toBe('2 from the district, 0 from schools');
  });

  it('flag an expectation with no owner or no cadence, on Expectations', () => {
    const c = fixture('riverside-signed');
    c.expectations[1]!.ownerRoleId = null;
    c.expectations[2]!.cadence = null;
    const k = check(c, 'expectations');
    expect(k.open).toHaveLength(2);
    expect(k.stage).toBe('expectations');
  });
});

describe('parked disagreements', () => {
  it('lists what the team parked, with its note, and nothing when nothing is parked', () => {
    const c = fixture('riverside-signed');
    expect(parkedDisagreements(c)).toEqual([]);
    Object.assign(c.decisions[1]!, { model: null, parked: true, parkedNote: 'Back to it in January, with the winter data.' });
    expect(parkedDisagreements(c)).toEqual([
      { focusAreaId: c.decisions[1]!.focusAreaId, name: 'Middle school mathematics', note: 'Back to it in January, with the winter data.' },
    ]);
  });
});
