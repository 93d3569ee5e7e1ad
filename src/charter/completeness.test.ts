import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newCharter, newExpectation, type Charter } from './Charter';
import { parseCharterFile } from './charterFile';
import { isReadyToSign, openItems, setupProblems, signatoryProblems } from './completeness';
import { ROLE } from './Role';

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

const messages = (c: Charter) => openItems(c).map((i) => i.message);

describe('a fresh charter', () => {
  const fresh = newCharter();

  it('lists what set-up still needs', () => {
    expect(setupProblems(fresh)).toEqual([
      { stage: 'setup', message: 'Name the district.' },
      { stage: 'setup', message: 'Give the charter a title.' },
      { stage: 'setup', message: 'Add at least one focus area.' },
      { stage: 'setup', message: 'Add the team members.' },
    ]);
  });

  it('is not ready to sign, and lists open items from every stage in workflow order', () => {
    const items = openItems(fresh);
    expect(isReadyToSign(fresh)).toBe(false);
    expect(items.slice(0, 6).map((i) => i.message)).toEqual([
      'Name the district.',
      'Give the charter a title.',
      'Add at least one focus area.',
      'Add the team members.',
      'Name at least one signatory from the district side.',
      'Name at least one signatory from the school side.',
    ]);
    expect(items.filter((i) => i.stage === 'roles')).toHaveLength(fresh.domains.length);
    expect(items.at(-1)).toEqual({ stage: 'expectations', message: 'Write at least one expectation.' });
  });

  it('treats a name of only spaces as missing', () => {
    const c = newCharter();
    c.district = '   ';
    expect(setupProblems(c)[0].message).toBe('Name the district.');
  });
});

describe('the fixtures', () => {
  it('riverside-signed and large-signed have nothing open', () => {
    expect(openItems(fixture('riverside-signed'))).toEqual([]);
    expect(isReadyToSign(fixture('riverside-signed'))).toBe(true);
    expect(openItems(fixture('large-signed'))).toEqual([]);
  });

  it('the draft lists exactly its undecided focus area and its unowned domain', () => {
    const draft = fixture('riverside-draft');
    expect(draft.expectations[0].evidence).toBe(''); // an expectation without evidence is fine
    expect(openItems(draft)).toEqual([
      { stage: 'decide', message: 'Agree a model for “Attendance”.' },
      { stage: 'roles', message: 'No one sets priorities for “Staffing and hiring”.' },
    ]);
    expect(isReadyToSign(draft)).toBe(false);
  });
});

describe('expectations', () => {
  it('need an owner and a cadence, but not evidence or dates', () => {
    const c = fixture('riverside-signed');
    c.expectations = [
      newExpectation({ what: 'Send the monthly reading report.', ownerRoleId: ROLE.principal, cadence: 'monthly' }),
      newExpectation({ what: 'Share screening data.', ownerRoleId: null, cadence: 'quarterly', evidence: 'Slides' }),
      newExpectation({ what: 'Visit another school.', ownerRoleId: ROLE.schoolTeam, cadence: null }),
      newExpectation({ ownerRoleId: ROLE.principal, cadence: 'weekly' }),
    ];
    expect(openItems(c)).toEqual([
      { stage: 'expectations', message: '“Share screening data.” has no owner.' },
      { stage: 'expectations', message: '“Visit another school.” has no cadence.' },
      { stage: 'expectations', message: 'Expectation 4 says nothing yet.' },
    ]);
  });

  it('at least one is needed', () => {
    const c = fixture('riverside-signed');
    c.expectations = [];
    expect(messages(c)).toEqual(['Write at least one expectation.']);
  });
});

describe('decision domains', () => {
  it('flag a domain where no one decides actions', () => {
    const c = fixture('riverside-signed');
    c.domains[0].decidesActions = null;
    expect(messages(c)).toEqual(['No one decides actions for “Curriculum and materials”.']);
  });
});

describe('signatories', () => {
  it('must come from both the district and the school side', () => {
    const c = fixture('riverside-signed');
    for (const m of c.team) if (m.side === 'school') m.signatory = false;
    expect(signatoryProblems(c)).toEqual([{ stage: 'setup', message: 'Name at least one signatory from the school side.' }]);
    expect(isReadyToSign(c)).toBe(false);

    const d = fixture('riverside-signed');
    for (const m of d.team) if (m.side === 'district') m.signatory = false;
    expect(signatoryProblems(d).map((i) => i.message)).toEqual(['Name at least one signatory from the district side.']);
  });

  it('school-side members who do not sign do not count', () => {
    const c = fixture('riverside-signed');
    c.team = c.team.filter((m) => m.side === 'district' || !m.signatory); // keeps Siobhán, who does not sign
    expect(c.team.some((m) => m.side === 'school')).toBe(true);
    expect(signatoryProblems(c).map((i) => i.message)).toEqual(['Name at least one signatory from the school side.']);
  });
});
