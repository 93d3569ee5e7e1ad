import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newCharter, newExpectation, type Charter } from './Charter';
import { parseCharterFile } from './charterFile';
import { isReadyToSign, openItems, setupProblems, signatoryProblems } from './completeness';
import { ROLE } from './Role';
import { addDomain, syncRights } from './DecisionRight';

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
      { part: 'basics', message: 'Name the district.' },
      { part: 'basics', message: 'Give the charter a title.' },
      { part: 'basics', message: 'Add at least one focus area.' },
      { part: 'team', message: 'Add the team members.' },
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
    // With no focus area yet there are no decision rights to own.
    expect(items.filter((i) => i.part === 'rights')).toEqual([]);
    expect(items.at(-1)).toEqual({ part: 'expectations', message: 'Write at least one expectation.' });
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
      { part: 'decisions', message: 'Agree a model for “Attendance”.' },
      { part: 'rights', message: 'No one sets priorities for “Staffing and hiring” in Elementary reading.' },
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
      { part: 'expectations', message: '“Share screening data.” has no owner.' },
      { part: 'expectations', message: '“Visit another school.” does not say how often.' },
      { part: 'expectations', message: 'Expectation 4 says nothing yet.' },
    ]);
  });

  it('at least one is needed', () => {
    const c = fixture('riverside-signed');
    c.expectations = [];
    expect(messages(c)).toEqual(['Write at least one expectation.']);
  });
});

describe('decision domains', () => {
  it('flag a domain where no one decides actions, naming the focus area', () => {
    const c = fixture('riverside-signed');
    const right = c.rights.find((r) => r.domainId === 'curriculum-and-materials' && r.focusAreaId === c.focusAreas[0].id)!;
    right.decidesActions = null;
    right.overridden = true;
    expect(messages(c)).toEqual(['No one decides actions for “Curriculum and materials” in Elementary reading.']);
  });

  it('name every focus area where the same domain has no owner, in one line', () => {
    const c = fixture('riverside-signed');
    for (const r of c.rights.filter((x) => x.domainId === 'budget-and-resources')) {
      Object.assign(r, { setsPriorities: null, decidesActions: null, overridden: true });
    }
    expect(messages(c)).toEqual([
      'No one sets priorities or decides actions for “Budget and resources” in Elementary reading and Middle school mathematics.',
    ]);
  });

  it('ask for the rights to be filled again when a focus area’s agreed model changed', () => {
    const c = fixture('riverside-signed');
    c.decisions[0].model = 2;
    expect(messages(c)).toEqual(['Decision rights for “Elementary reading” are not yet filled from model 2.']);
    syncRights(c);
    expect(messages(c)).toEqual([]);
    // The row the team changed by hand kept its change.
    expect(c.rights.find((r) => r.domainId === 'staffing-and-hiring' && r.focusAreaId === c.focusAreas[0].id)).toMatchObject({
      decidesActions: ROLE.schoolTeam,
      overridden: true,
    });
  });

  it('leave a focus area with no agreed model to the decide stage', () => {
    const c = fixture('riverside-signed');
    c.decisions[1].model = null;
    syncRights(c);
    expect(openItems(c)).toEqual([
      { part: 'decisions', message: 'Agree a model for “Middle school mathematics”.' },
    ]);
    // A row the team set by hand still counts: emptying it is flagged.
    const pd = c.rights.find((r) => r.domainId === 'professional-development' && r.focusAreaId === c.focusAreas[1].id)!;
    expect(pd.overridden).toBe(true);
    pd.setsPriorities = null;
    expect(messages(c)).toEqual([
      'Agree a model for “Middle school mathematics”.',
      'No one sets priorities for “Professional development” in Middle school mathematics.',
    ]);
  });

  it('need every role and every area to have a name', () => {
    const c = fixture('riverside-signed');
    c.roles.push({ id: 'r-new', name: ' ', side: 'school', purpose: '', responsibilities: '', memberIds: [] });
    addDomain(c, { id: 'd-new', name: '' });
    expect(messages(c)).toEqual([`Role ${c.roles.length} has no name.`, `Area of decisions ${c.domains.length} has no name.`]);
  });
});

describe('supports', () => {
  it('each resource agreement says what, from whom and to whom', () => {
    const c = fixture('riverside-signed');
    c.supports.resources[0].toRoleId = null;
    c.supports.resources.push({ id: 'x', what: '', fromRoleId: ROLE.centralOffice, toRoleId: ROLE.principal, byWhen: '' });
    expect(openItems(c).filter((i) => i.part === 'supports').map((i) => i.message)).toEqual([
      '“Professional development for the focus area: days, trainers…” needs who gives it and who receives it.',
      'Resource agreement 4 says nothing yet.',
    ]);
  });

  it('commitments that repeat need a school year that ends after it starts', () => {
    const c = fixture('riverside-signed');
    c.supports.schoolYear = { start: '2027-06-11', end: '2026-08-17' };
    expect(messages(c)).toEqual(['The school year must end after it starts.']);
    for (const e of c.expectations) e.cadence = null;
    expect(messages(c).filter((m) => m.includes('school year'))).toEqual([]);
  });
});

describe('signatories', () => {
  it('must come from both the district and the school side', () => {
    const c = fixture('riverside-signed');
    for (const m of c.team) if (m.side === 'school') m.signatory = false;
    expect(signatoryProblems(c)).toEqual([{ part: 'team', message: 'Name at least one signatory from the school side.' }]);
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
