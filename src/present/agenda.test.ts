import { describe, expect, it } from 'vitest';
import { STAGE_IDS } from '../workflow/stages';
import { newTimer, start as startTimer } from './timer';
import {
  AGENDAS,
  AGENDA_IDS,
  activityForStage,
  firstActivityFor,
  formatOffset,
  isAgendaId,
  nextActivity,
  atTimeOfDay,
  scheduleStatus,
  startOffsets,
  timeOfDay,
  totalMinutes,
} from './agenda';

describe('the retreat agendas', () => {
  it('fill 90 minutes and three and a half hours', () => {
    expect(totalMinutes(AGENDAS['ninety-minutes'])).toBe(90);
    expect(totalMinutes(AGENDAS['half-day'])).toBe(210);
  });

  it('leave time for up to 25 signatories to read, sign and set the review date', () => {
    for (const id of AGENDA_IDS) {
      const sign = AGENDAS[id].activities.find((a) => a.stages.includes('sign'))!;
      // About half a minute a signature for 25 people, plus a few minutes to read it through.
      expect(sign.minutes, id).toBeGreaterThanOrEqual(15);
    }
  });

  it('say the same length for a break as the minutes it is given', () => {
    const words: Record<number, string> = { 5: 'Five', 10: 'Ten', 15: 'Fifteen', 20: 'Twenty' };
    for (const id of AGENDA_IDS) {
      for (const a of AGENDAS[id].activities.filter((x) => x.stages.length === 0)) {
        expect(a.aim, `${id}: ${a.id}`).toMatch(new RegExp(`^${words[a.minutes]} minutes`));
      }
    }
  });

  it('give every stage an activity, in workflow order, with unique ids', () => {
    for (const id of AGENDA_IDS) {
      const agenda = AGENDAS[id];
      for (const stage of STAGE_IDS) expect(firstActivityFor(agenda, stage).stages, `${id}: ${stage}`).toContain(stage);
      const order = agenda.activities.flatMap((a) => a.stages).map((s) => STAGE_IDS.indexOf(s));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(agenda.activities.map((a) => a.id)).size).toBe(agenda.activities.length);
      for (const a of agenda.activities) expect(a.minutes).toBeGreaterThan(0);
    }
  });

  it('keeps the current activity while the room stays on its stages, and moves on otherwise', () => {
    const half = AGENDAS['half-day'];
    // Two reflect activities: moving within reflect keeps the second.
    expect(activityForStage(half, 'past-efforts', 'reflect').id).toBe('past-efforts');
    expect(activityForStage(half, 'past-efforts', 'models').id).toBe('models');
    // Review, sign and export share one activity.
    expect(activityForStage(half, 'sign', 'export').id).toBe('sign');
    // During the break the room may look at anything.
    expect(activityForStage(half, 'break', 'positions').id).toBe('break');
    expect(activityForStage(half, null, 'roles').id).toBe('roles');
    expect(activityForStage(half, 'no-such-activity', 'setup').id).toBe('welcome');
  });

  it('lists start times and the next activity', () => {
    const ninety = AGENDAS['ninety-minutes'];
    expect(startOffsets(ninety).slice(0, 3)).toEqual([0, 5, 20]);
    expect(formatOffset(85)).toBe('1:25');
    expect(nextActivity(ninety, 'welcome')?.id).toBe('why-now');
    expect(nextActivity(ninety, 'sign')).toBeNull();
    expect(isAgendaId('half-day')).toBe(true);
    expect(isAgendaId('toString')).toBe(false);
  });
});

describe('on time, or how far behind', () => {
  const agenda = AGENDAS['ninety-minutes'];
  const start = new Date(2026, 8, 14, 9, 0).getTime();
  const min = 60_000;

  it('is on time when the activity in hand can still end when the agenda planned', () => {
    // 9:00, welcome (5 min) not started yet: it ends at 9:05 as planned.
    expect(scheduleStatus(agenda, 'welcome', newTimer(5), start, start).label).toBe('on time');
    // Ahead of the plan still says on time.
    expect(scheduleStatus(agenda, 'why-now', newTimer(15), start, start + 2 * min).label).toBe('on time');
  });

  it('counts the minutes behind from the agenda’s start time', () => {
    // 9:12 and the welcome has not started: it cannot end before 9:17, twelve minutes after 9:05.
    expect(scheduleStatus(agenda, 'welcome', newTimer(5), start, start + 12 * min)).toEqual({ behindMinutes: 12, label: '12 minutes behind' });
    // The models (planned 9:20–9:30) started at 9:21 and run: one minute behind.
    const running = startTimer(newTimer(10), start + 21 * min);
    expect(scheduleStatus(agenda, 'models', running, start, start + 25 * min).label).toBe('1 minute behind');
    // Time already up counts from now.
    expect(scheduleStatus(agenda, 'models', running, start, start + 34 * min).label).toBe('4 minutes behind');
  });

  it('reads and writes the start as a time of day', () => {
    expect(timeOfDay(start)).toBe('09:00');
    expect(atTimeOfDay(start + 5 * min, '08:30')).toBe(start - 30 * min);
    expect(atTimeOfDay(start, '25:00')).toBeNull();
    expect(atTimeOfDay(start, 'soon')).toBeNull();
  });
});

describe('coming back to a stage with two activities', () => {
  it('returns to the one already started, not to the first', () => {
    const agenda = AGENDAS['half-day'];
    expect(activityForStage(agenda, 'models', 'reflect').id).toBe('data');
    expect(activityForStage(agenda, 'models', 'reflect', (a) => a.id === 'data' || a.id === 'past-efforts').id).toBe('past-efforts');
  });
});
