import { describe, expect, it } from 'vitest';
import { formatLocalDate, formatLocalTime, formatUtc, isTimeZone } from './localTime';

describe('local signing times', () => {
  const signedAt = '2026-09-14T03:00:00.000Z';

  it('shows an evening signing in California on its own date, with a Pacific zone, in the locale’s order', () => {
    const us = formatLocalTime(signedAt, { locale: 'en-US', timeZone: 'America/Los_Angeles' });
    expect(us).toMatch(/^September 13, 2026/);
    expect(us).toMatch(/8:00\s?PM/);
    expect(us).toMatch(/PDT/);
    const gb = formatLocalTime(signedAt, { locale: 'en-GB', timeZone: 'America/Los_Angeles' });
    expect(gb).toMatch(/^13 September 2026 at 20:00 GMT-7 \(Pacific Time\)$/);
    // Another language's reader: English words, the day first.
    expect(formatLocalTime(signedAt, { locale: 'fr-FR', timeZone: 'America/Los_Angeles' })).toMatch(/^13 September 2026/);
  });

  it('prefers the zone the signer signed in over the reader’s', () => {
    expect(formatLocalTime(signedAt, { locale: 'en-GB', timeZone: 'America/Los_Angeles' }, 'Europe/Paris')).toMatch(/^14 September 2026.*05:00/);
  });

  it('falls back to the reader’s zone for an unknown or empty zone, and to UTC for a bad one', () => {
    expect(formatLocalTime(signedAt, { locale: 'en-US', timeZone: 'America/New_York' }, '')).toMatch(/September 13, 2026.*11:00\s?PM EDT/);
    expect(formatLocalTime(signedAt, { locale: 'en-US', timeZone: 'Not/AZone' })).toMatch(/September 14, 2026.*3:00\s?AM UTC/);
    expect(isTimeZone('Not/AZone')).toBe(false);
  });

  it('gives the UTC record and calendar dates in the locale’s order', () => {
    expect(formatUtc(signedAt)).toBe('2026-09-14 03:00 UTC');
    expect(formatLocalDate('2027-06-15', 'en-US')).toBe('June 15, 2027');
    expect(formatLocalDate('2027-06-15', 'en-GB')).toBe('15 June 2027');
  });
});
