import { describe, expect, it } from 'vitest';
import { newCharter, newFocusArea, removeFocusArea, removeRole, type Charter } from './Charter';
import { DOMAIN } from './DecisionDomain';
import { DECISION_MODELS, MODEL_NUMBERS, type ModelNumber } from './DecisionModel';
import {
  addDomain,
  defaultHolders,
  defaultReason,
  unheldMessage,
  unheldRights,
  focusAreasOutOfDate,
  holdingsOf,
  isUnownedRight,
  ownersForModel,
  ownershipGaps,
  partsOf,
  removeDomain,
  resetFocusArea,
  resetRight,
  rightFor,
  rightsGroups,
  setHolders,
  syncRights,
  toggleHolder,
} from './DecisionRight';
import { ROLE, defaultRoles } from './Role';

const ALL_ROLES = new Set(defaultRoles().map((r) => r.id));

/** A charter with focus areas agreed under the given models (null: not agreed yet). */
function charterWith(...models: Array<ModelNumber | null>): Charter {
  const c = newCharter(new Date('2026-09-01T00:00:00Z'));
  c.focusAreas = models.map((_, i) => ({ ...newFocusArea(`Focus ${i + 1}`), revealed: true }) as Charter['focusAreas'][number]);
  c.decisions = models.map((model, i) => ({
    focusAreaId: c.focusAreas[i]!.id,
    model,
    rationale: '',
    evidence: '',
  })) as Charter['decisions'];
  syncRights(c);
  return c;
}

const right = (c: Charter, domainId: string, focus = 0) => rightFor(c, domainId, c.focusAreas[focus]!.id)!;

describe('the defaults of each model', () => {
  it.each([
    [1, ROLE.superintendent, ROLE.centralOffice, [ROLE.principal], []],
    [2, ROLE.superintendent, ROLE.principal, [ROLE.centralOffice, ROLE.schoolTeam], []],
    [3, ROLE.schoolTeam, ROLE.principal, [ROLE.centralOffice], [ROLE.superintendent]],
    [4, ROLE.schoolTeam, ROLE.centralOffice, [ROLE.principal], [ROLE.superintendent]],
  ] as const)('model %i: %s sets priorities, %s decides actions, %j consulted', (n, sets, decides, consulted, informed) => {
    expect(ownersForModel(n, DOMAIN.budget)).toEqual({
      setsPriorities: sets,
      decidesActions: decides,
      consulted: [...consulted],
      informed: [...informed],
    });
    // Every default domain of a charter agreed under this model is owned, and follows the model.
    const c = charterWith(n);
    expect(c.rights).toHaveLength(9);
    for (const r of c.rights) {
      expect(r.setsPriorities).toBe(sets);
      expect(r.overridden).toBe(false);
      expect(isUnownedRight(r)).toBe(false);
    }
    expect(ownershipGaps(c)).toEqual([]);
    expect(focusAreasOutOfDate(c)).toEqual([]);
  });

  it('leaves hiring and family engagement with the principal even where the district controls actions', () => {
    for (const n of [1, 4] as const) {
      expect(ownersForModel(n, DOMAIN.staffing)).toMatchObject({ decidesActions: ROLE.principal });
      expect(ownersForModel(n, DOMAIN.staffing).consulted).toContain(ROLE.centralOffice);
      expect(ownersForModel(n, DOMAIN.family).decidesActions).toBe(ROLE.principal);
      expect(ownersForModel(n, DOMAIN.budget).decidesActions).toBe(ROLE.centralOffice);
    }
  });

  it('gives a decision to a role someone on the team holds, on the same side, when the first choice has no holder', () => {
    const onlySuperintendentAndPrincipal = new Set([ROLE.superintendent, ROLE.principal]);
    expect(ownersForModel(1, DOMAIN.budget, onlySuperintendentAndPrincipal)).toMatchObject({
      setsPriorities: ROLE.superintendent,
      decidesActions: ROLE.superintendent,
    });
    expect(ownersForModel(3, DOMAIN.budget, onlySuperintendentAndPrincipal)).toEqual({
      setsPriorities: ROLE.principal,
      decidesActions: ROLE.principal,
      consulted: [],
      informed: [ROLE.superintendent],
    });
    const noSuperintendent = new Set([ROLE.centralOffice, ROLE.principal]);
    expect(ownersForModel(2, DOMAIN.budget, noSuperintendent).setsPriorities).toBe(ROLE.centralOffice);
  });

  it('explains each default in one line', () => {
    for (const n of MODEL_NUMBERS) {
      for (const d of Object.values(DOMAIN)) {
        const line = defaultReason(n, d);
        expect(line).toMatch(/^[A-Z].*\.$/);
        expect(line).not.toContain('\n');
      }
    }
    expect(defaultReason(2, DOMAIN.budget)).toMatch(/superintendent/);
    expect(defaultReason(1, DOMAIN.staffing)).toMatch(/principal/);
  });

  it('gives each decision to a role on the side the model names', () => {
    const side = new Map(defaultRoles().map((r) => [r.id, r.side]));
    for (const n of MODEL_NUMBERS) {
      const o = ownersForModel(n);
      expect(side.get(o.setsPriorities!), `model ${n} priorities`).toBe(DECISION_MODELS[n].setsPriorities);
      expect(side.get(o.decidesActions!), `model ${n} actions`).toBe(DECISION_MODELS[n].controlsActions);
    }
  });

  it('consults the people closest to a domain: teacher teams on curriculum and training, the special-education lead on interventions', () => {
    for (const n of MODEL_NUMBERS) {
      expect(ownersForModel(n, DOMAIN.curriculum).consulted).toContain(ROLE.teacherTeams);
      expect(ownersForModel(n, DOMAIN.professionalDevelopment).consulted).toContain(ROLE.teacherTeams);
      expect(ownersForModel(n, DOMAIN.interventions).consulted).toContain(ROLE.specialEducation);
      expect(ownersForModel(n, DOMAIN.budget).consulted).not.toContain(ROLE.specialEducation);
    }
  });

  it('leaves out roles the charter no longer has, which leaves the domain unowned', () => {
    const withoutCentralOffice = new Set([...ALL_ROLES].filter((id) => id !== ROLE.centralOffice));
    const d = defaultHolders(1, DOMAIN.budget, withoutCentralOffice);
    expect(d).toEqual({ setsPriorities: ROLE.superintendent, decidesActions: null, consulted: [ROLE.principal], informed: [] });
    expect(isUnownedRight(d)).toBe(true);
    expect(defaultHolders(null, DOMAIN.budget, ALL_ROLES)).toEqual({ setsPriorities: null, decidesActions: null, consulted: [], informed: [] });
  });
});

describe('filling rights per domain and focus area', () => {
  it('makes one row per domain and focus area, each from its own focus area’s model', () => {
    const c = charterWith(1, 3);
    expect(c.rights).toHaveLength(18);
    expect(right(c, DOMAIN.curriculum, 0).decidesActions).toBe(ROLE.centralOffice);
    expect(right(c, DOMAIN.curriculum, 1).decidesActions).toBe(ROLE.principal);
    expect(right(c, DOMAIN.curriculum, 1).setsPriorities).toBe(ROLE.schoolTeam);
  });

  it('leaves a focus area with no agreed model empty, without flagging it (deciding comes first)', () => {
    const c = charterWith(2, null);
    expect(right(c, DOMAIN.budget, 1)).toMatchObject({ setsPriorities: null, decidesActions: null, overridden: false });
    expect(ownershipGaps(c)).toEqual([]);
  });

  it('is idempotent: syncing again changes nothing', () => {
    const c = charterWith(2, 4);
    const before = JSON.stringify(c.rights);
    expect(syncRights(c)).toBe(false);
    expect(JSON.stringify(c.rights)).toBe(before);
  });

  it('a new domain starts from each focus area’s model; removing one removes its rows', () => {
    const c = charterWith(1, 2);
    addDomain(c, { id: 'transport', name: 'Transportation' });
    expect(right(c, 'transport', 0)).toMatchObject({ setsPriorities: ROLE.superintendent, decidesActions: ROLE.centralOffice });
    expect(right(c, 'transport', 1)).toMatchObject({ setsPriorities: ROLE.superintendent, decidesActions: ROLE.principal });
    removeDomain(c, 'transport');
    expect(c.rights.some((r) => r.domainId === 'transport')).toBe(false);
    expect(c.rights).toHaveLength(18);
  });

  it('removing a focus area removes its rows', () => {
    const c = charterWith(1, 2);
    removeFocusArea(c, c.focusAreas[0]!.id);
    expect(c.rights).toHaveLength(9);
    expect(syncRights(c)).toBe(false);
  });
});

describe('override tracking', () => {
  it('marks a row changed from its model, and unmarks it when the change is undone', () => {
    const c = charterWith(1);
    setHolders(c, DOMAIN.budget, c.focusAreas[0]!.id, { decidesActions: ROLE.principal });
    expect(right(c, DOMAIN.budget)).toMatchObject({ decidesActions: ROLE.principal, overridden: true });
    expect(right(c, DOMAIN.staffing).overridden).toBe(false);
    setHolders(c, DOMAIN.budget, c.focusAreas[0]!.id, { decidesActions: ROLE.centralOffice });
    expect(right(c, DOMAIN.budget).overridden).toBe(false);
  });

  it('treats the consulted and informed lists as sets: order does not make a change', () => {
    const c = charterWith(1);
    const f = c.focusAreas[0]!.id;
    toggleHolder(c, DOMAIN.curriculum, f, 'informed', ROLE.schoolTeam);
    toggleHolder(c, DOMAIN.curriculum, f, 'informed', ROLE.principal);
    expect(right(c, DOMAIN.curriculum)).toMatchObject({ informed: [ROLE.schoolTeam, ROLE.principal], overridden: true });
    toggleHolder(c, DOMAIN.curriculum, f, 'informed', ROLE.schoolTeam);
    toggleHolder(c, DOMAIN.curriculum, f, 'informed', ROLE.principal);
    expect(right(c, DOMAIN.curriculum).overridden).toBe(false);
    setHolders(c, DOMAIN.curriculum, f, { consulted: [ROLE.teacherTeams, ROLE.principal] });
    expect(right(c, DOMAIN.curriculum).overridden).toBe(false);
  });

  it('keeps the team’s changes when the agreed model changes, and moves every other row to the new model', () => {
    const c = charterWith(1);
    const f = c.focusAreas[0]!.id;
    setHolders(c, DOMAIN.budget, f, { decidesActions: ROLE.principal });
    c.decisions[0]!.model = 3;
    expect(focusAreasOutOfDate(c).map((x) => x.model)).toEqual([3]);
    expect(syncRights(c)).toBe(true);
    expect(right(c, DOMAIN.budget)).toMatchObject({ setsPriorities: ROLE.superintendent, decidesActions: ROLE.principal, overridden: true });
    expect(right(c, DOMAIN.schedule)).toMatchObject({ setsPriorities: ROLE.schoolTeam, decidesActions: ROLE.principal, overridden: false });
    expect(focusAreasOutOfDate(c)).toEqual([]);
  });

  it('a row set by hand before any model is agreed is kept when the model arrives', () => {
    const c = charterWith(null);
    const f = c.focusAreas[0]!.id;
    setHolders(c, DOMAIN.family, f, { setsPriorities: ROLE.principal, decidesActions: ROLE.principal });
    expect(right(c, DOMAIN.family).overridden).toBe(true);
    c.decisions[0]!.model = 1;
    syncRights(c);
    expect(right(c, DOMAIN.family)).toMatchObject({ setsPriorities: ROLE.principal, overridden: true });
    expect(right(c, DOMAIN.budget)).toMatchObject({ setsPriorities: ROLE.superintendent, overridden: false });
  });

  it('reset puts a row, or a whole focus area, back to the model', () => {
    const c = charterWith(2);
    const f = c.focusAreas[0]!.id;
    setHolders(c, DOMAIN.staffing, f, { setsPriorities: null });
    setHolders(c, DOMAIN.schedule, f, { decidesActions: ROLE.superintendent });
    resetRight(c, DOMAIN.staffing, f);
    expect(right(c, DOMAIN.staffing)).toMatchObject({ setsPriorities: ROLE.superintendent, overridden: false });
    expect(right(c, DOMAIN.schedule).overridden).toBe(true);
    resetFocusArea(c, f);
    expect(c.rights.every((r) => !r.overridden)).toBe(true);
  });
});

describe('unowned detection', () => {
  it('flags a row where no one sets priorities, or no one decides actions', () => {
    const base = { setsPriorities: ROLE.principal, decidesActions: ROLE.centralOffice, consulted: [], informed: [] };
    expect(isUnownedRight(base)).toBe(false);
    expect(isUnownedRight({ ...base, setsPriorities: null })).toBe(true);
    expect(isUnownedRight({ ...base, decidesActions: null })).toBe(true);
  });

  it('names the domain, the focus area and what is missing', () => {
    const c = charterWith(1, 2);
    setHolders(c, DOMAIN.budget, c.focusAreas[1]!.id, { decidesActions: null });
    setHolders(c, DOMAIN.family, c.focusAreas[0]!.id, { decidesActions: null, setsPriorities: null });
    expect(ownershipGaps(c).map((g) => [g.domain.name, g.focusArea.name, g.missing])).toEqual([
      ['Budget and resources', 'Focus 2', ['decidesActions']],
      ['Family and community engagement', 'Focus 1', ['setsPriorities', 'decidesActions']],
    ]);
  });

  it('removing a role that owned decisions leaves them unowned, and says so', () => {
    const c = charterWith(3);
    removeRole(c, ROLE.schoolTeam);
    expect(ownershipGaps(c)).toHaveLength(9);
    expect(ownershipGaps(c).every((g) => g.missing.join() === 'setsPriorities')).toBe(true);
    expect(c.rights.some((r) => r.consulted.includes(ROLE.schoolTeam) || r.informed.includes(ROLE.schoolTeam))).toBe(false);
    expect(syncRights(c)).toBe(false); // the model without that role gives the same rows
  });
});

describe('reading the rights', () => {
  it('lists what a role holds in a row, as P, D, C and I', () => {
    const c = charterWith(2);
    const r = right(c, DOMAIN.curriculum);
    expect(partsOf(r, ROLE.superintendent).map((p) => p.letter)).toEqual(['P']);
    expect(partsOf(r, ROLE.principal).map((p) => p.letter)).toEqual(['D']);
    expect(partsOf(r, ROLE.teacherTeams).map((p) => p.label)).toEqual(['Consulted']);
    expect(partsOf(r, ROLE.centralOffice).map((p) => p.letter)).toEqual(['C']);
    expect(partsOf(r, ROLE.specialEducation)).toEqual([]);
    setHolders(c, DOMAIN.curriculum, c.focusAreas[0]!.id, { setsPriorities: ROLE.principal });
    expect(partsOf(right(c, DOMAIN.curriculum), ROLE.principal).map((p) => p.letter)).toEqual(['P', 'D']);
  });

  it('prints one table for focus areas that share a model and the same rights', () => {
    const c = charterWith(1, 2, 1, 2);
    expect(rightsGroups(c).map((g) => [g.model, g.focusAreas.map((f) => f.name)])).toEqual([
      [1, ['Focus 1', 'Focus 3']],
      [2, ['Focus 2', 'Focus 4']],
    ]);
    setHolders(c, DOMAIN.budget, c.focusAreas[2]!.id, { decidesActions: ROLE.principal });
    expect(rightsGroups(c).map((g) => g.focusAreas.map((f) => f.name))).toEqual([['Focus 1'], ['Focus 2', 'Focus 4'], ['Focus 3']]);
  });
});

describe('what a role holds', () => {
  it('counts each part across every domain and focus area', () => {
    const c = charterWith(1, 2);
    expect(holdingsOf(c, ROLE.superintendent).counts).toEqual({ setsPriorities: 18, decidesActions: 0, consulted: 0, informed: 0 });
    expect(holdingsOf(c, ROLE.centralOffice).counts).toEqual({ setsPriorities: 0, decidesActions: 7, consulted: 11, informed: 0 });
    expect(holdingsOf(c, ROLE.specialEducation)).toEqual({
      counts: { setsPriorities: 0, decidesActions: 0, consulted: 2, informed: 0 },
      total: 2,
    });
    expect(holdingsOf(c, 'nobody').total).toBe(0);
  });
});

describe('decisions held by a role no one on the team holds', () => {
  it('names the role and how many areas it sets priorities in', () => {
    const c = charterWith(2);
    c.team = [{ id: 'm1', name: 'Ana', title: 'Principal', side: 'school', signatory: true }] as Charter['team'];
    c.roles.find((r) => r.id === ROLE.principal)!.memberIds = ['m1'];
    // Rows filled before anyone was linked still name the superintendent.
    const u = unheldRights(c);
    expect(u.map((x) => x.role.id)).toEqual([ROLE.superintendent]);
    expect(unheldMessage(u[0]!)).toBe('Superintendent sets priorities in 9 areas, but no one on the team holds Superintendent.');
    // Linking someone as superintendent clears it.
    c.team.push({ id: 'm2', name: 'Bo', title: 'Superintendent', side: 'district', signatory: true } as Charter['team'][number]);
    c.roles.find((r) => r.id === ROLE.superintendent)!.memberIds = ['m2'];
    expect(unheldRights(c)).toEqual([]);
  });

  it('moves rows that follow the model to a held role once people are linked', () => {
    const c = charterWith(2);
    c.team = [
      { id: 'm1', name: 'Ana', title: 'Principal', side: 'school', signatory: true },
      { id: 'm2', name: 'Bo', title: 'Director', side: 'district', signatory: true },
    ] as Charter['team'];
    c.roles.find((r) => r.id === ROLE.principal)!.memberIds = ['m1'];
    c.roles.find((r) => r.id === ROLE.centralOffice)!.memberIds = ['m2'];
    syncRights(c);
    expect(c.rights.every((r) => r.setsPriorities === ROLE.centralOffice && r.decidesActions === ROLE.principal)).toBe(true);
    expect(unheldRights(c)).toEqual([]);
    expect(focusAreasOutOfDate(c)).toEqual([]);
  });
});
