import { describe, expect, it } from 'vitest';
import { defaultPlan, loadPlan, savePlan } from './retreatStore';

function memory(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: () => null,
    get length() {
      return m.size;
    },
  };
}

describe('the retreat plan kept across a reload', () => {
  it('comes back as it was saved, per charter', () => {
    const s = memory();
    const plan = { ...defaultPlan(), agendaId: 'half-day' as const, activityId: 'roles', sound: true, startsAt: 1_800_000_000_000 };
    plan.timers['half-day:roles'] = { durationMs: 1_800_000, endsAt: 1_800_000_000_000, remainingMs: 1_800_000 };
    savePlan('a', plan, s);
    expect(loadPlan('a', s)).toEqual(plan);
    expect(loadPlan('b', s)).toEqual(defaultPlan());
  });

  it('drops anything malformed', () => {
    const s = memory();
    s.setItem('same-playbook:retreat:a', '{not json');
    expect(loadPlan('a', s)).toEqual(defaultPlan());
    s.setItem(
      'same-playbook:retreat:a',
      JSON.stringify({
        agendaId: 'all-week',
        activityId: 7,
        sound: 'yes',
        timers: { 'ninety-minutes:models': { durationMs: 'x' }, '__proto__': { durationMs: 1, endsAt: null, remainingMs: 1 } },
      }),
    );
    expect(loadPlan('a', s)).toEqual(defaultPlan());
  });
});
