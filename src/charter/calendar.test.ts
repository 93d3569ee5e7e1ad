import { describe, expect, it } from 'vitest';
import { newCharter, newExpectation, type Charter } from './Charter';
import { calendarByMonth, checkInCalendar, commitmentDates, dayLabel, occurrences } from './calendar';
import { monthsSpanned, moveSchoolYear, schoolYearStartingIn } from './supports';
import { ROLE } from './Role';

/** A school year from Monday 17 August 2026 to Friday 11 June 2027. */
const AUGUST = { start: '2026-08-17', end: '2027-06-11' };
/** A southern-hemisphere year: Wednesday 3 February to Friday 10 December 2027. */
const FEBRUARY = { start: '2027-02-03', end: '2027-12-10' };

const dates = (cadence: Parameters<typeof occurrences>[0], first: string, year = AUGUST) =>
  occurrences(cadence, first, year).map((o) => o.date);

describe('each cadence across a school year that starts in August', () => {
  it('once and annually: the first date alone', () => {
    expect(dates('once', '2026-09-15')).toEqual(['2026-09-15']);
    expect(dates('annually', '')).toEqual(['2026-08-17']);
  });

  it('weekly: every week on the same weekday, to the last week of the year', () => {
    const weekly = dates('weekly', '2026-08-18'); // a Tuesday
    expect(weekly[0]).toBe('2026-08-18');
    expect(weekly.at(-1)).toBe('2027-06-08');
    expect(weekly).toHaveLength(43);
    expect(weekly.every((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 2)).toBe(true);
  });

  it('monthly: the same day each month, moved off weekends, August to June', () => {
    const monthly = occurrences('monthly', '2026-09-15', AUGUST);
    expect(monthly.map((o) => o.date)).toEqual([
      '2026-09-15',
      '2026-10-15',
      '2026-11-16', // the 15th is a Sunday
      '2026-12-15',
      '2027-01-15',
      '2027-02-15',
      '2027-03-15',
      '2027-04-15',
      '2027-05-17', // the 15th is a Saturday
    ]);
    expect(monthly.filter((o) => o.moved).map((o) => o.date)).toEqual(['2026-11-16', '2027-05-17']);
    // From the first day of the year: one check-in in each month from August to May (17 June is past the last day, 11 June).
    const fromStart = dates('monthly', '');
    expect(fromStart).toHaveLength(10);
    expect(new Set(fromStart.map((d) => d.slice(0, 7))).size).toBe(10);
    expect(fromStart.at(-1)).toBe('2027-05-17');
  });

  it('monthly on the 31st falls on each month’s last day, and a weekend never pushes it into the next month', () => {
    expect(dates('monthly', '2026-08-31').slice(0, 4)).toEqual(['2026-08-31', '2026-09-30', '2026-10-30', '2026-11-30']);
  });

  it('quarterly: every three months', () => {
    expect(dates('quarterly', '2026-09-01')).toEqual(['2026-09-01', '2026-12-01', '2027-03-01', '2027-06-01']);
  });

  it('each semester: the first date and the same point in the second half of the year', () => {
    expect(dates('semester', '2026-09-14')).toEqual(['2026-09-14', '2027-02-10']);
    expect(dates('semester', '')).toEqual(['2026-08-17', '2027-01-13']);
  });

  it('drops dates outside the year, and a date the year does not contain', () => {
    expect(dates('once', '2027-07-01')).toEqual([]);
    expect(dates('weekly', '2026-06-01')[0]).toBe('2026-08-17'); // weeks before the start are skipped
    expect(dates('monthly', '2027-02-30')).toEqual(dates('monthly', '')); // not a real date: from the start
  });

  it('a weekend at the very end of the year moves back to the Friday before', () => {
    expect(occurrences('once', '2027-06-12', { start: '2026-08-17', end: '2027-06-12' })).toEqual([{ date: '2027-06-11', moved: true }]);
  });

  it('gives nothing for a year that ends before it starts', () => {
    expect(dates('monthly', '', { start: '2027-06-11', end: '2026-08-17' })).toEqual([]);
  });
});

describe('a school year that starts in another month', () => {
  it('lays each cadence out from February to December', () => {
    expect(dates('monthly', '')).not.toEqual(dates('monthly', '', FEBRUARY));
    expect(dates('monthly', '', FEBRUARY)).toEqual([
      '2027-02-03',
      '2027-03-03',
      '2027-04-05', // 3 April is a Saturday
      '2027-05-03',
      '2027-06-03',
      '2027-07-05', // 3 July is a Saturday
      '2027-08-03',
      '2027-09-03',
      '2027-10-04', // 3 October is a Sunday
      '2027-11-03',
      '2027-12-03',
    ]);
    expect(dates('quarterly', '', FEBRUARY)).toEqual(['2027-02-03', '2027-05-03', '2027-08-03', '2027-11-03']);
    expect(dates('semester', '', FEBRUARY)).toEqual(['2027-02-03', '2027-07-08']);
    expect(dates('weekly', '', FEBRUARY)).toHaveLength(45);
  });

  it('schoolYearStartingIn makes a ten-month year from any month', () => {
    expect(schoolYearStartingIn(2026, 8)).toEqual({ start: '2026-08-15', end: '2027-06-15' });
    expect(schoolYearStartingIn(2027, 1, 27)).toEqual({ start: '2027-01-27', end: '2027-11-27' });
  });
});

describe('the calendar, made from the expectations', () => {
  function charter(): Charter {
    const c = newCharter(new Date('2026-05-01T00:00:00Z'));
    c.supports.schoolYear = AUGUST;
    c.expectations = [
      { ...newExpectation({ what: 'Monthly report', cadence: 'monthly', start: '2026-09-15' }), id: 'report' },
      { ...newExpectation({ what: 'Cross-school day', cadence: 'semester', start: '2026-10-15' }), id: 'share' },
      { ...newExpectation({ what: 'No cadence yet', cadence: null }), id: 'draft' },
    ];
    return c;
  }

  it('lists every check-in in date order, numbered within its line', () => {
    const all = checkInCalendar(charter());
    expect(all).toHaveLength(9 + 2);
    expect(all.map((c) => c.date)).toEqual([...all.map((c) => c.date)].sort());
    const share = all.filter((c) => c.item.id === 'share');
    expect(share.map((c) => [c.date, c.number, c.of])).toEqual([
      ['2026-10-15', 1, 2],
      ['2027-03-15', 2, 2], // the 13th is a Saturday
    ]);
    // Two check-ins on one day keep the plan's order.
    const c = charter();
    c.expectations[1]!.start = '2026-09-15';
    expect(checkInCalendar(c).slice(0, 2).map((x) => x.item.id)).toEqual(['report', 'share']);
  });

  it('groups the year month by month, from August to June, empty months included', () => {
    const months = calendarByMonth(checkInCalendar(charter()), AUGUST);
    expect(months.map((m) => m.label)).toEqual([
      'August 2026',
      'September 2026',
      'October 2026',
      'November 2026',
      'December 2026',
      'January 2027',
      'February 2027',
      'March 2027',
      'April 2027',
      'May 2027',
      'June 2027',
    ]);
    expect(months[0]!.checkIns).toEqual([]);
    expect(months[2]!.checkIns.map((c) => c.item.what)).toEqual(['Monthly report', 'Cross-school day']);
    expect(months.reduce((n, m) => n + m.checkIns.length, 0)).toBe(11);
  });

  it('gives 12 dates for "monthly" across a year from 1 July to 30 June, each commitment typed once', () => {
    const c = newCharter(new Date('2026-05-01T00:00:00Z'));
    c.supports.schoolYear = { start: '2026-07-01', end: '2027-06-30' };
    c.expectations = [newExpectation({ what: 'Schools report reading data', ownerRoleId: ROLE.principal, cadence: 'monthly', start: '2026-07-01', due: '2027-06-30' })];
    const all = checkInCalendar(c);
    expect(all).toHaveLength(12);
    expect(new Set(all.map((x) => x.date.slice(0, 7))).size).toBe(12);
    expect(monthsSpanned(c.supports.schoolYear)).toBe(12);
  });

  it('a quarterly meeting of principals with principals falls 4 times in a year', () => {
    const c = newCharter(new Date('2026-05-01T00:00:00Z'));
    c.supports.schoolYear = { start: '2026-07-01', end: '2027-06-30' };
    const e = newExpectation({ what: 'Principals meet principals', ownerRoleId: ROLE.principal, withRoleIds: [ROLE.principal], cadence: 'quarterly', start: '2026-07-01' });
    c.expectations = [e];
    expect(checkInCalendar(c).map((x) => x.date)).toEqual(['2026-07-01', '2026-10-01', '2027-01-01', '2027-04-01']);
    expect(checkInCalendar(c)[0]!.item.withRoleIds).toEqual([ROLE.principal]);
  });

  it('stops a repeating commitment at its due date; once and annually fall on the due date', () => {
    expect(commitmentDates({ cadence: 'monthly', start: '2026-09-15', due: '2026-12-31' }, AUGUST).map((o) => o.date)).toEqual([
      '2026-09-15',
      '2026-10-15',
      '2026-11-16',
      '2026-12-15',
    ]);
    expect(commitmentDates({ cadence: 'once', start: '2026-09-01', due: '2026-10-01' }, AUGUST).map((o) => o.date)).toEqual(['2026-10-01']);
    expect(commitmentDates({ cadence: 'annually', start: '2026-08-17', due: '' }, AUGUST).map((o) => o.date)).toEqual(['2026-08-17']);
    expect(commitmentDates({ cadence: null, start: '2026-08-17', due: '' }, AUGUST)).toEqual([]);
  });

  it('says how long the default school year is: 15 August to 15 June is 10 months, and "monthly" falls 11 times', () => {
    const year = schoolYearStartingIn(2026, 8);
    expect(monthsSpanned(year)).toBe(10);
    expect(occurrences('monthly', year.start, year)).toHaveLength(11);
  });

  it('moves start, due and by-when dates with the school year', () => {
    const c = newCharter(new Date('2026-05-01T00:00:00Z'));
    c.supports.schoolYear = { start: '2026-08-15', end: '2027-06-15' };
    c.expectations = [
      newExpectation({ cadence: 'monthly', start: '2026-08-15', due: '2027-06-15' }),
      newExpectation({ cadence: 'quarterly', start: '2026-09-14', due: '' }),
    ];
    c.supports.resources = [{ id: 'r', what: 'x', fromRoleId: null, toRoleId: null, byWhen: '2026-07-16' }];
    moveSchoolYear(c, { start: '2026-07-01', end: '2027-06-30' });
    expect(c.supports.schoolYear).toEqual({ start: '2026-07-01', end: '2027-06-30' });
    expect([c.expectations[0]!.start, c.expectations[0]!.due]).toEqual(['2026-07-01', '2027-06-30']);
    expect([c.expectations[1]!.start, c.expectations[1]!.due]).toEqual(['2026-07-31', '']);
    expect(c.supports.resources[0]!.byWhen).toBe('2026-06-01');
    expect(checkInCalendar(c).filter((x) => x.item.id === c.expectations[0]!.id)).toHaveLength(12);
  });

  it('writes short day labels', () => {
    expect(dayLabel('2026-08-17')).toBe('Mon 17 Aug');
    expect(dayLabel('2027-02-28')).toBe('Sun 28 Feb');
  });
});
