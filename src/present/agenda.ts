/**
 * Default retreat agendas: the activities of a leadership retreat, the stage of
 * the charter each one works on, and the minutes we suggest for it.
 */
import { stageIndex, type StageId } from '../workflow/stages';
import { MINUTE_MS, remainingAt, type TimerState } from './timer';

export type AgendaId = 'ninety-minutes' | 'half-day';

export interface Activity {
  id: string;
  title: string;
  /** The stages this activity works on; empty for a break. */
  stages: readonly StageId[];
  minutes: number;
  /** One line for the facilitator: what the activity is for. */
  aim: string;
}

export interface Agenda {
  id: AgendaId;
  name: string;
  activities: readonly Activity[];
}

export const AGENDAS: Record<AgendaId, Agenda> = {
  'ninety-minutes': {
    id: 'ninety-minutes',
    name: '90-minute session',
    activities: [
      { id: 'welcome', title: 'Welcome and purpose', stages: ['setup'], minutes: 5, aim: 'Who is here, what the charter covers, and why it matters today.' },
      { id: 'why-now', title: 'Why now: the data and past efforts', stages: ['reflect'], minutes: 15, aim: 'Agree what the data shows and what got in the way before.' },
      { id: 'models', title: 'The four models', stages: ['models'], minutes: 10, aim: 'Everyone can say who decides what, and who decides how, in each model.' },
      { id: 'positions', title: 'Where we are, where we should be', stages: ['positions'], minutes: 15, aim: 'Place each focus area now and where it should be; name the gaps.' },
      { id: 'decide', title: 'Agree a model for each focus area', stages: ['decide'], minutes: 10, aim: 'One model per focus area, with the reason written down.' },
      { id: 'roles', title: 'Who decides what', stages: ['roles'], minutes: 10, aim: 'Every area of decisions has an owner; no gaps, no doubles.' },
      { id: 'commitments', title: 'What each side commits to', stages: ['expectations'], minutes: 10, aim: 'Concrete commitments with an owner, a rhythm and evidence.' },
      { id: 'sign', title: 'Read it through and sign', stages: ['review', 'sign', 'export'], minutes: 15, aim: 'Check nothing is open, each signatory signs in turn, and set the next review date.' },
    ],
  },
  'half-day': {
    id: 'half-day',
    name: 'Half-day retreat (3½ hours)',
    activities: [
      { id: 'welcome', title: 'Welcome, purpose and ground rules', stages: ['setup'], minutes: 15, aim: 'Who is here, what is in scope this year, and how we will talk.' },
      { id: 'data', title: 'Looking at the data together', stages: ['reflect'], minutes: 25, aim: 'Is the need the same across schools, or different in each?' },
      { id: 'past-efforts', title: 'What sank earlier efforts', stages: ['reflect'], minutes: 15, aim: 'Name what got in the way last time, and what we will do differently.' },
      { id: 'models', title: 'The four models', stages: ['models'], minutes: 20, aim: 'Read each model and its example; link it to our own experience.' },
      { id: 'positions', title: 'Where we are, where we should be', stages: ['positions'], minutes: 20, aim: 'Decide privately, reveal together, and talk about the gaps.' },
      { id: 'break', title: 'Break', stages: [], minutes: 15, aim: 'Fifteen minutes away from the screen; return on time.' },
      { id: 'decide', title: 'Agree a model for each focus area', stages: ['decide'], minutes: 25, aim: 'One model per focus area, with the reason and the evidence.' },
      { id: 'roles', title: 'Who decides what', stages: ['roles'], minutes: 30, aim: 'Priorities, actions, who is consulted and who is told, area by area.' },
      { id: 'commitments', title: 'Commitments and supports', stages: ['expectations'], minutes: 25, aim: 'What the district provides, what schools report, and how often.' },
      { id: 'sign', title: 'Review, sign and plan the next review', stages: ['review', 'sign', 'export'], minutes: 20, aim: 'Read it aloud, close what is open, sign, and set the review date.' },
    ],
  },
};

export const AGENDA_IDS = Object.keys(AGENDAS) as AgendaId[];

export function isAgendaId(value: unknown): value is AgendaId {
  return typeof value === 'string' && Object.hasOwn(AGENDAS, value);
}

export function totalMinutes(agenda: Agenda): number {
  return agenda.activities.reduce((sum, a) => sum + a.minutes, 0);
}

export function activityById(agenda: Agenda, id: string | null | undefined): Activity | undefined {
  return agenda.activities.find((a) => a.id === id);
}

/** The first activity that works on `stage`. Every stage has one in each agenda. */
export function firstActivityFor(agenda: Agenda, stage: StageId): Activity {
  const found =
    agenda.activities.find((a) => a.stages.includes(stage)) ??
    // Fallback for a stage no activity names: the last activity on an earlier stage.
    [...agenda.activities].reverse().find((a) => a.stages.some((s) => stageIndex(s) <= stageIndex(stage)));
  return found ?? agenda.activities[0];
}

/**
 * The activity to show when the room moves to `stage`: the current one if it
 * already covers that stage (a break counts as covering anything); otherwise,
 * coming back to a stage with several activities, the last one already started
 * (`started`); otherwise the first that covers it.
 */
export function activityForStage(
  agenda: Agenda,
  currentId: string | null,
  stage: StageId,
  started: (a: Activity) => boolean = () => false,
): Activity {
  const current = activityById(agenda, currentId);
  if (current && (current.stages.includes(stage) || current.stages.length === 0)) return current;
  const resumed = [...agenda.activities].reverse().find((a) => a.stages.includes(stage) && started(a));
  return resumed ?? firstActivityFor(agenda, stage);
}

export function nextActivity(agenda: Agenda, id: string): Activity | null {
  const i = agenda.activities.findIndex((a) => a.id === id);
  return i >= 0 ? (agenda.activities[i + 1] ?? null) : null;
}

/** Minutes from the start of the session to the start of each activity. */
export function startOffsets(agenda: Agenda): number[] {
  let at = 0;
  return agenda.activities.map((a) => {
    const start = at;
    at += a.minutes;
    return start;
  });
}

/** "0:15" — an offset in minutes as hours and minutes. */
export function formatOffset(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface ScheduleStatus {
  /** Whole minutes behind the agenda (0 when on time or ahead). */
  behindMinutes: number;
  /** "on time", "1 minute behind", "12 minutes behind". */
  label: string;
}

/**
 * Are we on time? The activity in hand was planned to end at the agenda's start
 * time plus the minutes of everything up to and including it; it will end, at
 * the earliest, once its timer has run out (a timer not started yet still has
 * all its minutes ahead). The difference is how far behind the session is.
 */
export function scheduleStatus(agenda: Agenda, activityId: string, timer: TimerState, startsAt: number, now: number): ScheduleStatus {
  const i = agenda.activities.findIndex((a) => a.id === activityId);
  if (i < 0) return { behindMinutes: 0, label: 'on time' };
  const plannedEnd = startsAt + (startOffsets(agenda)[i] + agenda.activities[i].minutes) * MINUTE_MS;
  const expectedEnd = now + Math.max(0, remainingAt(timer, now));
  const behindMinutes = Math.max(0, Math.floor((expectedEnd - plannedEnd) / MINUTE_MS));
  return {
    behindMinutes,
    label: behindMinutes === 0 ? 'on time' : `${behindMinutes} minute${behindMinutes === 1 ? '' : 's'} behind`,
  };
}

/** "09:05" — a time of day on the 24-hour clock, in the facilitator's own time zone. */
export function timeOfDay(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The same day as `day`, at "HH:MM"; null for anything that is not a time of day. */
export function atTimeOfDay(day: number, hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  const d = new Date(day);
  d.setHours(Number(m[1]), Number(m[2]), 0, 0);
  return d.getTime();
}
