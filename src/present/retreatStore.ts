/**
 * What a facilitator's session keeps across a reload: the agenda, the activity
 * in hand, its timers, and when the session started. Kept in localStorage per charter (it is about the
 * meeting, not the charter, so it is not part of the charter file).
 */
import { isAgendaId, type AgendaId } from './agenda';
import type { TimerState } from './timer';

export interface RetreatPlan {
  agendaId: AgendaId;
  /** The activity in hand; null until the first stage is shown. */
  activityId: string | null;
  /** Timers by "<agenda>:<activity>"; an activity without one starts full. */
  timers: Record<string, TimerState>;
  /** Play the chime when time is up. */
  sound: boolean;
  /** When the session started (ms since 1970): the agenda's clock for "on time" or "N minutes behind". */
  startsAt: number | null;
}

export function defaultPlan(): RetreatPlan {
  return { agendaId: 'ninety-minutes', activityId: null, timers: {}, sound: false, startsAt: null };
}

export const timerKey = (agendaId: AgendaId, activityId: string) => `${agendaId}:${activityId}`;

const storageKey = (charterId: string) => `same-playbook:retreat:${charterId}`;

function isTimer(value: unknown): value is TimerState {
  if (!value || typeof value !== 'object') return false;
  const t = value as Record<string, unknown>;
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  return finite(t.durationMs) && finite(t.remainingMs) && (t.endsAt === null || finite(t.endsAt));
}

/** The stored plan, or the default; anything malformed is dropped, never trusted. */
export function loadPlan(charterId: string, storage: Pick<Storage, 'getItem'> | null = globalThis.localStorage ?? null): RetreatPlan {
  const plan = defaultPlan();
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(storageKey(charterId)) ?? 'null');
  } catch {
    return plan;
  }
  if (!raw || typeof raw !== 'object') return plan;
  const r = raw as Record<string, unknown>;
  if (isAgendaId(r.agendaId)) plan.agendaId = r.agendaId;
  if (typeof r.activityId === 'string') plan.activityId = r.activityId;
  if (typeof r.sound === 'boolean') plan.sound = r.sound;
  if (typeof r.startsAt === 'number' && Number.isFinite(r.startsAt)) plan.startsAt = r.startsAt;
  if (r.timers && typeof r.timers === 'object') {
    for (const [key, t] of Object.entries(r.timers as Record<string, unknown>)) {
      if (isTimer(t) && /^[\w-]+:[\w-]+$/.test(key)) plan.timers[key] = { durationMs: t.durationMs, endsAt: t.endsAt, remainingMs: t.remainingMs };
    }
  }
  return plan;
}

export function savePlan(charterId: string, plan: RetreatPlan, storage: Pick<Storage, 'setItem'> | null = globalThis.localStorage ?? null): void {
  try {
    storage?.setItem(storageKey(charterId), JSON.stringify(plan));
  } catch {
    // No room or no storage: the plan lasts for this page.
  }
}
