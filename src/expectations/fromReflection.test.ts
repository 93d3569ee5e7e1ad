import { describe, expect, it } from 'vitest';
import { WATCH_PREFIX, cadenceIn, isCommitted, reflectionCommitments, splitPoints } from './fromReflection';

describe('splitting an answer into points', () => {
  it('splits on lines, bullets and sentences, and drops empty bits', () => {
    expect(splitPoints('- Share the data.\n• Report monthly! Visit other schools\n\n1. Protect planning time\n  -  ')).toEqual([
      'Share the data.',
      'Report monthly!',
      'Visit other schools',
      'Protect planning time',
    ]);
  });

  it('does not split after a title or an abbreviation', () => {
    expect(splitPoints('Meet with Dr. Okafor each term, e.g. in week 2.')).toEqual(['Meet with Dr. Okafor each term, e.g. in week 2.']);
  });
});

describe('cadence from the words', () => {
  it.each([
    ['Report progress every month', 'monthly'],
    ['Meet weekly in teams', 'weekly'],
    ['Check in each quarter', 'quarterly'],
    ['Visit another school twice a year', 'semester'],
    ['Review the charter every year', 'annually'],
    ['Agree the model up front', 'once'],
    ['Trust each other', null],
  ] as const)('“%s” → %s', (text, cadence) => {
    expect(cadenceIn(text)).toBe(cadence);
  });
});

describe('commitments from the reflection', () => {
  const reflection = {
    earlierEfforts: 'The 2019 initiative changed every year. Principals learned about decisions at the end of the year',
    doDifferently: 'Agree the model up front, share the data behind every priority, and report progress every month.',
  };

  it('turns what the team will do differently into commitments, and what sank earlier efforts into watch-points', () => {
    const list = reflectionCommitments(reflection);
    expect(list.map((c) => [c.source, c.what, c.cadence])).toEqual([
      ['doDifferently', 'Agree the model up front, share the data behind every priority, and report progress every month.', 'monthly'],
      ['earlierEfforts', `${WATCH_PREFIX}the 2019 initiative changed every year.`, 'quarterly'],
      ['earlierEfforts', `${WATCH_PREFIX}principals learned about decisions at the end of the year.`, 'quarterly'],
    ]);
  });

  it('keeps capitals that belong to an acronym', () => {
    expect(reflectionCommitments({ earlierEfforts: 'IEP teams were left out.', doDifferently: '' })[0]!.what).toBe(
      `${WATCH_PREFIX}IEP teams were left out.`,
    );
  });

  it('an empty reflection gives nothing', () => {
    expect(reflectionCommitments({ earlierEfforts: ' ', doDifferently: '' })).toEqual([]);
  });

  it('knows which commitments are already in the charter', () => {
    const [first] = reflectionCommitments(reflection);
    expect(isCommitted(first!, [{ what: first!.what }])).toBe(true);
    expect(isCommitted(first!, [{ what: 'Something else.' }])).toBe(false);
  });
});
