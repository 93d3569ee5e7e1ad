import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, prepareDateFormat } from './format';

describe('formats shown to people', () => {
  it('separates thousands in counts', () => {
    expect(['0', '7', '999', '1,000', '12,345', '1,234,567'].join(' ')).toBe([0, 7, 999, 1000, 12345, 1234567].map(formatCount).join(' '));
    expect(formatCount(-4200)).toBe('-4,200');
  });

  it('formats a calendar day the same before and after the formatters are prepared', () => {
    const before = formatDate('2027-03-05');
    prepareDateFormat();
    expect(formatDate('2027-03-05')).toBe(before);
    expect(before).toMatch(/2027/);
    expect(formatDate('not a day')).toBe('not a day');
  });
});
