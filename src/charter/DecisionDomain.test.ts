import { describe, expect, it } from 'vitest';
import type { DecisionDomain } from './Charter';
import { DEFAULT_DOMAIN_NAMES, applyModelToDomains, defaultDomains, isUnowned, ownersForModel } from './DecisionDomain';
import { DECISION_MODELS, MODEL_NUMBERS } from './DecisionModel';
import { ROLE, defaultRoles } from './Role';

const ALL_ROLES = new Set(defaultRoles().map((r) => r.id));

describe('default decision domains', () => {
  it('lists every default domain, unowned, with unique ids', () => {
    const domains = defaultDomains();
    expect(domains.map((d) => d.name)).toEqual([...DEFAULT_DOMAIN_NAMES]);
    expect(new Set(domains.map((d) => d.id)).size).toBe(domains.length);
    expect(domains.find((d) => d.name === 'Budget and resources')?.id).toBe('budget-and-resources');
    expect(domains.every(isUnowned)).toBe(true);
  });
});

describe('ownersForModel', () => {
  it.each([
    [1, ROLE.centralOffice, ROLE.centralOffice, [ROLE.principal]],
    [2, ROLE.centralOffice, ROLE.principal, [ROLE.schoolTeam]],
    [3, ROLE.schoolTeam, ROLE.principal, [ROLE.centralOffice]],
    [4, ROLE.schoolTeam, ROLE.centralOffice, [ROLE.principal]],
  ] as const)('model %i: %s sets priorities, %s decides actions, %j consulted', (n, sets, decides, consulted) => {
    expect(ownersForModel(n)).toEqual({
      setsPriorities: sets,
      decidesActions: decides,
      consulted: [...consulted],
      informed: [ROLE.superintendent],
    });
  });

  it('gives each decision to a role on the side the model names', () => {
    const side = new Map(defaultRoles().map((r) => [r.id, r.side]));
    for (const n of MODEL_NUMBERS) {
      const o = ownersForModel(n);
      expect(side.get(o.setsPriorities!), `model ${n} priorities`).toBe(DECISION_MODELS[n].setsPriorities);
      expect(side.get(o.decidesActions!), `model ${n} actions`).toBe(DECISION_MODELS[n].controlsActions);
    }
  });
});

describe('applyModelToDomains', () => {
  it('fills every domain from the model and keeps names and ids', () => {
    const domains = applyModelToDomains(defaultDomains(), 3, ALL_ROLES);
    expect(domains.map((d) => [d.id, d.name])).toEqual(defaultDomains().map((d) => [d.id, d.name]));
    for (const d of domains) {
      expect(d.setsPriorities).toBe(ROLE.schoolTeam);
      expect(d.decidesActions).toBe(ROLE.principal);
      expect(isUnowned(d)).toBe(false);
    }
  });

  it('drops roles the charter no longer has, which leaves the domain flagged as unowned', () => {
    const withoutCentralOffice = new Set([...ALL_ROLES].filter((id) => id !== ROLE.centralOffice));
    const [d] = applyModelToDomains(defaultDomains().slice(0, 1), 1, withoutCentralOffice);
    expect(d.setsPriorities).toBeNull();
    expect(d.decidesActions).toBeNull();
    expect(d.consulted).toEqual([ROLE.principal]);
    expect(d.informed).toEqual([ROLE.superintendent]);
    expect(isUnowned(d)).toBe(true);

    const [e] = applyModelToDomains(defaultDomains().slice(0, 1), 3, new Set([ROLE.principal]));
    expect(e).toMatchObject({ setsPriorities: null, decidesActions: ROLE.principal, consulted: [], informed: [] });
  });

  it('does not change the domains it was given', () => {
    const before = defaultDomains();
    applyModelToDomains(before, 1, ALL_ROLES);
    expect(before.every(isUnowned)).toBe(true);
  });
});

describe('isUnowned', () => {
  const d = (setsPriorities: string | null, decidesActions: string | null): DecisionDomain => ({
    id: 'x', name: 'X', setsPriorities, decidesActions, consulted: [], informed: [],
  });
  it('flags a domain unless someone both sets priorities and decides actions', () => {
    expect(isUnowned(d(null, null))).toBe(true);
    expect(isUnowned(d(ROLE.principal, null))).toBe(true);
    expect(isUnowned(d(null, ROLE.principal))).toBe(true);
    expect(isUnowned(d(ROLE.principal, ROLE.centralOffice))).toBe(false);
  });
});
